import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BehindPanel } from '../../src/contracts/meetings';
import { attendanceRate, attendanceStatuses, vnDateOf } from '../../src/domain/meeting-rules';
import { queryRows } from '../../src/server/db/client';
import { meetingAttendance, meetings } from '../../src/server/modules/meetings/schema';
import { members } from '../../src/server/modules/members/schema';
import { todayIso } from '../../src/server/modules/org/calendar';
import { dissolveUnit } from '../../src/server/modules/org/history';
import { units } from '../../src/server/modules/org/schema';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import { makeUnit, makeUser, makeWorld, PASSWORD, type World } from '../factories';
import { Agent, createTestApp, type TestApp } from '../harness';
import { makeMeeting, markMissed } from '../meeting-factory';
import { makeMember } from '../member-factory';

let t: TestApp;
let world: World;
const agents = {} as Record<'committee' | 'secretary' | 'member' | 'outsider' | 'viewer', Agent>;

beforeAll(async () => {
  t = await createTestApp();
  world = await makeWorld(t.database.db);
  for (const who of ['committee', 'secretary', 'member', 'outsider', 'viewer'] as const) {
    agents[who] = new Agent(t.app);
    expect((await agents[who].login(`w-${who}`, PASSWORD)).statusCode).toBe(200);
  }
});
afterAll(() => t.close());

const db = () => t.database.db;

