import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnDateOf } from '../../src/domain/meeting-rules';
import { meetingAttendance, meetingMissedMonths, meetings } from '../../src/server/modules/meetings/schema';
import { positions } from '../../src/server/modules/org/schema';
import { memberTransfers } from '../../src/server/modules/transfers/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import { users } from '../../src/server/platform/auth/schema';
import { notifications } from '../../src/server/platform/notifications/schema';
import { drainOutboxOnce } from '../../src/server/platform/outbox/drain';
import { smtpMailer } from '../../src/server/platform/outbox/mailer';
import { makeUnit, makeUser } from '../factories';
import type { Agent } from '../harness';
import { makeMember } from '../member-factory';
import { startSmtpPeer } from '../smtp-peer';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let secretary: Agent;
let committee: Agent;
let memberAgent: Agent;
let outsider: Agent;
let secretaryB: Agent;
const cellA: { members: { id: string; fullName: string }[] } = { members: [] };
let exemptedId = '';
let memberId = '';
let strangerId = '';

const hour = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
/** A local (+07:00) instant on a given day, as the web sends it. */
const local = (day: string, time: string) => `${day}T${time}:00+07:00`;

const signIn = (username: string) => signInAs(t, username);

beforeAll(async () => {
  smtp = await startSmtpPeer();
  t = await createWorldApp();
  const db = t.database.db;
  const { cellA: a, cellB, users: u } = t.world;
  await db.update(users).set({ email: 'dang.vien@example.vn' }).where(eq(users.id, u.member.id));
  await db.update(users).set({ email: 'dang.uy@example.vn' }).where(eq(users.id, u.committee.id));
  const m1 = await makeMember(db, a.id, { fullName: 'Lê Văn Một', userId: u.member.id });
  memberId = m1.id;
  const m2 = await makeMember(db, a.id, { fullName: 'Trần Thị Hai', userId: u.secretary.id });
  const m3 = await makeMember(db, a.id, { fullName: 'Phạm Văn Ba' });
  const m4 = await makeMember(db, a.id, { fullName: 'Hoàng Văn Bốn', status: 'exempted' });
  exemptedId = m4.id;
  cellA.members = [m1, m2, m3, m4];
  strangerId = (await makeMember(db, cellB.id, { fullName: 'Đỗ Văn Lạ' })).id;
  secretary = await signIn('w-secretary');
  committee = await signIn('w-committee');
  memberAgent = await signIn('w-member');
  outsider = await signIn('w-outsider');
  await makeUser(db, [{ role: 'cell_secretary', unitId: cellB.id }], { username: 'm-sec-b' });
  secretaryB = await signIn('m-sec-b');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const fingerprint = async () => {
  const db = t.database.db;
  const [m] = await db.select({ n: count() }).from(meetings);
  const [a] = await db.select({ n: count() }).from(auditLog);
  const [att] = await db.select({ n: count() }).from(meetingAttendance);
  const rows = await db.select().from(meetings);
  return JSON.stringify({ m: m?.n, a: a?.n, att: att?.n, rows });
};

const schedule = (agent: Agent, body: Record<string, unknown>) =>
  agent.post('/api/meetings', {
    unitId: t.world.cellA.id,
    kind: 'regular',
    place: 'Hội trường tổ dân phố',
    ...body,
  });

describe('scheduling a meeting', () => {
  it('plans the monthly meeting, calls the cell, and tells members and the superior committee (in-app and e-mail)', async () => {
    const res = await schedule(secretary, {
      startsAt: at(3 * 24 * hour),
      endsAt: at(3 * 24 * hour + 2 * hour),
      chairMemberId: cellA.members[1]?.id,
      agenda: [
        { title: 'Kiểm điểm tháng trước', preparedByMemberId: cellA.members[0]?.id, preparation: 'Báo cáo' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const meeting = res.json();
    expect(meeting).toMatchObject({
      status: 'planned',
      unitName: 'Chi bộ A',
      chairName: 'Trần Thị Hai',
      canEdit: true,
    });
    expect(meeting.agenda[0]).toMatchObject({ title: 'Kiểm điểm tháng trước', preparedByName: 'Lê Văn Một' });
    expect(meeting.attendance.map((a: { fullName: string }) => a.fullName).sort()).toEqual(
      ['Hoàng Văn Bốn', 'Lê Văn Một', 'Phạm Văn Ba', 'Trần Thị Hai'].sort(),
    );
    expect(meeting.attendance.find((a: { memberId: string }) => a.memberId === exemptedId).status).toBe(
      'exempted',
    );

    const inbox = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'meeting.scheduled'));
    const told = new Set(inbox.map((n) => n.userId));
    expect(told).toEqual(
      new Set([t.world.users.member.id, t.world.users.secretary.id, t.world.users.committee.id]),
    );
    expect(inbox[0]?.link).toBe(`/meetings/${meeting.id}`);

    const mailer = smtpMailer(smtp.url, 'Đảng bộ số <no-reply@dangbo.local>');
    await drainOutboxOnce(t.database.db, mailer, 'test');
    mailer.close();
    const to = smtp.received.flatMap((m) => m.to);
    expect(to).toEqual(expect.arrayContaining(['dang.vien@example.vn', 'dang.uy@example.vn']));
    expect(smtp.received.find((m) => m.to.includes('dang.vien@example.vn'))?.raw).toContain('/meetings/');

    // The superior committee sees the cell's schedule; another committee does not.
    const seen = (await committee.get(`/api/meetings?unitId=${t.world.root.id}`)).json();
    expect(seen.items.map((m: { id: string }) => m.id)).toContain(meeting.id);
    expect((await outsider.get(`/api/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect((await secretaryB.get(`/api/meetings/${meeting.id}`)).statusCode).toBe(404);
    // A member of the cell reads it but cannot change it.
    expect((await memberAgent.get(`/api/meetings/${meeting.id}`)).json()).toMatchObject({
      canEdit: false,
      myMemberId: memberId,
    });
  });

  it('refuses bad plans with the field named and writes nothing', async () => {
    const before = await fingerprint();
    const start = at(40 * 24 * hour);
    const endBefore = await schedule(secretary, { startsAt: start, endsAt: at(40 * 24 * hour - hour) });
    expect(endBefore.statusCode).toBe(400);
    expect(endBefore.json()).toMatchObject({ code: 'MEETING_ENDS_BEFORE_START', field: 'endsAt' });
    expect(endBefore.json().message).toContain('Giờ kết thúc');

    const noTopic = await schedule(secretary, {
      kind: 'thematic',
      startsAt: start,
      endsAt: at(40 * 24 * hour + 2 * hour),
    });
    expect(noTopic.json()).toMatchObject({ code: 'MEETING_TOPIC_REQUIRED', field: 'topic' });

    const stranger = await schedule(secretary, {
      startsAt: start,
      endsAt: at(40 * 24 * hour + 2 * hour),
      chairMemberId: strangerId,
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ code: 'MEETING_NOT_ON_ROSTER', field: 'chairMemberId' });

    const overlap = await schedule(secretary, {
      startsAt: at(3 * 24 * hour + hour),
      endsAt: at(3 * 24 * hour + 3 * hour),
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({ code: 'MEETING_OVERLAP', field: 'startsAt' });

    const party = await schedule(secretary, {
      unitId: t.world.root.id,
      startsAt: start,
      endsAt: at(40 * 24 * hour + hour),
    });
    expect(party.statusCode).toBe(404);
    const elsewhere = await schedule(secretary, {
      unitId: t.world.cellB.id,
      startsAt: start,
      endsAt: at(40 * 24 * hour + hour),
    });
    expect(elsewhere.statusCode).toBe(404);
    const asMember = await schedule(memberAgent, { startsAt: start, endsAt: at(40 * 24 * hour + hour) });
    expect(asMember.statusCode).toBe(403);
    const committeeUnit = await schedule(committee, {
      unitId: t.world.root.id,
      startsAt: start,
      endsAt: at(40 * 24 * hour + hour),
    });
    expect(committeeUnit.json()).toMatchObject({ code: 'MEETING_UNIT_KIND', field: 'unitId' });
    expect(await fingerprint()).toBe(before);
  });
});

/** A meeting of cell A happening now (started 10 minutes ago), ready to be marked and closed. */
async function meetingNow(kind = 'regular', extra: Record<string, unknown> = {}) {
  const res = await schedule(secretary, {
    kind,
    topic: kind === 'regular' ? null : 'Học tập và làm theo tư tưởng Hồ Chí Minh',
    startsAt: at(-10 * 60_000 + Math.floor(Math.random() * 1000)),
    endsAt: at(80 * 60_000),
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('documents', () => {
  it('keeps a document sent a day ahead as on time, flags a late one, and serves the same bytes', async () => {
    const ahead = (
      await schedule(secretary, { startsAt: at(10 * 24 * hour), endsAt: at(10 * 24 * hour + 2 * hour) })
    ).json();
    const bytes = Buffer.from('%PDF-1.4 tài liệu sinh hoạt');
    const up = await secretary.request({
      method: 'POST',
      url: `/api/meetings/${ahead.id}/documents?fileName=${encodeURIComponent('Dự thảo nghị quyết.pdf')}`,
      payload: bytes,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(up.statusCode, up.body).toBe(200);
    const doc = up.json().documents[0];
    expect(doc).toMatchObject({ fileName: 'Dự thảo nghị quyết.pdf', late: false, size: bytes.length });
    const down = await memberAgent.get(`/api/meetings/${ahead.id}/documents/${doc.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(bytes)).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'meeting.document'));
    expect(told.map((n) => n.userId)).toContain(t.world.users.member.id);

    const soon = (await schedule(secretary, { startsAt: at(20 * hour), endsAt: at(22 * hour) })).json();
    const late = await secretary.request({
      method: 'POST',
      url: `/api/meetings/${soon.id}/documents?fileName=muon.docx`,
      payload: Buffer.from('PK late'),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(late.json()).toMatchObject({ lateDocuments: 1 });
    expect(late.json().documents[0].late).toBe(true);
    const bad = await secretary.request({
      method: 'POST',
      url: `/api/meetings/${soon.id}/documents?fileName=${encodeURIComponent('../x')}`,
      payload: Buffer.from('x'),
      headers: { 'content-type': 'text/plain' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('fileName');
    for (const id of [ahead.id, soon.id])
      expect(
        (await secretary.post(`/api/meetings/${id}/cancel`, { reason: 'Dọn dữ liệu thử', version: 1 }))
          .statusCode,
      ).toBe(200);
  });
});

describe('attendance, check-in, minutes and closing', () => {
  it('marks attendance, refuses non-members and a missing reason, and computes the rate', async () => {
    const meeting = await meetingNow();
    const stranger = await secretary.put(`/api/meetings/${meeting.id}/attendance`, {
      entries: [{ memberId: strangerId, status: 'present' }],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ code: 'MEETING_NOT_ON_ROSTER', field: 'entries.0.memberId' });
    const noReason = await secretary.put(`/api/meetings/${meeting.id}/attendance`, {
      entries: [{ memberId: cellA.members[2]?.id, status: 'absent_excused' }],
    });
    expect(noReason.json()).toMatchObject({ code: 'ATTENDANCE_REASON_REQUIRED', field: 'entries.0.reason' });
    const [m1, m2, m3] = cellA.members;
    const marked = await secretary.put(`/api/meetings/${meeting.id}/attendance`, {
      entries: [
        { memberId: m1?.id, status: 'present' },
        { memberId: m2?.id, status: 'present' },
        { memberId: m3?.id, status: 'absent_excused', reason: 'Ốm' },
      ],
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().attendanceRate).toBeCloseTo(2 / 3);
    await secretary.post(`/api/meetings/${meeting.id}/cancel`, {
      reason: 'Thử',
      version: marked.json().version,
    });
  });

  it('lets a member check in with the QR secret once, only during the meeting window', async () => {
    const meeting = await meetingNow();
    const link = (await secretary.post(`/api/meetings/${meeting.id}/check-in-link`)).json();
    expect(link.path).toMatch(/^\/check-in\/[\w-]{20,}$/);
    const secret = link.path.split('/').pop();
    const first = await memberAgent.post(`/api/check-in/${secret}`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ meetingId: meeting.id, unitName: 'Chi bộ A' });
    const twice = await memberAgent.post(`/api/check-in/${secret}`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('CHECK_IN_TWICE');
    expect((await outsider.post(`/api/check-in/${secret}`)).json().code).toBe('CHECK_IN_NOT_CALLED');
    expect((await memberAgent.post(`/api/check-in/${'x'.repeat(32)}`)).statusCode).toBe(404);
    const detail = (await secretary.get(`/api/meetings/${meeting.id}`)).json();
    expect(detail.attendance.find((a: { memberId: string }) => a.memberId === memberId)).toMatchObject({
      status: 'present',
    });
    await secretary.post(`/api/meetings/${meeting.id}/cancel`, { reason: 'Thử', version: detail.version });

    const later = (await schedule(secretary, { startsAt: at(5 * hour), endsAt: at(7 * hour) })).json();
    const laterLink = (await secretary.post(`/api/meetings/${later.id}/check-in-link`)).json();
    const early = await memberAgent.post(`/api/check-in/${laterLink.path.split('/').pop()}`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('CHECK_IN_OUTSIDE_WINDOW');
    await secretary.post(`/api/meetings/${later.id}/cancel`, { reason: 'Thử', version: later.version });
  });

  it('sanitises the minutes, closes only when complete, locks them and keeps versions', async () => {
    const meeting = await meetingNow('combined', { startsAt: at(-115 * 60_000), endsAt: at(5 * 60_000) });
    const base = `/api/meetings/${meeting.id}`;
    const saved = await secretary.put(`${base}/minutes`, {
      html: '<p>Đồng chí Bí thư khai mạc.</p><script>alert(1)</script><p onclick="x()">Thảo luận</p>',
      version: meeting.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().minutesHtml).toBe('<p>Đồng chí Bí thư khai mạc.</p><p>Thảo luận</p>');
    let version = saved.json().version;

    const conclusions = await secretary.put(`${base}/conclusions`, {
      version,
      items: [
        {
          text: 'Vận động đảng viên đóng góp quỹ khuyến học',
          ownerMemberId: cellA.members[0]?.id,
          dueOn: '2026-12-31',
        },
        { text: 'Chưa giao người', ownerMemberId: cellA.members[0]?.id },
      ],
    });
    expect(conclusions.json()).toMatchObject({ code: 'CONCLUSION_TASK_INCOMPLETE', field: 'items.1.dueOn' });
    const okConclusions = await secretary.put(`${base}/conclusions`, {
      version,
      items: [
        {
          text: 'Vận động đảng viên đóng góp quỹ khuyến học',
          ownerMemberId: cellA.members[0]?.id,
          dueOn: '2026-12-31',
        },
      ],
    });
    expect(okConclusions.json().conclusions[0]).toMatchObject({
      taskStatus: 'open',
      ownerName: 'Lê Văn Một',
    });
    version = okConclusions.json().version;

    const startedAt = meeting.startsAt;
    const endedAt = new Date(Date.parse(startedAt) + 110 * 60_000).toISOString();
    const incomplete = await secretary.post(`${base}/close`, {
      startedAt,
      endedAt,
      qualityRating: 'tot',
      version,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json()).toMatchObject({ code: 'ATTENDANCE_INCOMPLETE', field: 'attendance' });

    const [m1, m2, m3] = cellA.members;
    version = (
      await secretary.put(`${base}/attendance`, {
        entries: [
          { memberId: m1?.id, status: 'present' },
          { memberId: m2?.id, status: 'present' },
          { memberId: m3?.id, status: 'absent_unexcused' },
        ],
      })
    ).json().version;
    const badRating = await secretary.post(`${base}/close`, {
      startedAt,
      endedAt,
      qualityRating: 'xuat_sac',
      version,
    });
    expect(badRating.json()).toMatchObject({ code: 'RATING_UNKNOWN', field: 'qualityRating' });
    expect(badRating.json().message).toContain('Tốt');
    const stale = await secretary.post(`${base}/close`, {
      startedAt,
      endedAt,
      qualityRating: 'kha',
      version: version - 1,
    });
    expect(stale.statusCode).toBe(409);

    const closed = await secretary.post(`${base}/close`, {
      startedAt,
      endedAt,
      qualityRating: 'kha',
      version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      attendeeCount: 2,
      qualityRating: 'kha',
      minutesVersion: 1,
      duration: { minutes: 110, required: 120, short: true },
      canEdit: false,
      canEditMinutes: true,
    });
    version = closed.json().version;

    const locked = await secretary.put(`${base}/minutes`, { html: '<p>Sửa</p>', version });
    expect(locked.json()).toMatchObject({ code: 'MINUTES_REASON_REQUIRED', field: 'reason' });
    expect((await secretary.put(`${base}/conclusions`, { version, items: [] })).statusCode).toBe(409);
    expect(
      (
        await secretary.put(`${base}/attendance`, { entries: [{ memberId: m3?.id, status: 'present' }] })
      ).json().code,
    ).toBe('MEETING_CLOSED');
    const revised = await secretary.put(`${base}/minutes`, {
      html: '<p>Đồng chí Bí thư khai mạc.</p><p>Thảo luận, bổ sung ý kiến đồng chí Ba.</p>',
      reason: 'Bổ sung ý kiến',
      version,
    });
    expect(revised.json().minutesVersion).toBe(2);
    const versions = (await memberAgent.get(`${base}/minutes/versions`)).json();
    expect(
      versions.items.map((v: { version: number; reason: string | null }) => [v.version, v.reason]),
    ).toEqual([
      [1, null],
      [2, 'Bổ sung ý kiến'],
    ]);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'meeting.minutes_revised'));
    expect(audit).toHaveLength(1);

    // The unexcused absence from the month's regular (combined) meeting is a missed month for the removal rule.
    const missed = await t.database.db
      .select()
      .from(meetingMissedMonths)
      .where(eq(meetingMissedMonths.memberId, m3?.id ?? ''));
    expect(missed.map((r) => r.month)).toEqual([vnDateOf(new Date(startedAt)).slice(0, 7)]);

    const next = await secretary.get(`${base}/next-plan`);
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({
      kind: 'regular',
      draftedFromId: meeting.id,
      place: 'Hội trường tổ dân phố',
    });
    expect(next.json().agenda.map((a: { title: string }) => a.title)).toContain(
      'Vận động đảng viên đóng góp quỹ khuyến học',
    );
  });
});

describe('the removal rule', () => {
  it('proposes removal of a member absent without reason from three regular meetings within twelve months', async () => {
    const db = t.database.db;
    const absentee = await makeMember(db, t.world.cellA.id, { fullName: 'Vũ Văn Vắng' });
    for (const day of ['2026-01-10', '2026-04-10', '2026-08-10']) {
      const m = await schedule(secretary, { startsAt: local(day, '19:30'), endsAt: local(day, '21:30') });
      expect(m.statusCode, m.body).toBe(201);
      const meeting = m.json();
      const entries = meeting.attendance
        .filter((a: { status: string | null }) => a.status === null)
        .map((a: { memberId: string }) => ({
          memberId: a.memberId,
          status: a.memberId === absentee.id ? 'absent_unexcused' : 'present',
        }));
      let version = (await secretary.put(`/api/meetings/${meeting.id}/attendance`, { entries })).json()
        .version;
      version = (
        await secretary.put(`/api/meetings/${meeting.id}/minutes`, { html: '<p>Biên bản</p>', version })
      ).json().version;
      const closed = await secretary.post(`/api/meetings/${meeting.id}/close`, {
        startedAt: local(day, '19:30'),
        endedAt: local(day, '21:15'),
        qualityRating: 'tot',
        version,
      });
      expect(closed.statusCode, closed.body).toBe(200);
      expect(closed.json().duration.short).toBe(false);
    }
    const rates = (
      await secretary.get(`/api/meetings/member-attendance?unitId=${t.world.cellA.id}&month=2026-08`)
    ).json();
    expect(rates).toMatchObject({ from: '2025-09', to: '2026-08', meetings: 3 });
    const row = rates.items.find((i: { memberId: string }) => i.memberId === absentee.id);
    expect(row).toMatchObject({
      present: 0,
      expected: 3,
      rate: 0,
      missedMonths: ['2026-01', '2026-04', '2026-08'],
    });
    const exempted = rates.items.find((i: { memberId: string }) => i.memberId === exemptedId);
    expect(exempted).toMatchObject({ expected: 0, rate: null });
    expect(
      (await memberAgent.get(`/api/meetings/member-attendance?unitId=${t.world.cellA.id}`)).statusCode,
    ).toBe(403);
    const proposal = (await secretary.get(`/api/members/${absentee.id}/removal-proposal`)).json();
    expect(proposal).toMatchObject({ factsAvailable: true, proposed: true });
    expect(proposal.grounds[0]).toMatchObject({
      ground: 'missed_activities',
      evidence: ['2026-01', '2026-04', '2026-08'],
    });
  });
});

describe('rating scales', () => {
  it('lets the administrator set a new scale from a date, used by meetings from then on', async () => {
    const bad = await t.admin.post('/api/meetings/rating-scales', {
      effectiveFrom: '2027-01-01',
      levels: [
        { key: 'a', label: 'A' },
        { key: 'a', label: 'B' },
      ],
    });
    expect(bad.json()).toMatchObject({ code: 'RATING_KEY_REPEATED', field: 'levels.1.key' });
    const added = await t.admin.post('/api/meetings/rating-scales', {
      effectiveFrom: '2027-01-01',
      levels: [
        { key: 'hoan_thanh_tot', label: 'Hoàn thành tốt' },
        { key: 'hoan_thanh', label: 'Hoàn thành' },
        { key: 'chua_hoan_thanh', label: 'Chưa hoàn thành' },
      ],
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(
      (await secretary.post('/api/meetings/rating-scales', { effectiveFrom: '2028-01-01', levels: [] }))
        .statusCode,
    ).toBe(403);
    const m = (
      await schedule(secretary, {
        startsAt: local('2027-02-05', '19:30'),
        endsAt: local('2027-02-05', '21:30'),
      })
    ).json();
    expect(m.ratingScale.map((l: { key: string }) => l.key)).toEqual([
      'hoan_thanh_tot',
      'hoan_thanh',
      'chua_hoan_thanh',
    ]);
    const list = (await secretary.get('/api/meetings/rating-scales')).json();
    expect(list.items.map((s: { effectiveFrom: string }) => s.effectiveFrom)).toEqual([
      '2007-03-30',
      '2025-07-23',
      '2027-01-01',
    ]);
    expect(
      (await t.admin.request({ method: 'DELETE', url: `/api/meetings/rating-scales/${added.json().id}` }))
        .statusCode,
    ).toBe(200);
    const after = (await secretary.get(`/api/meetings/${m.id}`)).json();
    expect(after.ratingScale.map((l: { key: string }) => l.key)).toEqual(['tot', 'kha', 'trung_binh', 'kem']);
  });
});

describe('who is called', () => {
  it('calls the office holders of a committee body to its meetings', async () => {
    const db = t.database.db;
    const body = await committee.post(`/api/units/${t.world.root.id}/bodies`, { kind: 'standing_committee' });
    expect(body.statusCode, body.body).toBe(201);
    const holder = await makeMember(db, t.world.cellB.id, { fullName: 'Bùi Văn Thường Vụ' });
    await db.insert(positions).values({
      unitId: t.world.root.id,
      bodyId: body.json().id,
      memberId: holder.id,
      title: 'standing_member',
      startsOn: '2025-01-01',
    });
    const res = await schedule(committee, {
      unitId: t.world.root.id,
      bodyId: body.json().id,
      startsAt: local('2026-12-20', '08:00'),
      endsAt: local('2026-12-20', '10:00'),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ bodyName: 'Ban Thường vụ' });
    expect(res.json().attendance.map((a: { fullName: string }) => a.fullName)).toEqual(['Bùi Văn Thường Vụ']);
    const wrongBody = await schedule(committee, {
      unitId: t.world.cellA.id,
      bodyId: body.json().id,
      startsAt: local('2026-12-21', '08:00'),
      endsAt: local('2026-12-21', '10:00'),
    });
    expect(wrongBody.json()).toMatchObject({ code: 'MEETING_BODY_NOT_OF_UNIT', field: 'bodyId' });
  });

  it('calls the members of the cell’s party groups, not its candidates', async () => {
    const db = t.database.db;
    const group = await makeUnit(db, t.world.cellA.id, 'party_group', 'Tổ đảng số 1');
    const inGroup = await makeMember(db, group.id, { fullName: 'Đinh Văn Tổ' });
    const candidate = await makeMember(db, t.world.cellA.id, {
      fullName: 'Lý Thị Ưu Tú',
      status: 'candidate',
      admissionDate: null,
    });
    const res = await schedule(secretary, {
      startsAt: local('2026-12-23', '19:30'),
      endsAt: local('2026-12-23', '21:30'),
      chairMemberId: inGroup.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const called = res.json().attendance.map((a: { memberId: string }) => a.memberId);
    expect(called).toContain(inGroup.id);
    expect(called).not.toContain(candidate.id);
  });

  it('marks a member away on a temporary transfer at the home cell and calls them at the cell they stay with', async () => {
    const db = t.database.db;
    const traveller = await makeMember(db, t.world.cellA.id, { fullName: 'Ngô Thị Tạm' });
    await db.insert(memberTransfers).values({
      kind: 'temporary',
      purpose: 'study',
      status: 'received',
      memberId: traveller.id,
      fromUnitId: t.world.cellA.id,
      toUnitId: t.world.cellB.id,
      moveDate: '2026-09-01',
      periodFrom: '2026-09-01',
      periodTo: '2027-06-30',
      fullName: traveller.fullName,
      birthDate: traveller.birthDate,
      sex: traveller.sex,
      issueDueOn: '2026-09-01',
    });
    const home = (
      await schedule(secretary, {
        startsAt: local('2026-12-22', '19:30'),
        endsAt: local('2026-12-22', '21:30'),
      })
    ).json();
    expect(home.attendance.find((a: { memberId: string }) => a.memberId === traveller.id)).toMatchObject({
      status: 'temporary_transfer',
    });
    const host = await schedule(secretaryB, {
      unitId: t.world.cellB.id,
      startsAt: local('2026-12-22', '19:30'),
      endsAt: local('2026-12-22', '21:30'),
    });
    expect(host.statusCode, host.body).toBe(201);
    expect(
      host.json().attendance.find((a: { memberId: string }) => a.memberId === traveller.id),
    ).toMatchObject({
      status: null,
    });
  });
});
