import { and, count, eq, gte, lte, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingCalendarDays } from '../../src/server/modules/calendar/schema';
import { meetingConclusions } from '../../src/server/modules/meetings/schema';
import { addDays, todayIso } from '../../src/server/modules/org/calendar';
import { moveUnit } from '../../src/server/modules/org/history';
import { units } from '../../src/server/modules/org/schema';
import { tasks, taskUpdates } from '../../src/server/modules/programs/schema';
import { sendTaskReminders } from '../../src/server/modules/programs/task-reminders';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import { notifications } from '../../src/server/platform/notifications/schema';
import { makeUnit, makeUser } from '../factories';
import type { Agent } from '../harness';
import { makeMember } from '../member-factory';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let committee: Agent;
let secretary: Agent;
let secretaryB: Agent;
let memberAgent: Agent;
let outsider: Agent;
let memberId = '';
const today = todayIso();

const signIn = (username: string) => signInAs(t, username);

const give = (agent: Agent, body: Record<string, unknown> = {}) =>
  agent.post('/api/tasks', {
    ownerUnitId: t.world.root.id,
    assigneeUnitId: t.world.cellA.id,
    sourceKind: 'inspection',
    sourceTitle: 'Kết luận kiểm tra số 05-KL/UBKT',
    sourceText: 'Chi bộ A khắc phục việc thu, nộp đảng phí chưa đúng quy định.',
    sourceDate: today,
    title: 'Khắc phục thu, nộp đảng phí',
    dueOn: addDays(today, 20),
    ...body,
  });

const taskCount = async () => {
  const [row] = await t.database.db.select({ n: count() }).from(tasks);
  return row?.n ?? 0;
};

beforeAll(async () => {
  t = await createWorldApp();
  const db = t.database.db;
  memberId = (
    await makeMember(db, t.world.cellA.id, { fullName: 'Lê Văn Một', userId: t.world.users.member.id })
  ).id;
  await makeUser(db, [{ role: 'cell_secretary', unitId: t.world.cellB.id }], { username: 't-sec-b' });
  committee = await signIn('w-committee');
  secretary = await signIn('w-secretary');
  secretaryB = await signIn('t-sec-b');
  memberAgent = await signIn('w-member');
  outsider = await signIn('w-outsider');
});
afterAll(() => t.close());