async function panel(agent: Agent, query: { unitId?: string; month?: string }): Promise<BehindPanel> {
  const params = new URLSearchParams(query as Record<string, string>);
  const res = await agent.get(`/api/meetings/behind?${params}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const ids = (list: { items: { unitId: string }[] }) => list.items.map((i) => i.unitId);

/** A partial committee of the world's root with its own cells, so each test reads its own subtree. */
async function committee(cellNames: readonly string[]) {
  const unit = await makeUnit(db(), world.root.id, 'partial', `Đảng bộ bộ phận ${Math.random()}`);
  const cells = [];
  for (const name of cellNames) cells.push(await makeUnit(db(), unit.id, 'cell', name));
  return { unit, cells };
}

describe('cells without the month’s regular meeting', () => {
  it('lists a cell until a regular or combined meeting of the month is closed', async () => {
    const { unit, cells } = await committee(['Chi bộ Một', 'Chi bộ Hai', 'Chi bộ Ba']);
    const [one, two, three] = cells as [(typeof cells)[0], (typeof cells)[0], (typeof cells)[0]];
    await makeMeeting(db(), one.id, { date: '2025-06-10' });
    const planned = await makeMeeting(db(), two.id, { date: '2025-06-12', status: 'planned' });
    await makeMeeting(db(), three.id, { date: '2025-06-20', status: 'cancelled' });
    await makeMeeting(db(), three.id, { date: '2025-05-20' });
    await makeMeeting(db(), three.id, { date: '2025-06-25', kind: 'extraordinary' });

    let p = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    expect(p.cellCount).toBe(3);
    expect(ids(p.noRegular).sort()).toEqual([two.id, three.id].sort());
    expect(p.noRegular.total).toBe(2);

    await db()
      .update(meetings)
      .set({ status: 'closed', closedAt: new Date() })
      .where(eq(meetings.id, planned.id));
    await makeMeeting(db(), three.id, { date: '2025-06-28', kind: 'combined' });
    p = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    expect(p.noRegular).toEqual({ total: 0, items: [] });
    // The month before is judged on its own meetings.
    p = await panel(agents.committee, { unitId: unit.id, month: '2025-05' });
    expect(ids(p.noRegular).sort()).toEqual([one.id, two.id].sort());
  });

  it('leaves out dissolved cells and counts only cells', async () => {
    const { unit, cells } = await committee(['Chi bộ Còn', 'Chi bộ Giải thể']);
    await makeUnit(db(), cells[0]?.id as string, 'party_group', 'Tổ đảng 1');
    await mutate(db(), systemContext('test'), (w) =>
      dissolveUnit(w, cells[1]?.id as string, { version: 1, effectiveOn: todayIso(), decisionRef: 'QĐ 9' }),
    );
    const p = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    expect(p.cellCount).toBe(1);
    expect(ids(p.noRegular)).toEqual([cells[0]?.id]);
  });

  it('keeps exact totals, caps the list and sorts names in Vietnamese order', async () => {
    const names = ['Chi bộ Đông', 'Chi bộ Ánh', 'Chi bộ Dũng', 'Chi bộ Anh', 'Chi bộ Bình'];
    for (let i = 0; i < 100; i++) names.push(`Chi bộ Số ${String(i).padStart(3, '0')}`);
    const { unit } = await committee(names);
    const p = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    expect(p.noRegular.total).toBe(105);
    expect(p.noRegular.items).toHaveLength(100);
    expect(p.noRegular.items.slice(0, 5).map((c) => c.name)).toEqual([
      'Chi bộ Anh',
      'Chi bộ Ánh',
      'Chi bộ Bình',
      'Chi bộ Dũng',
      'Chi bộ Đông',
    ]);
    expect(p.noRegular.items[0]?.parentName).toMatch(/^Đảng bộ bộ phận/);
    expect(p.attendanceByCell.total).toBe(105);
    expect(p.attendanceByCell.items).toHaveLength(105);
  });
});

describe('cells without the quarter’s thematic meeting', () => {
  it('counts thematic and combined meetings of the quarter so far', async () => {
    const { unit, cells } = await committee(['Chi bộ Xuân', 'Chi bộ Hạ', 'Chi bộ Thu']);
    const [spring, summer, autumn] = cells as [(typeof cells)[0], (typeof cells)[0], (typeof cells)[0]];
    await makeMeeting(db(), spring.id, { date: '2025-04-15', kind: 'thematic' });
    await makeMeeting(db(), summer.id, { date: '2025-05-15', kind: 'combined' });
    await makeMeeting(db(), autumn.id, { date: '2025-03-15', kind: 'thematic' });
    await makeMeeting(db(), autumn.id, { date: '2025-06-15', kind: 'thematic', status: 'planned' });

    let p = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    expect(p.quarter).toBe('2025-Q2');
    expect(ids(p.noThematic)).toEqual([autumn.id]);
    // In April the quarter so far holds only April.
    p = await panel(agents.committee, { unitId: unit.id, month: '2025-04' });
    expect(ids(p.noThematic).sort()).toEqual([summer.id, autumn.id].sort());
    // A new quarter starts from nothing.
    p = await panel(agents.committee, { unitId: unit.id, month: '2025-07' });
    expect(p.noThematic.total).toBe(3);
  });

  it('judges each month by the rule set in force then', async () => {
    const { unit } = await committee(['Chi bộ Luật']);
    const before = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    const after = await panel(agents.committee, { unitId: unit.id, month: '2025-08' });
    expect(before.citation).toContain('10-CT/TW');
    expect(before.citation).not.toContain('50-CT/TW');
    expect(after.citation).toContain('50-CT/TW');
    // The removal rule changed on 26/05/2025.
    const april = await panel(agents.committee, { unitId: unit.id, month: '2025-04' });
    expect(april.citation).toContain('24-QĐ/TW');
    expect(april.citation).not.toContain('294-QĐ/TW');
    expect(before.citation).toContain('294-QĐ/TW');
    expect(before.noRegular.total).toBe(1);
    expect(after.noThematic.total).toBe(1);
  });
});

describe('meetings without minutes', () => {
  it('lists held meetings without minutes until minutes are written', async () => {
    const { unit, cells } = await committee(['Chi bộ Biên bản']);
    const cell = cells[0]?.id as string;
    const closedEmpty = await makeMeeting(db(), cell, { date: '2025-06-10', minutesHtml: '  ' });
    // An editor's empty minutes count as none.
    const pastPlanned = await makeMeeting(db(), cell, {
      date: '2025-05-10',
      status: 'planned',
      minutesHtml: '<p></p>',
    });
    await makeMeeting(db(), cell, { date: '2025-04-10', status: 'cancelled' });
    await makeMeeting(db(), cell, { date: '2025-03-10' });
    const future = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await makeMeeting(db(), cell, { date: future, status: 'planned' });

    let p = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    expect(p.withoutMinutes.items.map((m) => m.meetingId)).toEqual([pastPlanned.id, closedEmpty.id]);
    expect(p.withoutMinutes.items[1]).toMatchObject({
      unitId: cell,
      name: 'Chi bộ Biên bản',
      kind: 'regular',
      startsAt: '2025-06-10T12:30:00.000Z',
    });
    // The month's panel does not see later meetings.
    p = await panel(agents.committee, { unitId: unit.id, month: '2025-05' });
    expect(p.withoutMinutes.items.map((m) => m.meetingId)).toEqual([pastPlanned.id]);

    await db().update(meetings).set({ minutesHtml: '<p>Đã ghi</p>' }).where(eq(meetings.id, closedEmpty.id));
    p = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    expect(p.withoutMinutes.total).toBe(1);
  });
});

describe('members with missed months (the removal rule)', () => {
  it('lists members with 3 missed months within the 12 months ending with the month', async () => {
    const { unit, cells } = await committee(['Chi bộ Vắng']);
    const cell = cells[0]?.id as string;
    const often = await makeMember(db(), cell, { fullName: 'Trần Văn Vắng' });
    const twice = await makeMember(db(), cell, { fullName: 'Lê Thị Hai' });
    const removed = await makeMember(db(), cell, { fullName: 'Phạm Văn Xóa', status: 'removed' });
    await markMissed(db(), often.id, cell, ['2024-08', '2025-01', '2025-06']);
    await markMissed(db(), twice.id, cell, ['2025-01', '2025-06']);
    await markMissed(db(), removed.id, cell, ['2025-01', '2025-02', '2025-03']);

    let p = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    expect(p.absentees).toEqual({
      total: 1,
      items: [
        {
          memberId: often.id,
          fullName: 'Trần Văn Vắng',
          unitId: cell,
          unitName: 'Chi bộ Vắng',
          months: ['2024-08', '2025-01', '2025-06'],
        },
      ],
    });
    // Two months on, August 2024 has left the window.
    p = await panel(agents.committee, { unitId: unit.id, month: '2025-08' });
    expect(p.absentees.total).toBe(0);
    // Before June the third month had not happened yet.
    p = await panel(agents.committee, { unitId: unit.id, month: '2025-05' });
    expect(p.absentees.total).toBe(0);
    await markMissed(db(), twice.id, cell, ['2025-07']);
    p = await panel(agents.committee, { unitId: unit.id, month: '2025-08' });
    expect(p.absentees.items.map((a) => a.memberId)).toEqual([twice.id]);
  });
});

describe('attendance by cell', () => {
  it('rates present over expected for 12 months, lowest first', async () => {
    const { unit, cells } = await committee(['Chi bộ Đủ', 'Chi bộ Thiếu', 'Chi bộ Chưa họp']);
    const [full, short, none] = cells as [(typeof cells)[0], (typeof cells)[0], (typeof cells)[0]];
    const f = [await makeMember(db(), full.id), await makeMember(db(), full.id)];
    const s = [
      await makeMember(db(), short.id),
      await makeMember(db(), short.id),
      await makeMember(db(), short.id),
      await makeMember(db(), short.id),
    ];
    await makeMeeting(db(), full.id, {
      date: '2025-06-10',
      attendance: f.map((m) => [m.id, 'present'] as const),
    });
    await makeMeeting(db(), short.id, {
      date: '2025-06-10',
      attendance: [
        [s[0]?.id as string, 'present'],
        [s[1]?.id as string, 'absent_unexcused'],
        [s[2]?.id as string, 'exempted'],
        [s[3]?.id as string, 'absent_excused'],
      ],
    });
    const older = await makeMeeting(db(), short.id, {
      date: '2024-06-10',
      attendance: s.map((m) => [m.id, 'absent_unexcused'] as const),
    });
    await makeMeeting(db(), short.id, {
      date: '2025-05-10',
      status: 'planned',
      attendance: s.map((m) => [m.id, 'absent_unexcused'] as const),
    });

    const p = await panel(agents.committee, { unitId: unit.id, month: '2025-06' });
    expect(p.attendanceByCell.items.map((c) => [c.unitId, c.rate, c.meetings])).toEqual([
      [none.id, null, 0],
      [short.id, 1 / 3, 1],
      [full.id, 1, 1],
    ]);
    // A meeting of 2024-06 falls inside the window that ends 2025-05.
    const may = await panel(agents.committee, { unitId: unit.id, month: '2025-05' });
    expect(may.attendanceByCell.items.find((c) => c.unitId === short.id)).toMatchObject({
      rate: 0,
      meetings: 1,
    });
    expect(older.id).toBeTruthy();
  });

  it('keeps the meeting tallies equal to the domain rate when attendance changes', async () => {
    const { cells } = await committee(['Chi bộ Đếm']);
    const cell = cells[0]?.id as string;
    const people = [];
    for (let i = 0; i < attendanceStatuses.length + 1; i++) people.push(await makeMember(db(), cell));
    const meeting = await makeMeeting(db(), cell, {
      date: '2025-06-10',
      attendance: people.map((m, i) => [m.id, attendanceStatuses[i] ?? null] as const),
    });
    const tally = async () =>
      (
        await db()
          .select({ present: meetings.presentCount, expected: meetings.expectedCount })
          .from(meetings)
          .where(eq(meetings.id, meeting.id))
      )[0];
    const domain = async () => {
      const rows = await db()
        .select({ status: meetingAttendance.status })
        .from(meetingAttendance)
        .where(eq(meetingAttendance.meetingId, meeting.id));
      return attendanceRate(rows.flatMap((r) => (r.status ? [r.status] : [])));
    };
    let row = await tally();
    expect(row).toEqual({ present: 1, expected: 3 });
    expect((row?.present ?? 0) / (row?.expected ?? 1)).toBe(await domain());
    await db()
      .update(meetingAttendance)
      .set({ status: 'present' })
      .where(eq(meetingAttendance.meetingId, meeting.id));
    row = await tally();
    expect(row).toEqual({ present: people.length, expected: people.length });
    await db()
      .delete(meetingAttendance)
      .where(eq(meetingAttendance.memberId, people[0]?.id as string));
    expect(await tally()).toEqual({ present: people.length - 1, expected: people.length - 1 });
  });
});

describe('through the meetings API', () => {
  it('a cell leaves "no regular meeting" when its meeting is closed, and its attendance counts', async () => {
    const { unit, cells } = await committee(['Chi bộ Qua API']);
    const cell = cells[0]?.id as string;
    const people = [await makeMember(db(), cell), await makeMember(db(), cell), await makeMember(db(), cell)];
    const startsAt = new Date(Date.now() - 3 * 3_600_000);
    const endsAt = new Date(Date.now() - 3_600_000);
    const month = vnDateOf(startsAt).slice(0, 7);
    const before = await panel(agents.committee, { unitId: unit.id, month });
    expect(ids(before.noRegular)).toEqual([cell]);

    const created = await agents.committee.post('/api/meetings', {
      unitId: cell,
      kind: 'regular',
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      place: 'Phòng họp',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const marked = await agents.committee.put(`/api/meetings/${id}/attendance`, {
      entries: [
        { memberId: people[0]?.id, status: 'present' },
        { memberId: people[1]?.id, status: 'present' },
        { memberId: people[2]?.id, status: 'absent_unexcused' },
      ],
    });
    expect(marked.statusCode, marked.body).toBe(200);
    const minutes = await agents.committee.put(`/api/meetings/${id}/minutes`, {
      html: '<p>Chi bộ họp thường kỳ.</p>',
      version: marked.json().version,
    });
    expect(minutes.statusCode, minutes.body).toBe(200);
    const closed = await agents.committee.post(`/api/meetings/${id}/close`, {
      startedAt: startsAt.toISOString(),
      endedAt: endsAt.toISOString(),
      qualityRating: 'tot',
      version: minutes.json().version,
    });
    expect(closed.statusCode, closed.body).toBe(200);

    const after = await panel(agents.committee, { unitId: unit.id, month });
    expect(after.noRegular.total).toBe(0);
    expect(after.withoutMinutes.total).toBe(0);
    expect(after.attendanceByCell.items).toEqual([
      expect.objectContaining({ unitId: cell, rate: 2 / 3, meetings: 1 }),
    ]);
  });
});

describe('scope', () => {
  it('a unit outside the read scope does not exist; lists hold only the scope', async () => {
    const { unit, cells } = await committee(['Chi bộ Phạm vi']);
    const outside = await agents.outsider.get(`/api/meetings/behind?unitId=${unit.id}&month=2025-06`);
    expect(outside.statusCode).toBe(404);
    const mine = await panel(agents.outsider, { month: '2025-06' });
    expect(mine.cellCount).toBe(1);
    expect(ids(mine.noRegular)).toEqual([world.otherCell.id]);

    const secretary = await panel(agents.secretary, { month: '2025-06' });
    expect(ids(secretary.noRegular)).toEqual([world.cellA.id]);
    expect((await agents.secretary.get(`/api/meetings/behind?unitId=${world.cellB.id}`)).statusCode).toBe(
      404,
    );

    const whole = await panel(agents.viewer, { month: '2025-06' });
    expect(ids(whole.noRegular)).toContain(cells[0]?.id);
    expect(ids(whole.noRegular)).not.toContain(world.otherCell.id);
    expect((await agents.member.get('/api/meetings/behind')).statusCode).toBe(403);
  });

  it('hides members of another subtree and follows members who moved', async () => {
    const { unit, cells } = await committee(['Chi bộ Đi']);
    const local = await makeUser(db(), [{ role: 'committee', unitId: unit.id }], {
      username: 'behind-local',
    });
    const agent = new Agent(t.app);
    expect((await agent.login(local.username, PASSWORD)).statusCode).toBe(200);
    const cell = cells[0]?.id as string;
    const mover = await makeMember(db(), cell, { fullName: 'Đỗ Văn Chuyển' });
    await markMissed(db(), mover.id, cell, ['2025-04', '2025-05', '2025-06']);
    expect((await panel(agent, { month: '2025-06' })).absentees.total).toBe(1);
    const [cellB] = await db().select({ path: units.path }).from(units).where(eq(units.id, world.cellB.id));
    await db()
      .update(members)
      .set({ unitId: world.cellB.id, unitPath: cellB?.path as string })
      .where(eq(members.id, mover.id));
    expect((await panel(agent, { month: '2025-06' })).absentees.total).toBe(0);
    expect((await agent.get(`/api/meetings/behind?unitId=${world.root.id}`)).statusCode).toBe(404);
  });

  it('refuses a malformed month with the field named', async () => {
    const res = await agents.committee.get('/api/meetings/behind?month=2025-13');
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('month');
  });
});

describe('the per-cell windows', () => {
  it('kept by the triggers equal a rebuild from the meetings', async () => {
    const rows = () =>
      queryRows<Record<string, unknown>>(
        db(),
        sql`select unit_id, month, regular, thematic, meetings, present, expected from meeting_cell_windows
            where regular <> 0 or thematic <> 0 or meetings <> 0 or present <> 0 or expected <> 0
            order by unit_id, month`,
      );
    const kept = await rows();
    expect(kept.length).toBeGreaterThan(10);
    await db().execute(sql`select dangbo_rebuild_meeting_windows()`);
    expect(await rows()).toEqual(kept);
  });
});
