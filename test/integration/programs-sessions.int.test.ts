import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/server/modules/org/calendar';
import { tasks, workingSessionConclusions, workingSessions } from '../../src/server/modules/programs/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import { documentRow, makeIssuer } from '../document-factory';
import { makeUnit } from '../factories';
import { type Agent, createTestApp, type TestApp } from '../harness';
import { makeMember } from '../member-factory';
import { docxText } from '../office';
import { signedIn } from './org-world';

/**
 * The superior (Đảng bộ Khối) works with a grassroots committee that has two cells; its conclusions become
 * tasks of the cells. Access decision: a session is read by readers of its unit (the committee and above);
 * a cell given a task sees the task (with the conclusion's text) on the tasks pages, not the session.
 */
let t: TestApp;
const u = {} as {
  superior: string;
  committee: string;
  cellA: string;
  cellB: string;
  other: string;
  otherCell: string;
};
let committee: Agent;
let secretaryA: Agent;
let secretaryB: Agent;
let outsider: Agent;
let memberOfA = '';
let reportId = '';
let foreignReportId = '';
const today = todayIso();
const heldOn = addDays(today, -20);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  u.superior = (await makeUnit(db, null, 'grassroots_superior', 'Đảng bộ Khối Thử nghiệm')).id;
  u.committee = (await makeUnit(db, u.superior, 'grassroots', 'Đảng bộ Cơ quan Thử')).id;
  u.cellA = (await makeUnit(db, u.committee, 'cell', 'Chi bộ Văn phòng')).id;
  u.cellB = (await makeUnit(db, u.committee, 'cell', 'Chi bộ Kế hoạch')).id;
  u.other = (await makeUnit(db, u.superior, 'grassroots', 'Đảng bộ Khác')).id;
  u.otherCell = (await makeUnit(db, u.other, 'cell', 'Chi bộ Khác')).id;
  committee = await signedIn(t, 's-committee', [{ role: 'committee', unitId: u.committee }]);
  secretaryA = await signedIn(t, 's-secretary-a', [{ role: 'cell_secretary', unitId: u.cellA }]);
  secretaryB = await signedIn(t, 's-secretary-b', [{ role: 'cell_secretary', unitId: u.cellB }]);
  outsider = await signedIn(t, 's-outsider', [{ role: 'cell_secretary', unitId: u.otherCell }]);
  memberOfA = (await makeMember(db, u.cellA, { fullName: 'Trần Thị Phụ Trách' })).id;
  const issuer = await makeIssuer(db, u.committee);
  reportId = (await documentRow(db, u.committee, issuer.id, { summary: 'Báo cáo kết quả lãnh đạo 9 tháng' }))
    .id;
  const otherIssuer = await makeIssuer(db, u.other);
  foreignReportId = (await documentRow(db, u.other, otherIssuer.id)).id;
});
afterAll(() => t.close());

const fingerprint = async () => {
  const db = t.database.db;
  const n = async (
    table: typeof tasks | typeof workingSessions | typeof workingSessionConclusions | typeof auditLog,
  ) => (await db.select({ n: count() }).from(table))[0]?.n;
  return {
    sessions: await n(workingSessions),
    conclusions: await n(workingSessionConclusions),
    tasks: await n(tasks),
    audit: await n(auditLog),
    rows: JSON.stringify(await db.select().from(workingSessions).orderBy(workingSessions.id)),
  };
};

const sessionBody = (extra: Record<string, unknown> = {}) => ({
  unitId: u.committee,
  heldOn,
  superiorName: 'Ban Thường vụ Đảng ủy Khối Thử nghiệm',
  superiorUnitId: u.superior,
  topic: 'Kết quả thực hiện nhiệm vụ chính trị 9 tháng đầu năm 2026',
  place: 'Hội trường tầng 3',
  theirParticipants: [{ name: 'Nguyễn Văn Khối', title: 'Phó Bí thư Đảng ủy Khối' }],
  ourParticipants: [{ name: 'Lê Thị Cơ Sở', title: 'Bí thư Đảng ủy' }, { name: 'Phạm Văn Phó' }],
  reportDocumentId: reportId,
  discussionHtml: '<p>Ý kiến <strong>thảo luận</strong></p><script>alert(1)</script>',
  ...extra,
});

