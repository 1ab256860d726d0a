import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  documentFiles,
  documentIssuers,
  documentReads,
  documents,
  studyAssignments,
  studyAttendees,
  studyTargets,
} from '../../src/server/modules/documents/schema';
import { addDays, todayIso } from '../../src/server/modules/org/calendar';
import { units } from '../../src/server/modules/org/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import { notifications } from '../../src/server/platform/notifications/schema';
import { makeUnit, makeUser } from '../factories';
import type { Agent } from '../harness';
import { makeMeeting } from '../meeting-factory';
import { makeMember } from '../member-factory';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let committee: Agent;
let secretary: Agent;
let secretaryB: Agent;
let memberAgent: Agent;
let outsider: Agent;
const today = todayIso();
const a = { ids: [] as string[], reader: '', secretaryMember: '', third: '', exempted: '' };
const b = { ids: [] as string[] };
let strangerId = '';
let gone = '';
let directive = '';
let resolution = '';

const signIn = (username: string) => signInAs(t, username);

const insertDocument = async (values: Partial<typeof documents.$inferInsert> = {}) => {
  const db = t.database.db;
  const [issuer] = await db.select().from(documentIssuers).where(eq(documentIssuers.code, 'TW')).limit(1);
  const [root] = await db.select().from(units).where(eq(units.id, t.world.root.id));
  const [row] = await db
    .insert(documents)
    .values({
      direction: 'incoming',
      ownerUnitId: t.world.root.id,
      ownerPath: root?.path ?? '',
      type: 'directive',
      issuerId: issuer?.id ?? '',
      number: 42,
      numberText: '42-CT/TW',
      issuedOn: '2025-03-01',
      receivedOn: '2025-03-05',
      summary: 'Về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng',
      status: 'issued',
      searchText: '42-ct/tw ve tang cuong',
      ...values,
    })
    .returning({ id: documents.id });
  return row?.id ?? '';
};

beforeAll(async () => {
  t = await createWorldApp();
  const db = t.database.db;
  const { cellA, cellB, root, users: u } = t.world;
  a.reader = (await makeMember(db, cellA.id, { fullName: 'Lê Văn Một', userId: u.member.id })).id;
  a.secretaryMember = (
    await makeMember(db, cellA.id, { fullName: 'Trần Thị Hai', userId: u.secretary.id })
  ).id;
  a.third = (await makeMember(db, cellA.id, { fullName: 'Phạm Văn Ba' })).id;
  a.exempted = (await makeMember(db, cellA.id, { fullName: 'Hoàng Văn Bốn', status: 'exempted' })).id;
  a.ids = [a.reader, a.secretaryMember, a.third, a.exempted];
  // Not called: a candidate and a removed member are no members of the cell's study.
  await makeMember(db, cellA.id, { status: 'candidate', admissionDate: null });
  b.ids = [(await makeMember(db, cellB.id, { fullName: 'Đỗ Văn Năm' })).id];
  b.ids.push((await makeMember(db, cellB.id, { fullName: 'Vũ Thị Sáu' })).id);
  strangerId = (await makeMember(db, t.world.otherCell.id)).id;
  gone = (await makeUnit(db, root.id, 'cell', 'Chi bộ Đã giải thể')).id;
  await db.update(units).set({ dissolvedOn: '2024-01-01' }).where(eq(units.id, gone));
  await makeUser(db, [{ role: 'cell_secretary', unitId: cellB.id }], { username: 's-sec-b' });
  committee = await signIn('w-committee');
  secretary = await signIn('w-secretary');
  secretaryB = await signIn('s-sec-b');
  memberAgent = await signIn('w-member');
  outsider = await signIn('w-outsider');
  // The office registers the incoming directive through the registry's own route.
  const registered = await committee.post('/api/documents', {
    direction: 'incoming',
    ownerUnitId: root.id,
    type: 'directive',
    issuerCode: 'TW',
    number: 42,
    issuedOn: '2025-03-01',
    receivedOn: '2025-03-05',
    summary: 'Về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng',
  });
  expect(registered.statusCode, registered.body).toBe(201);
  directive = registered.json().id;
  resolution = await insertDocument({
    type: 'resolution',
    number: 21,
    numberText: '21-NQ/TW',
    summary: 'Nghị quyết về công tác xây dựng Đảng',
  });
});
afterAll(() => t.close());

