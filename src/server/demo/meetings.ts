import { sql } from 'drizzle-orm';
import {
  type AttendanceStatus,
  isExpected,
  type MeetingKind,
  meetingRuleSetOn,
  monthAttendance,
  vnInstant,
} from '../../domain/meeting-rules';
import { activeStatuses } from '../../domain/member-codes';
import { queryRows, type Tx } from '../db/client';
import {
  meetingAttendance,
  meetingConclusions,
  meetingMissedMonths,
  meetings,
} from '../modules/meetings/schema';
import { addMonths } from './calendar';
import { deferIndexes } from './loader';
import { Random } from './random';

/** Months of history the demo holds, the current month included. */
export const DEMO_MEETING_MONTHS = 36;

const batch = 1000;
const statusList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

interface CellFacts {
  id: string;
  name: string;
  chair: string | null;
}
interface MemberFacts {
  id: string;
  unit_id: string;
  status: string;
  admission_date: string | null;
}

const excuses = [
  'Đi công tác',
  'Ốm, có đơn xin phép',
  'Việc gia đình, đã báo cáo bí thư',
  'Đi học tập trung',
];
const ratingWeights = [0.55, 0.35, 0.09, 0.01];
const agenda = [
  { title: 'Kiểm điểm việc thực hiện nghị quyết tháng trước' },
  { title: 'Thông tin thời sự, phổ biến văn bản mới của cấp trên' },
  { title: 'Phương hướng, nhiệm vụ tháng tới' },
];
const topics = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Nâng cao chất lượng sinh hoạt chi bộ',
  'Phòng, chống suy thoái tư tưởng chính trị, "tự diễn biến", "tự chuyển hóa"',
  'Chuyển đổi số trong công tác của cơ quan',
  'Thực hành tiết kiệm, chống lãng phí',
];

type MeetingRow = typeof meetings.$inferInsert;
type AttendanceRow = typeof meetingAttendance.$inferInsert;

/**
 * Most of the roster is present: those rows are made in the database from the meetings' rosters (one
 * INSERT … SELECT over the same pairs the generator drew), and only the other marks travel as values.
 * PGlite takes ~65 µs per row sent as parameters, so this cuts the demo's meeting load by most of its time.
 */
async function writeAttendance(tx: Tx, rows: AttendanceRow[]) {
  const present = rows.filter((r) => r.status === 'present');
  for (let i = 0; i < present.length; i += 20_000) {
    const pairs = present
      .slice(i, i + 20_000)
      .map((r) => `${r.meetingId}:${r.memberId}`)
      .join(',');
    await tx.execute(sql`insert into meeting_attendance (meeting_id, member_id, status, marked_at)
      select m.id, split_part(p, ':', 2)::uuid, 'present', m.ended_at
      from unnest(string_to_array(${pairs}, ',')) as p
      join meetings m on m.id = split_part(p, ':', 1)::uuid`);
  }
  await insertAll(
    rows.filter((r) => r.status !== 'present'),
    (chunk) => tx.insert(meetingAttendance).values(chunk),
  );
}

async function insertAll<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += batch) await write(rows.slice(i, i + batch));
}

/**
 * The demo's meeting history under a unit: for each active cell, 36 months of regular meetings (a thematic one
 * each quarter, some held together with the regular one as a combined meeting), closed with minutes, a
 * rating and the roster's attendance (mostly present, some absences with reasons, a few without, and a few
 * members absent without reason 3–4 months of the last 12); in the current month some cells have not met yet,
 * some meetings have no minutes, and next month's meetings are planned. `meeting_missed_months` is filled
 * from the attendance by `monthAttendance`, as the meetings service keeps it.
 */