describe('giving a task', () => {
  it('shows a task given to a cell to its secretary and the committee, not to another cell', async () => {
    const res = await give(committee);
    expect(res.statusCode, res.body).toBe(200);
    const task = res.json();
    expect(task).toMatchObject({
      status: 'open',
      progress: 0,
      ownerUnit: { name: 'Đảng bộ Thử nghiệm' },
      assigneeUnit: { name: 'Chi bộ A' },
      source: { kind: 'inspection', title: 'Kết luận kiểm tra số 05-KL/UBKT' },
      canEdit: true,
      canReport: true,
    });
    const mine = await secretary.get(`/api/tasks/${task.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ canEdit: false, canReport: true });
    expect((await secretaryB.get(`/api/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/tasks/${task.id}`)).statusCode).toBe(404);
    const boardB = (await secretaryB.get(`/api/tasks?unitId=${t.world.cellB.id}`)).json();
    expect(boardB.items.map((i: { id: string }) => i.id)).not.toContain(task.id);
    expect((await secretaryB.get(`/api/tasks?unitId=${t.world.cellA.id}`)).statusCode).toBe(404);
    // The cell's secretary is told about the new task.
    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, t.world.users.secretary.id), eq(notifications.kind, 'task.assigned')),
      );
    expect(notice?.link).toBe(`/tasks/${task.id}`);
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const before = await taskCount();
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ dueOn: addDays(today, -1) }, 400, 'TASK_DUE_BEFORE_SOURCE', 'dueOn'],
      [{ assigneeUnitId: t.world.otherCell.id }, 400, 'TASK_ASSIGNEE_OUTSIDE', 'assigneeUnitId'],
      [
        { sourceDate: addDays(today, 2), dueOn: addDays(today, 5) },
        400,
        'TASK_SOURCE_IN_FUTURE',
        'sourceDate',
      ],
      [
        { assigneeUnitId: t.world.cellB.id, assigneeMemberId: memberId },
        400,
        'TASK_MEMBER_OUTSIDE',
        'assigneeMemberId',
      ],
      [{ title: '' }, 400, 'VALIDATION', 'title'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await give(committee, body);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json()).toMatchObject({ code, field });
      expect(res.json().message.length).toBeGreaterThan(10);
    }
    // A cell secretary gives tasks in their own cell only: the committee above is out of their reach.
    expect((await give(secretary)).statusCode).toBe(404);
    const sideways = await give(secretary, {
      ownerUnitId: t.world.cellA.id,
      assigneeUnitId: t.world.cellB.id,
    });
    expect(sideways.json()).toMatchObject({ code: 'TASK_ASSIGNEE_OUTSIDE', field: 'assigneeUnitId' });
    expect((await give(outsider)).statusCode).toBe(404);
    expect(await taskCount()).toBe(before);
  });

  it('refuses progress outside 0-100 and a stale version', async () => {
    const task = (await give(committee)).json();
    for (const progress of [-1, 101, 50.5]) {
      const res = await secretary.post(`/api/tasks/${task.id}/progress`, { progress, version: task.version });
      expect(res.statusCode).toBe(400);
      expect(res.json().field).toBe('progress');
    }
    const ok = await secretary.post(`/api/tasks/${task.id}/progress`, {
      progress: 30,
      version: task.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await secretary.post(`/api/tasks/${task.id}/progress`, {
      progress: 40,
      version: task.version,
    });
    expect(stale.statusCode).toBe(409);
    const [row] = await t.database.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row?.progress).toBe(30);
  });
});

describe('parent tasks', () => {
  it('roll up their children by weight and close when every child is done', async () => {
    const parent = (await give(committee, { title: 'Khắc phục hạn chế sau kiểm tra' })).json();
    const light = (
      await give(committee, { parentId: parent.id, title: 'Rà soát sổ đảng phí', weight: 1 })
    ).json();
    const heavy = (
      await give(committee, {
        parentId: parent.id,
        assigneeUnitId: t.world.cellB.id,
        title: 'Thu bổ sung đảng phí',
        weight: 3,
      })
    ).json();
    const progressOf = async (id: string) => (await committee.get(`/api/tasks/${id}`)).json();
    expect((await progressOf(parent.id)).rolledUp).toBe(true);
    await secretary.post(`/api/tasks/${light.id}/progress`, { progress: 50, version: light.version });
    // (50 × 1 + 0 × 3) / 4 = 12.5 → 13
    expect((await progressOf(parent.id)).progress).toBe(13);
    const heavyNow = await progressOf(heavy.id);
    const doneHeavy = await secretaryB.post(`/api/tasks/${heavy.id}/progress`, {
      progress: 100,
      version: heavyNow.version,
    });
    expect(doneHeavy.statusCode, doneHeavy.body).toBe(200);
    expect(doneHeavy.json().status).toBe('done');
    // (50 + 300) / 4 = 87.5 → 88
    const midway = await progressOf(parent.id);
    expect(midway).toMatchObject({ progress: 88, status: 'open' });
    const direct = await committee.post(`/api/tasks/${parent.id}/progress`, {
      progress: 90,
      version: midway.version,
    });
    expect(direct.json()).toMatchObject({ code: 'TASK_PROGRESS_ROLLED_UP', field: 'progress' });
    const lightNow = await progressOf(light.id);
    await secretary.post(`/api/tasks/${light.id}/progress`, { progress: 100, version: lightNow.version });
    expect(await progressOf(parent.id)).toMatchObject({ progress: 100, status: 'done', closedOn: today });
    // Reopening a child opens the parent again.
    const reopened = await committee.post(`/api/tasks/${light.id}/reopen`, {
      reason: 'Còn thiếu chứng từ',
      version: (await progressOf(light.id)).version,
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(await progressOf(parent.id)).toMatchObject({ status: 'open', closedOn: null });
  });

  it('refuses a cycle of parents', async () => {
    const a = (await give(committee, { title: 'Nhiệm vụ A' })).json();
    const b = (await give(committee, { title: 'Nhiệm vụ B', parentId: a.id })).json();
    const c = (await give(committee, { title: 'Nhiệm vụ C', parentId: b.id })).json();
    const fresh = (await committee.get(`/api/tasks/${a.id}`)).json();
    const res = await committee.patch(`/api/tasks/${a.id}`, { parentId: c.id, version: fresh.version });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TASK_PARENT_CYCLE', field: 'parentId' });
    const self = await committee.patch(`/api/tasks/${a.id}`, { parentId: a.id, version: fresh.version });
    expect(self.json()).toMatchObject({ code: 'TASK_PARENT_CYCLE' });
    const [row] = await t.database.db.select().from(tasks).where(eq(tasks.id, a.id));
    expect(row?.parentId).toBeNull();
  });
});

describe('the board and closing', () => {
  it("shows a secretary's 100% on the committee's board as done, and tells the committee", async () => {
    const task = (await give(committee, { title: 'Báo cáo tình hình tư tưởng quý IV' })).json();
    const overdue = (await give(committee, { title: 'Nhiệm vụ đã quá hạn' })).json();
    await t.database.db
      .update(tasks)
      .set({ sourceDate: addDays(today, -30), dueOn: addDays(today, -3) })
      .where(eq(tasks.id, overdue.id));
    const done = await secretary.post(`/api/tasks/${task.id}/progress`, {
      progress: 100,
      note: 'Đã gửi báo cáo',
      version: task.version,
    });
    expect(done.json()).toMatchObject({
      status: 'done',
      progress: 100,
      updates: [{ note: 'Đã gửi báo cáo' }],
    });
    const board = (await committee.get(`/api/tasks/board?unitId=${t.world.root.id}`)).json();
    expect(board.done.items.map((i: { id: string }) => i.id)).toContain(task.id);
    expect(board.overdue.items.map((i: { id: string }) => i.id)).toContain(overdue.id);
    expect(board.overdue.items.find((i: { id: string }) => i.id === overdue.id).overdue).toBe(true);
    expect(board.overdue.total).toBeGreaterThanOrEqual(1);
    const own = (await committee.get(`/api/tasks/board?unitId=${t.world.root.id}&reach=own`)).json();
    expect(own.done.items.map((i: { id: string }) => i.id)).not.toContain(task.id);
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, t.world.users.committee.id), eq(notifications.kind, 'task.done')));
    expect(told.map((n) => n.link)).toContain(`/tasks/${task.id}`);
    const overdueList = (await committee.get(`/api/tasks?unitId=${t.world.root.id}&status=overdue`)).json();
    expect(overdueList.items.map((i: { id: string }) => i.id)).toEqual([overdue.id]);
  });

  it("counts each column past its first page, for the committee and for the cell's secretary", async () => {
    for (const back of [2, 4, 6]) {
      const task = (await give(committee, { title: `Quá hạn ${back} ngày` })).json();
      await t.database.db
        .update(tasks)
        .set({ sourceDate: addDays(today, -30), dueOn: addDays(today, -back) })
        .where(eq(tasks.id, task.id));
    }
    for (const [agent, unitId] of [
      [committee, t.world.root.id],
      [secretary, t.world.cellA.id],
    ] as const) {
      const board = (await agent.get(`/api/tasks/board?unitId=${unitId}&limit=1`)).json();
      const listed = async (status: string) =>
        (await agent.get(`/api/tasks?unitId=${unitId}&status=${status}&limit=1`)).json().total;
      expect(board.overdue.items).toHaveLength(1);
      expect(board.overdue.total).toBeGreaterThanOrEqual(3);
      expect(board.overdue.total).toBe(await listed('overdue'));
      expect(board.dueThisWeek.total).toBe(await listed('due_week'));
      expect(board.openTotal).toBe(await listed('open'));
    }
  });

  it('cancels only with a reason, by the assigner', async () => {
    const task = (await give(committee, { title: 'Nhiệm vụ sẽ hủy' })).json();
    const noReason = await committee.post(`/api/tasks/${task.id}/close`, { status: 'cancelled', version: 1 });
    expect(noReason.json()).toMatchObject({ code: 'TASK_CANCEL_REASON', field: 'reason' });
    const bySecretary = await secretary.post(`/api/tasks/${task.id}/close`, {
      status: 'cancelled',
      reason: 'Không cần nữa',
      version: 1,
    });
    expect(bySecretary.statusCode).toBe(403);
    const ok = await committee.post(`/api/tasks/${task.id}/close`, {
      status: 'cancelled',
      reason: 'Đã gộp vào nhiệm vụ khác',
      version: 1,
    });
    expect(ok.json()).toMatchObject({ status: 'cancelled', closeReason: 'Đã gộp vào nhiệm vụ khác' });
    const again = await committee.post(`/api/tasks/${task.id}/progress`, { progress: 10, version: 2 });
    expect(again.json().code).toBe('TASK_CLOSED');
  });

  it('lets the member given a task report on it, and no other member', async () => {
    const task = (await give(committee, { title: 'Viết bài tham luận', assigneeMemberId: memberId })).json();
    const mine = (await memberAgent.get('/api/tasks/mine')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(task.id);
    const report = await memberAgent.post(`/api/tasks/${task.id}/progress`, { progress: 60, version: 1 });
    expect(report.statusCode, report.body).toBe(200);
    const other = (await give(committee, { title: 'Nhiệm vụ của chi ủy' })).json();
    expect(
      (await memberAgent.post(`/api/tasks/${other.id}/progress`, { progress: 10, version: 1 })).statusCode,
    ).toBe(403);
  });

  it('keeps a file with a progress report', async () => {
    const task = (await give(committee, { title: 'Nộp biên bản khắc phục' })).json();
    const reported = (
      await secretary.post(`/api/tasks/${task.id}/progress`, { progress: 40, version: task.version })
    ).json();
    const updateId = reported.updates[0].id;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = await secretary.request({
      method: 'POST',
      url: `/api/tasks/${task.id}/updates/${updateId}/file?fileName=bien-ban.pdf`,
      payload: pdf,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(up.statusCode, up.body).toBe(200);
    const file = up.json().updates[0].file;
    expect(file).toMatchObject({ fileName: 'bien-ban.pdf', size: pdf.length });
    const download = await committee.get(`/api/tasks/${task.id}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await secretaryB.get(`/api/tasks/${task.id}/files/${file.id}`)).statusCode).toBe(404);
    const twice = await secretary.request({
      method: 'POST',
      url: `/api/tasks/${task.id}/updates/${updateId}/file?fileName=bien-ban.pdf`,
      payload: pdf,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(twice.json().code).toBe('TASK_UPDATE_HAS_FILE');
    const [updates] = await t.database.db
      .select({ n: count() })
      .from(taskUpdates)
      .where(eq(taskUpdates.taskId, task.id));
    expect(updates?.n).toBe(1);
  });
});

/** A Monday at least five weeks ahead. */
const mondayAhead = () => {
  const d = new Date(`${addDays(today, 35)}T00:00:00Z`);
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

describe('reminders', () => {
  it('come three working days before, on the day, the working day after and every five working days', async () => {
    const db = t.database.db;
    const due = mondayAhead();
    // The test owns the calendar around the deadline: no holidays but the Friday before it.
    await db
      .delete(workingCalendarDays)
      .where(
        and(
          gte(workingCalendarDays.date, addDays(due, -21)),
          lte(workingCalendarDays.date, addDays(due, 30)),
        ),
      );
    await db.insert(workingCalendarDays).values({ date: addDays(due, -3), kind: 'day_off', name: 'Nghỉ bù' });
    const task = (await give(committee, { title: 'Nhiệm vụ có nhắc hạn', dueOn: due })).json();
    // Monday − 3 working days, the Friday being off, is the Tuesday before: the first reminder.
    const [row] = await db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ nextReminderOn: addDays(due, -6), nextReminderStage: 'upcoming' });
    // Only this task's reminders fall in the window the test walks through.
    await db.update(tasks).set({ nextReminderOn: null }).where(ne(tasks.id, task.id));
    const sentOn: Record<string, number> = {};
    for (let offset = -10; offset <= 9; offset += 1) {
      const day = addDays(due, offset);
      const sent = await sendTaskReminders(db, day, 'http://localhost');
      if (sent > 0) sentOn[day] = sent;
    }
    // Then the Monday itself, the Tuesday after, and five working days later.
    expect(sentOn).toEqual({
      [addDays(due, -6)]: 1,
      [due]: 1,
      [addDays(due, 1)]: 1,
      [addDays(due, 8)]: 1,
    });
    const received = await db
      .select({ title: notifications.title, body: notifications.body, userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.kind, 'task.reminder'));
    const secretaryNotices = received.filter((n) => n.userId === t.world.users.secretary.id);
    expect(secretaryNotices).toHaveLength(4);
    expect(secretaryNotices.some((n) => n.body.includes('đã quá hạn'))).toBe(true);
    // Once overdue the assigning committee hears of it too.
    expect(received.filter((n) => n.userId === t.world.users.committee.id)).toHaveLength(2);
    // A done task is not reminded.
    const fresh = (await committee.get(`/api/tasks/${task.id}`)).json();
    await secretary.post(`/api/tasks/${task.id}/progress`, { progress: 100, version: fresh.version });
    expect(await sendTaskReminders(db, addDays(due, 20), 'http://localhost')).toBe(0);
  });
});