const conclusionTexts = [
  'Rà soát, kiện toàn tổ chức đảng và đội ngũ cấp ủy các chi bộ trực thuộc.',
  'Nâng cao chất lượng sinh hoạt chi bộ, sinh hoạt chuyên đề mỗi quý.',
  'Hoàn thành việc học tập, quán triệt các nghị quyết của Đảng trước ngày 31/12/2026.',
];

describe('a working session and its conclusions', () => {
  let sessionId = '';
  let version = 0;
  let taskOfA = '';

  it('records a session of the superior with the committee, discussion sanitised, report linked', async () => {
    const res = await committee.post('/api/working-sessions', sessionBody());
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    sessionId = s.id;
    version = s.version;
    expect(s).toMatchObject({
      unit: { id: u.committee, name: 'Đảng bộ Cơ quan Thử' },
      superiorUnit: { id: u.superior },
      heldOn,
      reportDocument: { id: reportId, summary: 'Báo cáo kết quả lãnh đạo 9 tháng' },
      ourParticipants: [
        { name: 'Lê Thị Cơ Sở', title: 'Bí thư Đảng ủy' },
        { name: 'Phạm Văn Phó', title: null },
      ],
      conclusionCount: 0,
      canEdit: true,
    });
    expect(s.discussionHtml).toContain('<strong>thảo luận</strong>');
    expect(s.discussionHtml).not.toContain('script');
  });

  it('suggests the unit’s parent as the superior for a new session', async () => {
    const res = await committee.get(`/api/working-sessions/defaults?unitId=${u.committee}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().superiorUnit).toEqual({ id: u.superior, name: 'Đảng bộ Khối Thử nghiệm' });
  });

  it('turns three conclusions into tasks for two cells', async () => {
    const rows = [
      [{ assigneeUnitId: u.cellA, assigneeMemberId: memberOfA, dueOn: addDays(today, 30) }],
      [
        { assigneeUnitId: u.cellA, dueOn: addDays(today, 60) },
        { assigneeUnitId: u.cellB, dueOn: addDays(today, 60), title: 'Sinh hoạt chuyên đề quý IV' },
      ],
      // Due already: the follow-up shows it overdue.
      [{ assigneeUnitId: u.cellB, dueOn: addDays(today, -1) }],
    ];
    for (const [i, text] of conclusionTexts.entries()) {
      const res = await committee.post(`/api/working-sessions/${sessionId}/conclusions`, {
        text,
        tasks: rows[i],
        version,
      });
      expect(res.statusCode, res.body).toBe(201);
      version = res.json().version;
    }
    const s = (await committee.get(`/api/working-sessions/${sessionId}`)).json();
    expect(s.conclusions.map((c: { position: number; text: string }) => [c.position, c.text])).toEqual(
      conclusionTexts.map((text, i) => [i + 1, text]),
    );
    expect(s.conclusions.map((c: { tasks: unknown[] }) => c.tasks.length)).toEqual([1, 2, 1]);
    const first = s.conclusions[0].tasks[0];
    taskOfA = first.id;
    expect(first).toMatchObject({
      title: conclusionTexts[0],
      ownerUnit: { id: u.committee },
      assigneeUnit: { id: u.cellA },
      assigneeMember: { id: memberOfA },
      source: {
        kind: 'working_session',
        refId: sessionId,
        title: `Buổi làm việc với Ban Thường vụ Đảng ủy Khối Thử nghiệm ngày ${heldOn.split('-').reverse().join('/')}`,
        text: conclusionTexts[0],
        date: heldOn,
      },
      progress: 0,
      status: 'open',
    });
    expect(
      s.conclusions[1].tasks.map((x: { assigneeUnit: { id: string } }) => x.assigneeUnit.id).sort(),
    ).toEqual([u.cellA, u.cellB].sort());
    expect(s).toMatchObject({ conclusionCount: 3, taskCount: 4, doneCount: 0, overdueCount: 1 });
    const list = (await committee.get(`/api/working-sessions?unitId=${u.committee}`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: sessionId, conclusionCount: 3, taskCount: 4, overdueCount: 1 });
  });

  it('the cell’s secretary sees their tasks on the tasks pages but not the session', async () => {
    const mine = await secretaryA.get(`/api/tasks?unitId=${u.cellA}&status=all`);
    expect(mine.statusCode, mine.body).toBe(200);
    const ids = mine.json().items.map((x: { id: string }) => x.id);
    expect(ids).toContain(taskOfA);
    expect(ids).toHaveLength(2);
    expect((await secretaryA.get(`/api/working-sessions/${sessionId}`)).statusCode).toBe(404);
    expect((await secretaryA.get(`/api/working-sessions/${sessionId}/follow-up`)).statusCode).toBe(404);
    expect((await secretaryA.get(`/api/working-sessions?unitId=${u.committee}`)).statusCode).toBe(404);
  });

  it('another committee’s cell sees neither the session nor its tasks', async () => {
    expect((await outsider.get(`/api/working-sessions/${sessionId}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/working-sessions/${sessionId}/follow-up.docx`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/tasks/${taskOfA}`)).statusCode).toBe(404);
    const theirs = (await outsider.get(`/api/tasks?unitId=${u.otherCell}&status=all`)).json();
    expect(theirs.items).toEqual([]);
  });

  it('the follow-up report reflects a task the cell’s secretary reports at 100%', async () => {
    const task = (await secretaryA.get(`/api/tasks/${taskOfA}`)).json();
    const res = await secretaryA.post(`/api/tasks/${taskOfA}/progress`, {
      progress: 100,
      note: 'Đã kiện toàn cấp ủy chi bộ, bầu bổ sung phó bí thư',
      version: task.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = (await committee.get(`/api/working-sessions/${sessionId}/follow-up`)).json();
    expect(report.totals).toEqual({ tasks: 4, done: 1, overdue: 1 });
    expect(report.conclusions.map((c: { state: string }) => c.state)).toEqual([
      'done',
      'in_progress',
      'overdue',
    ]);
    expect(report.conclusions[0].tasks[0]).toMatchObject({
      id: taskOfA,
      progress: 100,
      status: 'done',
      lastNote: 'Đã kiện toàn cấp ủy chi bộ, bầu bổ sung phó bí thư',
    });
    const listed = (await committee.get(`/api/working-sessions?unitId=${u.committee}`)).json();
    expect(listed.items[0]).toMatchObject({ doneCount: 1 });
  });

  it('renders the follow-up as a Word report holding each conclusion and each task’s progress', async () => {
    const res = await committee.get(`/api/working-sessions/${sessionId}/follow-up.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(res.rawPayload);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(
      `Kết quả thực hiện kết luận của Ban Thường vụ Đảng ủy Khối Thử nghiệm tại buổi làm việc ngày ${heldOn
        .split('-')
        .reverse()
        .join('/')}`,
    );
    for (const c of conclusionTexts) expect(text).toContain(c);
    expect(text).toContain('100% — Hoàn thành. Đã kiện toàn cấp ủy chi bộ, bầu bổ sung phó bí thư');
    expect(text).toContain('0% — Quá hạn');
    expect(text).toContain('0% — Đang thực hiện');
    expect(text).toContain('Chi bộ Kế hoạch');
    expect(text).toContain('Trần Thị Phụ Trách');
    expect(text).toContain('II. NHỮNG NỘI DUNG CHƯA HOÀN THÀNH, QUÁ HẠN');
    expect(text).toContain('III. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(text).toContain('T/M');
  });

  it('refuses bad conclusions with a clear 4xx and writes nothing', async () => {
    const before = await fingerprint();
    const cases: [Record<string, unknown>, number, string, string | undefined][] = [
      [
        { text: 'Kết luận hạn sai', tasks: [{ assigneeUnitId: u.cellA, dueOn: addDays(heldOn, -1) }] },
        400,
        'TASK_DUE_BEFORE_SOURCE',
        'tasks.0.dueOn',
      ],
      [
        {
          text: 'Kết luận giao ra ngoài',
          tasks: [
            { assigneeUnitId: u.cellA, dueOn: addDays(today, 10) },
            { assigneeUnitId: u.otherCell, dueOn: addDays(today, 10) },
          ],
        },
        400,
        'TASK_ASSIGNEE_OUTSIDE',
        'tasks.1.assigneeUnitId',
      ],
      [
        {
          text: 'Đảng viên của chi bộ khác',
          tasks: [{ assigneeUnitId: u.cellB, assigneeMemberId: memberOfA, dueOn: addDays(today, 10) }],
        },
        400,
        'TASK_MEMBER_OUTSIDE',
        'tasks.0.assigneeMemberId',
      ],
      [{ text: 'Phiên bản cũ', tasks: [], version: 1 }, 409, 'STALE_VERSION', 'version'],
      [{ text: '   ', tasks: [] }, 400, 'VALIDATION', 'text'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await committee.post(`/api/working-sessions/${sessionId}/conclusions`, {
        version,
        ...body,
      });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().code).toBe(code);
      if (field) expect(res.json().field).toBe(field);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses bad sessions: future date, superior not above, report of another registry, unknown unit', async () => {
    const before = await fingerprint();
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ heldOn: addDays(today, 1) }, 400, 'SESSION_DATE_IN_FUTURE', 'heldOn'],
      [{ superiorUnitId: u.cellA }, 400, 'SESSION_SUPERIOR_NOT_ANCESTOR', 'superiorUnitId'],
      [{ superiorUnitId: u.committee }, 400, 'SESSION_SUPERIOR_NOT_ANCESTOR', 'superiorUnitId'],
      [{ superiorUnitId: u.other }, 400, 'SESSION_SUPERIOR_NOT_ANCESTOR', 'superiorUnitId'],
      [{ reportDocumentId: foreignReportId }, 400, 'SESSION_REPORT_NOT_IN_REGISTRY', 'reportDocumentId'],
      [{ unitId: u.other }, 404, 'NOT_FOUND', 'unitId'],
      [{ heldOn: '2026-02-30' }, 400, 'VALIDATION', 'heldOn'],
    ];
    for (const [extra, status, code, field] of cases) {
      const res = await committee.post('/api/working-sessions', sessionBody(extra));
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json()).toMatchObject({ code, field });
    }
    const secretaryTries = await secretaryA.post('/api/working-sessions', sessionBody());
    expect(secretaryTries.statusCode).toBe(404);
    expect(await fingerprint()).toEqual(before);
  });

  it('keeps the date once tasks exist, refuses a stale edit, and edits the rest', async () => {
    const before = await fingerprint();
    const moved = await committee.patch(`/api/working-sessions/${sessionId}`, {
      heldOn: addDays(heldOn, -1),
      version,
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.json()).toMatchObject({ code: 'SESSION_DATE_FIXED_BY_TASKS', field: 'heldOn' });
    const stale = await committee.patch(`/api/working-sessions/${sessionId}`, { topic: 'Khác', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    expect(await fingerprint()).toEqual(before);
    const ok = await committee.patch(`/api/working-sessions/${sessionId}`, {
      place: 'Phòng họp số 2',
      reportDocumentId: null,
      reportSummary: 'Báo cáo trình bày tóm tắt',
      version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      place: 'Phòng họp số 2',
      reportDocument: null,
      topic: sessionBody().topic,
    });
    version = ok.json().version;
  });

  it('corrects a conclusion’s text into its tasks’ source and gives one more task from it', async () => {
    const s = (await committee.get(`/api/working-sessions/${sessionId}`)).json();
    const second = s.conclusions[1];
    const res = await committee.patch(`/api/working-sessions/${sessionId}/conclusions/${second.id}`, {
      text: 'Nâng cao chất lượng sinh hoạt chi bộ; sinh hoạt chuyên đề ít nhất mỗi quý một lần.',
      tasks: [
        { assigneeUnitId: u.committee, dueOn: addDays(today, 90), title: 'Hướng dẫn sinh hoạt chuyên đề' },
      ],
      version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const updated = res.json().conclusions[1];
    version = res.json().version;
    expect(updated.tasks).toHaveLength(3);
    expect(new Set(updated.tasks.map((x: { source: { text: string } }) => x.source.text))).toEqual(
      new Set(['Nâng cao chất lượng sinh hoạt chi bộ; sinh hoạt chuyên đề ít nhất mỗi quý một lần.']),
    );
  });

  it('deletes a conclusion only while its tasks are untouched; the others move up', async () => {
    const s = (await committee.get(`/api/working-sessions/${sessionId}`)).json();
    const done = s.conclusions[0];
    const before = await fingerprint();
    const refused = await committee.request({
      method: 'DELETE',
      url: `/api/working-sessions/${sessionId}/conclusions/${done.id}?version=${version}`,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('TASK_HAS_PROGRESS');
    expect(await fingerprint()).toEqual(before);
    const third = s.conclusions[2];
    const res = await committee.request({
      method: 'DELETE',
      url: `/api/working-sessions/${sessionId}/conclusions/${third.id}?version=${version}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    version = res.json().version;
    expect(res.json().conclusions.map((c: { position: number }) => c.position)).toEqual([1, 2]);
    expect(res.json().taskCount).toBe(4);
    expect((await committee.get(`/api/tasks?unitId=${u.cellB}&status=all`)).json().items).toHaveLength(1);
  });

  it('deletes a session recorded by mistake with its untouched tasks, but not one with progress', async () => {
    const refused = await committee.request({
      method: 'DELETE',
      url: `/api/working-sessions/${sessionId}?version=${version}`,
    });
    expect(refused.statusCode).toBe(409);
    const created = (
      await committee.post(
        '/api/working-sessions',
        sessionBody({ topic: 'Ghi nhầm', reportDocumentId: null }),
      )
    ).json();
    const withConclusion = await committee.post(`/api/working-sessions/${created.id}/conclusions`, {
      text: 'Kết luận ghi nhầm',
      tasks: [{ assigneeUnitId: u.cellB, dueOn: addDays(today, 5) }],
      version: created.version,
    });
    expect(withConclusion.statusCode).toBe(201);
    const tasksBefore = (await fingerprint()).tasks ?? 0;
    const res = await committee.request({
      method: 'DELETE',
      url: `/api/working-sessions/${created.id}?version=${withConclusion.json().version}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await fingerprint()).tasks).toBe(tasksBefore - 1);
    expect((await committee.get(`/api/working-sessions/${created.id}`)).statusCode).toBe(404);
  });

  it('pages the list by key, latest first', async () => {
    for (const days of [-40, -60]) {
      const res = await committee.post(
        '/api/working-sessions',
        sessionBody({ heldOn: addDays(today, days), reportDocumentId: null }),
      );
      expect(res.statusCode).toBe(201);
    }
    const all = (await committee.get(`/api/working-sessions?unitId=${u.committee}`)).json();
    expect(all.total).toBe(3);
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 5; i++) {
      const page = (
        await committee.get(
          `/api/working-sessions?unitId=${u.committee}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      expect(page.total).toBe(3);
      seen.push(...page.items.map((x: { id: string }) => x.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((x: { id: string }) => x.id));
    const dates = all.items.map((x: { heldOn: string }) => x.heldOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await secretaryB.get(`/api/working-sessions?unitId=${u.cellB}`)).json()).toMatchObject({
      items: [],
      total: 0,
    });
  });
});