export async function seedMeetingHistory(
  tx: Tx,
  options: {
    seed: string;
    today: string;
    underPath: string;
    /** A cell that has not held this month's meeting yet (the demo secretary's: their first job is to plan it). */
    notMetCellId?: string;
  },
): Promise<Record<string, number>> {
  const rnd = Random.of(options.seed, 'meetings');
  const cells = await queryRows<CellFacts>(
    tx,
    sql`select u.id, u.name,
        (select p.member_id from org_positions p where p.unit_id = u.id and p.title = 'secretary'
          and p.ends_on is null limit 1) as chair
      from org_units u
      where u.kind = 'cell' and u.dissolved_on is null and u.path <@ ${options.underPath}::ltree
      order by u.code`,
  );
  const people = await queryRows<MemberFacts>(
    tx,
    sql`select m.id, m.unit_id, m.status, m.admission_date::text as admission_date from members m
      where m.unit_path <@ ${options.underPath}::ltree and m.status in (${statusList(activeStatuses)})
      order by m.id`,
  );
  const byCell = new Map<string, MemberFacts[]>();
  for (const p of people) byCell.set(p.unit_id, [...(byCell.get(p.unit_id) ?? []), p]);

  const thisMonth = options.today.slice(0, 7);
  const todayDay = Number(options.today.slice(8, 10));
  const months = Array.from({ length: DEMO_MEETING_MONTHS }, (_, i) =>
    addMonths(`${thisMonth}-01`, i - DEMO_MEETING_MONTHS + 1).slice(0, 7),
  );
  const lastYear = new Set(months.slice(-13, -1));
  // A few members absent without reason several months of the last 12: the panel's removal-rule list.
  const chronic = new Map<string, Set<string>>();
  for (const p of rnd.shuffle(people.filter((x) => x.status === 'official')).slice(0, 6)) {
    const count = chronic.size < 4 ? rnd.int(3, 4) : 2;
    chronic.set(p.id, new Set(rnd.shuffle([...lastYear]).slice(0, count)));
  }

  const meetingRows: MeetingRow[] = [];
  const attendanceRows: AttendanceRow[] = [];
  const conclusionRows: (typeof meetingConclusions.$inferInsert)[] = [];
  const monthEntries = new Map<string, { kind: MeetingKind; status: AttendanceStatus }[]>();

  const addMeeting = (
    cell: CellFacts,
    roster: MemberFacts[],
    month: string,
    day: number,
    kind: MeetingKind,
    held: boolean,
  ) => {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    const closed = held && date < options.today;
    const time = kind === 'regular' ? rnd.pick(['08:00', '14:00', '16:30']) : '14:00';
    const startsAt = vnInstant(date, time);
    const length = (kind === 'combined' ? rnd.int(120, 165) : rnd.int(90, 140)) * 60_000;
    const startedAt = new Date(startsAt.getTime() + rnd.int(0, 10) * 60_000);
    const endedAt = new Date(startedAt.getTime() + length);
    const scale = meetingRuleSetOn(date).ratingScale;
    const draw = rnd.float();
    let sum = 0;
    const rating =
      scale.find((_, i) => {
        sum += ratingWeights[i] ?? 0;
        return draw < sum;
      }) ??
      scale[0] ??
      null;
    const id = rnd.uuid();
    const members = roster.filter((m) => m.admission_date !== null && m.admission_date <= date);
    const others = members.filter((m) => m.id !== cell.chair);
    const minuteTaker = others.length > 0 ? rnd.pick(others) : null;
    const topic = kind === 'regular' ? null : rnd.pick(topics);
    let present = 0;
    let expected = 0;
    if (closed) {
      for (const m of members) {
        let status: AttendanceStatus;
        let reason: string | null = null;
        if (m.status === 'exempted') status = 'exempted';
        else if (chronic.get(m.id)?.has(month)) status = 'absent_unexcused';
        else {
          const r = rnd.float();
          status =
            r < 0.9
              ? 'present'
              : r < 0.965
                ? 'absent_excused'
                : r < 0.977
                  ? 'absent_unexcused'
                  : 'temporary_transfer';
          if (status === 'absent_excused') reason = rnd.pick(excuses);
        }
        if (status === 'present') present++;
        if (isExpected(status)) expected++;
        attendanceRows.push({
          meetingId: id,
          memberId: m.id,
          status,
          reason,
          markedAt: endedAt,
        });
        const key = `${m.id}|${month}|${cell.id}`;
        monthEntries.set(key, [...(monthEntries.get(key) ?? []), { kind, status }]);
      }
    }
    meetingRows.push({
      id,
      unitId: cell.id,
      kind,
      status: closed ? 'closed' : 'planned',
      topic,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (kind === 'combined' ? 150 : 120) * 60_000),
      month,
      place: rnd.chance(0.9) ? 'Phòng họp chi bộ' : 'Hội trường cơ quan',
      onlineLink: rnd.chance(0.1) ? 'https://hop.dangbo.local/chi-bo' : null,
      chairMemberId: cell.chair,
      minuteTakerMemberId: minuteTaker?.id ?? null,
      agenda: topic ? [{ title: topic }, ...agenda] : agenda,
      startedAt: closed ? startedAt : null,
      endedAt: closed ? endedAt : null,
      minutesHtml: closed
        ? `<p>${cell.name} họp ${kind === 'regular' ? 'thường kỳ' : 'chuyên đề'} ngày ${date.split('-').reverse().join('/')}.</p><p>Có mặt ${present}/${members.length} đảng viên. Chi bộ đã thảo luận và thống nhất các nội dung theo chương trình.</p>`
        : null,
      minutesVersion: closed ? 1 : 0,
      attendeeCount: closed ? present : null,
      presentCount: present,
      expectedCount: expected,
      qualityRating: closed ? rating : null,
      closedAt: closed ? new Date(endedAt.getTime() + 86_400_000) : null,
    });
    return { id, members, endedAt, date };
  };

  for (const [index, cell] of cells.entries()) {
    const roster = byCell.get(cell.id) ?? [];
    const day = 5 + (index % 20);
    // In the current month: about half the cells have met, the others meet later or have not planned yet.
    const metThisMonth = cell.id !== options.notMetCellId && day < todayDay && rnd.chance(0.6);
    const plansThisMonth = !metThisMonth && cell.id !== options.notMetCellId && rnd.chance(0.5);
    let last: ReturnType<typeof addMeeting> | null = null;
    for (const month of months) {
      const current = month === thisMonth;
      const quarterMiddle = Number(month.slice(5, 7)) % 3 === 2;
      const thematicDue = quarterMiddle && rnd.chance(current ? 0.9 : 0.96);
      const combined = thematicDue && rnd.chance(0.3);
      if (current && !metThisMonth) {
        if (plansThisMonth && todayDay < 28)
          addMeeting(cell, roster, month, Math.max(day, todayDay + 1), 'regular', false);
        continue;
      }
      if (!current && rnd.chance(0.015)) continue; // a month without a meeting, long ago
      last = addMeeting(cell, roster, month, day, combined ? 'combined' : 'regular', true);
      if (thematicDue && !combined) addMeeting(cell, roster, month, Math.min(day + 3, 28), 'thematic', true);
    }
    // Next month's regular meeting is planned already.
    addMeeting(cell, roster, addMonths(`${thisMonth}-01`, 1).slice(0, 7), day, 'regular', false);
    if (last && last.members.length > 0) {
      const owner = rnd.pick(last.members);
      conclusionRows.push(
        {
          meetingId: last.id,
          position: 1,
          text: 'Tiếp tục thực hiện tốt nhiệm vụ chuyên môn, chấp hành kỷ luật.',
        },
        {
          meetingId: last.id,
          position: 2,
          text: 'Chuẩn bị báo cáo kết quả học tập nghị quyết để trình bày tại kỳ họp sau.',
          ownerMemberId: owner.id,
          dueOn: addMonths(last.date, 1),
          taskStatus: 'open',
        },
      );
    }
  }
  // A few recent meetings whose minutes were never written up.
  const recentClosed = meetingRows.filter(
    (m) => m.status === 'closed' && m.month !== thisMonth && lastYear.has(m.month),
  );
  for (const m of rnd.shuffle(recentClosed).slice(0, 4)) m.minutesHtml = null;

  const missedRows = [...monthEntries.entries()]
    .filter(([, entries]) => monthAttendance(entries) === 'missed')
    .map(([key]) => {
      const [memberId, month, unitId] = key.split('|') as [string, string, string];
      return { memberId, month, unitId };
    });

  // Indexes and foreign keys are built once the rows are in (as the bulk loader does): a single-row check per
  // attendance row would take most of the demo's seeding time. The tallies' trigger is off meanwhile too, so
  // the meeting rows carry their counts already.
  const restore = await deferIndexes(tx, [
    'meetings',
    'meeting_attendance',
    'meeting_conclusions',
    'meeting_missed_months',
  ]);
  await insertAll(meetingRows, (chunk) => tx.insert(meetings).values(chunk));
  await writeAttendance(tx, attendanceRows);
  await insertAll(conclusionRows, (chunk) => tx.insert(meetingConclusions).values(chunk));
  await insertAll(missedRows, (chunk) => tx.insert(meetingMissedMonths).values(chunk));
  await restore();
  // The panel's per-cell windows, whose triggers were off during the load.
  await tx.execute(sql`select dangbo_rebuild_meeting_windows()`);
  return {
    meetings: meetingRows.length,
    meeting_attendance: attendanceRows.length,
    meeting_conclusions: conclusionRows.length,
    meeting_missed_months: missedRows.length,
  };
}