describe('tasks from a closed meeting', () => {
  it("become the cell's tasks, carried by the conclusion's owner, and a deadline before the meeting is refused", async () => {
    const day = addDays(today, -1);
    const local = (time: string) => `${day}T${time}:00+07:00`;
    const created = await secretary.post('/api/meetings', {
      unitId: t.world.cellA.id,
      kind: 'regular',
      place: 'Hội trường',
      startsAt: local('19:30'),
      endsAt: local('21:30'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json();
    const base = `/api/meetings/${meeting.id}`;
    const early = await secretary.put(`${base}/conclusions`, {
      version: meeting.version,
      items: [{ text: 'Nộp báo cáo', ownerMemberId: memberId, dueOn: addDays(day, -2) }],
    });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'CONCLUSION_DUE_BEFORE_MEETING', field: 'items.0.dueOn' });
    let version = (
      await secretary.put(`${base}/conclusions`, {
        version: meeting.version,
        items: [
          {
            text: 'Đồng chí Một chuẩn bị tham luận về chuyển đổi số',
            ownerMemberId: memberId,
            dueOn: addDays(day, 14),
          },
          { text: 'Chi bộ tiếp tục quán triệt Chỉ thị 50-CT/TW' },
        ],
      })
    ).json().version;
    const entries = meeting.attendance.map((a: { memberId: string }) => ({
      memberId: a.memberId,
      status: 'present',
    }));
    version = (await secretary.put(`${base}/attendance`, { entries, version })).json().version;
    version = (await secretary.put(`${base}/minutes`, { html: '<p>Biên bản</p>', version })).json().version;
    const closed = await secretary.post(`${base}/close`, {
      startedAt: local('19:30'),
      endedAt: local('21:15'),
      qualityRating: 'tot',
      version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const made = await t.database.db.select().from(tasks).where(eq(tasks.sourceRefId, meeting.id));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      sourceKind: 'meeting',
      assigneeUnitId: t.world.cellA.id,
      assigneeMemberId: memberId,
      sourceDate: day,
      dueOn: addDays(day, 14),
      status: 'open',
    });
    const task = (await memberAgent.get(`/api/tasks/${made[0]?.id}`)).json();
    expect(task.source).toMatchObject({
      link: `/meetings/${meeting.id}`,
      text: 'Đồng chí Một chuẩn bị tham luận về chuyển đổi số',
    });
    await memberAgent.post(`/api/tasks/${task.id}/progress`, { progress: 100, version: task.version });
    const [conclusion] = await t.database.db
      .select()
      .from(meetingConclusions)
      .where(eq(meetingConclusions.id, made[0]?.sourceItemId ?? ''));
    expect(conclusion?.taskStatus).toBe('done');
  });
});

describe('when the assignee cell moves', () => {
  it('its tasks follow it in the tree', async () => {
    const db = t.database.db;
    const partial = await makeUnit(db, t.world.root.id, 'partial', 'Đảng bộ bộ phận Khối cơ quan');
    const moving = await makeUnit(db, t.world.root.id, 'cell', 'Chi bộ Khu phố 5');
    const task = (
      await give(committee, { assigneeUnitId: moving.id, title: 'Nhiệm vụ của chi bộ chuyển' })
    ).json();
    await mutate(db, systemContext('test'), (w) =>
      moveUnit(w, moving.id, { parentId: partial.id, version: 1, effectiveOn: today, decisionRef: 'QĐ 12' }),
    );
    const [unit] = await db.select({ path: units.path }).from(units).where(eq(units.id, moving.id));
    const [row] = await db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row?.assigneePath).toBe(unit?.path);
    const underPartial = (await committee.get(`/api/tasks?unitId=${partial.id}`)).json();
    expect(underPartial.items.map((i: { id: string }) => i.id)).toContain(task.id);
  });
});