const studyRows = async () => {
  const db = t.database.db;
  const [s] = await db.select({ n: count() }).from(studyAssignments);
  const [tg] = await db.select({ n: count() }).from(studyTargets);
  const [at] = await db.select({ n: count() }).from(studyAttendees);
  const [f] = await db.select({ n: count() }).from(documentFiles);
  const [r] = await db.select({ n: count() }).from(documentReads);
  const [au] = await db.select({ n: count() }).from(auditLog);
  const targets = await db.select().from(studyTargets);
  return JSON.stringify({ s: s?.n, tg: tg?.n, at: at?.n, f: f?.n, r: r?.n, au: au?.n, targets });
};

type Target = { id: string; unitId: string; status: string; version: number; [k: string]: unknown };
const targetOf = (detail: { targets: Target[] }, unitId: string) => {
  const found = detail.targets.find((x) => x.unitId === unitId);
  if (!found) throw new Error(`no target for ${unitId}`);
  return found;
};

let assignmentId = '';
let detail: { id: string; targets: Target[] } & Record<string, unknown>;

describe('assigning a document for study', () => {
  it('assigns to every cell of the committee and tells their secretaries', async () => {
    const res = await committee.post(`/api/documents/${directive}/study`, {
      unitId: t.world.root.id,
      allCellsOf: t.world.root.id,
      dueOn: addDays(today, 10),
      note: 'Học tập trong tháng',
    });
    expect(res.statusCode, res.body).toBe(200);
    detail = res.json();
    assignmentId = detail.id;
    expect(detail).toMatchObject({
      documentNumberText: '42-CT/TW',
      documentType: 'directive',
      unitName: 'Đảng bộ Thử nghiệm',
      dueOn: addDays(today, 10),
      cellCount: 2,
      doneCount: 0,
      overdueCount: 0,
      // Cell A: probationary/official/exempted members are called (4); cell B: 2. A candidate is not.
      memberCount: 6,
      studiedMemberCount: 0,
      canWrite: true,
    });
    // The dissolved cell gets nothing; the cells come in name order.
    expect(detail.targets.map((x) => x.unitName)).toEqual(['Chi bộ A', 'Chi bộ B']);
    expect(targetOf(detail, t.world.cellA.id)).toMatchObject({
      status: 'pending',
      memberCount: 4,
      version: 1,
    });
    const told = await t.database.db
      .select({ userId: notifications.userId, link: notifications.link })
      .from(notifications)
      .where(eq(notifications.kind, 'study.assigned'));
    expect(new Set(told.map((n) => n.userId))).toEqual(
      new Set([t.world.users.secretary.id, await userId('s-sec-b')]),
    );
    // The web page of the assignment.
    expect(told[0]?.link).toBe(`/study/${assignmentId}`);
  });

  it('assigning again adds to the same assignment and moves the deadline', async () => {
    const before = (await t.database.db.select().from(studyTargets)).length;
    const res = await committee.post(`/api/documents/${directive}/study`, {
      unitId: t.world.root.id,
      cellIds: [t.world.cellA.id],
      dueOn: addDays(today, 14),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: assignmentId,
      dueOn: addDays(today, 14),
      cellCount: 2,
      note: 'Học tập trong tháng',
    });
    expect((await t.database.db.select().from(studyTargets)).length).toBe(before);
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const before = await studyRows();
    const post = (body: Record<string, unknown>, doc = resolution) =>
      committee.post(`/api/documents/${doc}/study`, {
        unitId: t.world.root.id,
        dueOn: addDays(today, 5),
        ...body,
      });
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ cellIds: [t.world.cellA.id], dueOn: addDays(today, -1) }, 400, 'dueOn'],
      [{ cellIds: [t.world.otherCell.id] }, 400, 'cellIds'],
      [{ cellIds: ['00000000-0000-4000-8000-000000000000'] }, 400, 'cellIds'],
      [{ cellIds: [gone] }, 400, 'cellIds'],
      [{ cellIds: [t.world.root.id] }, 400, 'cellIds'],
      [{ allCellsOf: t.world.other.id }, 400, 'allCellsOf'],
      [{}, 400, 'cellIds'],
      [{ cellIds: [t.world.cellA.id], allCellsOf: t.world.root.id }, 400, 'cellIds'],
      [{ cellIds: [t.world.cellA.id], unitId: t.world.other.id }, 404, 'unitId'],
    ];
    for (const [body, status, field] of cases) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().field, JSON.stringify(body)).toBe(field);
      expect(res.json().message).toMatch(/[ạảãáàâăđêôơư]/i);
    }
    expect(
      (await post({ cellIds: [t.world.cellA.id] }, '00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    const secret = await insertDocument({ confidentiality: 'secret', numberText: '43-CT/TW', number: 43 });
    expect((await post({ cellIds: [t.world.cellA.id] }, secret)).statusCode).toBe(409);
    const draft = await insertDocument({ status: 'withdrawn', numberText: '44-CT/TW', number: 44 });
    expect((await post({ cellIds: [t.world.cellA.id] }, draft)).statusCode).toBe(409);
    // Others' documents and units do not exist for them; a member may not assign.
    expect(
      (
        await outsider.post(`/api/documents/${resolution}/study`, {
          unitId: t.world.other.id,
          cellIds: [t.world.otherCell.id],
          dueOn: today,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await memberAgent.post(`/api/documents/${resolution}/study`, {
          unitId: t.world.cellA.id,
          cellIds: [t.world.cellA.id],
          dueOn: today,
        })
      ).statusCode,
    ).toBe(403);
    expect(await studyRows()).toBe(before);
  });
});

const userId = async (username: string) => {
  const { users } = await import('../../src/server/platform/auth/schema');
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row?.id ?? '';
};

describe('recording a cell study session', () => {
  it('the secretary records the members present; the share counts them', async () => {
    const target = targetOf(detail, t.world.cellA.id);
    const res = await secretary.put(`/api/study/targets/${target.id}`, {
      studiedOn: today,
      presentMemberIds: [a.reader, a.third],
      note: 'Đồng chí Bí thư quán triệt',
      version: target.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(targetOf(after, t.world.cellA.id)).toMatchObject({
      status: 'done',
      studiedOn: today,
      late: false,
      presentCount: 2,
      memberCount: 4,
      studiedMemberCount: 2,
      version: 2,
      note: 'Đồng chí Bí thư quán triệt',
    });
    // The secretary of cell A sees only the own cell: the numbers are the own cell's.
    expect(after).toMatchObject({
      cellCount: 1,
      doneCount: 1,
      memberCount: 4,
      studiedMemberCount: 2,
      canWrite: false,
    });
    const stale = await secretary.put(`/api/study/targets/${target.id}`, { studiedOn: today, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
  });

  it('refuses a future date, a date before the assignment, members of another cell; nothing written', async () => {
    const target = targetOf(detail, t.world.cellA.id);
    const before = await studyRows();
    const put = (body: Record<string, unknown>) =>
      secretary.put(`/api/study/targets/${target.id}`, { studiedOn: today, version: 2, ...body });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ studiedOn: addDays(today, 1) }, 'studiedOn'],
      [{ studiedOn: addDays(today, -3) }, 'studiedOn'],
      [{ presentMemberIds: [a.reader, b.ids[0]] }, 'presentMemberIds'],
      [{ presentMemberIds: [strangerId] }, 'presentMemberIds'],
      [{ studiedOn: '2026-02-30' }, 'studiedOn'],
      [{ meetingId: '00000000-0000-4000-8000-000000000000' }, 'meetingId'],
    ];
    for (const [body, field] of cases) {
      const res = await put(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().field, JSON.stringify(body)).toBe(field);
    }
    expect(await studyRows()).toBe(before);
  });

  it('takes the attendance of a meeting of the cell', async () => {
    const db = t.database.db;
    const target = targetOf(detail, t.world.cellB.id);
    const meeting = await makeMeeting(db, t.world.cellB.id, {
      date: today,
      time: '00:30',
      status: 'planned',
      attendance: [
        [b.ids[0] as string, 'present'],
        [b.ids[1] as string, 'absent_excused'],
      ],
    });
    const ofA = await makeMeeting(db, t.world.cellA.id, { date: today, time: '00:30' });
    const wrong = await secretaryB.put(`/api/study/targets/${target.id}`, {
      studiedOn: today,
      meetingId: ofA.id,
      version: 1,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().field).toBe('meetingId');
    const res = await secretaryB.put(`/api/study/targets/${target.id}`, {
      studiedOn: today,
      meetingId: meeting.id,
      presentMemberIds: [b.ids[1]],
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(targetOf(res.json(), t.world.cellB.id)).toMatchObject({
      status: 'done',
      meetingId: meeting.id,
      presentCount: 1,
      studiedMemberCount: 1,
    });
    const attendees = await db.select().from(studyAttendees).where(eq(studyAttendees.targetId, target.id));
    expect(attendees.map((x) => x.memberId)).toEqual([b.ids[0]]);
  });

  it('others cannot record: another cell’s secretary sees nothing, a member may not', async () => {
    const target = targetOf(detail, t.world.cellA.id);
    const body = { studiedOn: today, version: 2 };
    expect((await secretaryB.put(`/api/study/targets/${target.id}`, body)).statusCode).toBe(404);
    expect((await outsider.put(`/api/study/targets/${target.id}`, body)).statusCode).toBe(404);
    expect((await memberAgent.put(`/api/study/targets/${target.id}`, body)).statusCode).toBe(403);
    expect((await outsider.get(`/api/study/assignments/${assignmentId}`)).statusCode).toBe(404);
    expect((await secretaryB.get(`/api/study/targets/${target.id}/plan`)).statusCode).toBe(404);
  });
});

const filesIn = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  try {
    walk(dir);
  } catch {
    // no directory yet
  }
  return out;
};

describe('the implementation plan', () => {
  const upload = (
    agent: Agent,
    targetId: string,
    fileName: string,
    content: Buffer | string,
    type = 'text/plain',
  ) =>
    agent.request({
      method: 'POST',
      url: `/api/study/targets/${targetId}/plan?fileName=${encodeURIComponent(fileName)}`,
      payload: content,
      headers: { 'content-type': type },
    });

  it('uploads, downloads and replaces the plan; the old file goes', async () => {
    const target = targetOf(detail, t.world.cellA.id);
    const res = await upload(secretary, target.id, 'Kế hoạch thực hiện.txt', 'Kế hoạch thực hiện Chỉ thị 42');
    expect(res.statusCode, res.body).toBe(200);
    const plan = targetOf(res.json(), t.world.cellA.id).planFile as {
      id: string;
      fileName: string;
      size: number;
    };
    expect(plan).toMatchObject({
      fileName: 'Kế hoạch thực hiện.txt',
      contentType: expect.stringMatching(/^text\/plain/),
    });
    const down = await memberAgent.get(`/api/study/targets/${target.id}/plan`);
    expect(down.statusCode).toBe(200);
    expect(down.body).toBe('Kế hoạch thực hiện Chỉ thị 42');
    expect(down.headers['content-disposition']).toContain('attachment;');
    const [first] = await t.database.db.select().from(documentFiles).where(eq(documentFiles.id, plan.id));
    const firstPath = join(t.app.config.filesDir, first?.storageKey ?? 'x');
    expect(filesIn(t.app.config.filesDir)).toContain(firstPath);

    const again = await upload(secretary, target.id, 'ke-hoach-2.txt', 'Kế hoạch sửa đổi');
    expect(again.statusCode, again.body).toBe(200);
    expect(targetOf(again.json(), t.world.cellA.id).planFile).toMatchObject({ fileName: 'ke-hoach-2.txt' });
    expect(await t.database.db.select().from(documentFiles).where(eq(documentFiles.id, plan.id))).toEqual([]);
    expect(filesIn(t.app.config.filesDir)).not.toContain(firstPath);
    expect(filesIn(t.app.config.filesDir)).toHaveLength(1);
  });

  it('refuses a file that is not what its name says, leaving no row and no file', async () => {
    const target = targetOf(detail, t.world.cellA.id);
    const rows = await studyRows();
    const files = filesIn(t.app.config.filesDir);
    const exe = await upload(secretary, target.id, 'ke-hoach.exe', 'MZ....', 'application/octet-stream');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().field).toBe('fileName');
    const fake = await upload(secretary, target.id, 'ke-hoach.pdf', 'not a pdf at all', 'application/pdf');
    expect(fake.statusCode).toBe(415);
    const empty = await upload(secretary, target.id, 'ke-hoach.txt', '');
    expect(empty.statusCode).toBe(400);
    expect((await upload(secretaryB, target.id, 'ke-hoach.txt', 'x')).statusCode).toBe(404);
    expect(await studyRows()).toBe(rows);
    expect(filesIn(t.app.config.filesDir)).toEqual(files);
  });
});

describe('members reading, the dashboard and reminders', () => {
  it('a member of an assigned cell confirms reading once', async () => {
    const mine = (await memberAgent.get('/api/study/mine')).json();
    expect(mine.toRecord).toEqual([]);
    expect(mine.toRead).toEqual([expect.objectContaining({ documentId: directive, readOn: null })]);
    const res = await memberAgent.post(`/api/documents/${directive}/read`);
    expect(res.statusCode, res.body).toBe(200);
    const [first] = await t.database.db.select().from(documentReads);
    expect((await memberAgent.post(`/api/documents/${directive}/read`)).statusCode).toBe(200);
    const rows = await t.database.db.select().from(documentReads);
    expect(rows).toEqual([first]);
    const read = (await memberAgent.get('/api/study/mine')).json();
    expect(read.toRead[0].readOn).toBe(first?.readAt.toISOString());
    // Not assigned to the member's cell and not the member's registry: unseen.
    expect((await memberAgent.post(`/api/documents/${resolution}/read`)).statusCode).toBe(404);
    // The committee has no member record.
    expect((await committee.post(`/api/documents/${directive}/read`)).statusCode).toBe(403);
  });

  it('the dashboard counts done, overdue and pending cells and the share of members', async () => {
    const db = t.database.db;
    // The reader attended and read: counted once. 2 of 4 in A, 1 of 2 in B.
    const first = (await committee.get(`/api/study/assignments/${assignmentId}`)).json();
    expect(first).toMatchObject({
      cellCount: 2,
      doneCount: 2,
      overdueCount: 0,
      memberCount: 6,
      studiedMemberCount: 3,
    });

    // A second document: A pending, B overdue (its deadline passed; put back in time directly).
    const res = await committee.post(`/api/documents/${resolution}/study`, {
      unitId: t.world.root.id,
      cellIds: [t.world.cellA.id, t.world.cellB.id],
      dueOn: today,
    });
    expect(res.statusCode, res.body).toBe(200);
    const second = res.json().id as string;
    await db
      .update(studyAssignments)
      .set({ dueOn: addDays(today, -1) })
      .where(eq(studyAssignments.id, second));
    const late = (await committee.get(`/api/study/assignments/${second}`)).json();
    expect(late.targets.map((x: Target) => x.status)).toEqual(['overdue', 'overdue']);
    const bTarget = targetOf(late, t.world.cellB.id);
    const done = await secretaryB.put(`/api/study/targets/${bTarget.id}`, {
      studiedOn: today,
      presentMemberIds: b.ids,
      version: bTarget.version,
    });
    expect(targetOf(done.json(), t.world.cellB.id)).toMatchObject({
      status: 'done',
      late: true,
      studiedMemberCount: 2,
    });
    const list = (await committee.get('/api/study/assignments')).json();
    expect(list.total).toBe(2);
    expect(list.items.map((x: { id: string }) => x.id)).toEqual([second, assignmentId]);
    expect(list.items[0]).toMatchObject({
      cellCount: 2,
      doneCount: 1,
      overdueCount: 1,
      memberCount: 6,
      studiedMemberCount: 2,
    });
    const ids = async (q: string) =>
      ((await committee.get(`/api/study/assignments?${q}`)).json().items as { id: string }[]).map(
        (x) => x.id,
      );
    expect(await ids('status=overdue')).toEqual([second]);
    expect(await ids('status=open')).toEqual([second]);
    expect(await ids('status=done')).toEqual([assignmentId]);
    expect(await ids(`documentId=${directive}`)).toEqual([assignmentId]);
    // Cell B's secretary: cell B's numbers only; everything done there.
    const asB = (await secretaryB.get(`/api/study/assignments?unitId=${t.world.cellB.id}`)).json();
    expect(
      asB.items.map((x: { cellCount: number; memberCount: number }) => [x.cellCount, x.memberCount]),
    ).toEqual([
      [1, 2],
      [1, 2],
    ]);
    expect((await secretaryB.get(`/api/study/assignments?unitId=${t.world.cellA.id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/study/assignments')).json()).toMatchObject({ items: [], total: 0 });
    // Pages by key with the same total.
    const p1 = (await committee.get('/api/study/assignments?limit=1')).json();
    expect(p1).toMatchObject({ total: 2, items: [{ id: second }] });
    const p2 = (await committee.get(`/api/study/assignments?limit=1&cursor=${p1.nextCursor}`)).json();
    expect(p2).toMatchObject({ total: 2, items: [{ id: assignmentId }], nextCursor: null });
    expect((await committee.get('/api/study/assignments?cursor=bad')).statusCode).toBe(400);
    // The secretary's to-do: cell A of the second document.
    const mine = (await secretary.get('/api/study/mine')).json();
    expect(mine.toRecord).toEqual([
      expect.objectContaining({ documentId: resolution, unitId: t.world.cellA.id, status: 'overdue' }),
    ]);
  });

  it('reminds the secretaries of cells not done and their members who have not read', async () => {
    const db = t.database.db;
    const second = (await committee.get(`/api/study/assignments?documentId=${resolution}`)).json().items[0]
      .id;
    // Cell A is not done: its secretary (also a member) and the reader, who has not read this one.
    const res = await committee.post(`/api/study/assignments/${second}/remind`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ notified: 2 });
    const told = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.kind, 'study.reminder'));
    expect(new Set(told.map((n) => n.userId))).toEqual(
      new Set([t.world.users.secretary.id, t.world.users.member.id]),
    );
    // After reading, the reader is no longer reminded.
    expect((await memberAgent.post(`/api/documents/${resolution}/read`)).statusCode).toBe(200);
    expect((await committee.post(`/api/study/assignments/${second}/remind`)).json()).toEqual({ notified: 1 });
    expect((await secretary.post(`/api/study/assignments/${second}/remind`)).statusCode).toBe(403);
    expect((await outsider.post(`/api/study/assignments/${second}/remind`)).statusCode).toBe(404);
    const audits = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'study.reminded'), inArray(auditLog.entityId, [second])));
    expect(audits[0]?.n).toBe(2);
  });
});
