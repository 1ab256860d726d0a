import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  periodContaining,
  periodsEndingWith,
  reportWindow,
  shiftPeriod,
} from '../../src/domain/report-periods';
import { todayIso } from '../../src/server/modules/org/calendar';
import { units } from '../../src/server/modules/org/schema';
import { reportSubmissions, reportTotals } from '../../src/server/modules/reports/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import type { Agent } from '../harness';
import { formRow } from '../report-factory';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let committee: Agent;
let secretary: Agent;
let viewer: Agent;
let outsider: Agent;
let form: Awaited<ReturnType<typeof formRow>>;
const today = todayIso();
/** Two months back: its window is over, so a report sent today is late. */
const past = periodsEndingWith(periodContaining('month', today), 3)[0] as ReturnType<typeof periodContaining>;
const good = {
  members: 20,
  present: 18,
  rate: 90,
  results: 'Chi bộ duy trì sinh hoạt đều đặn.',
  ages: [
    { row: 'young', cells: { n: 5 } },
    { row: 'old', cells: { n: 15 } },
  ],
};

const signIn = (username: string) => signInAs(t, username);

beforeAll(async () => {
  t = await createWorldApp();
  committee = await signIn('w-committee');
  secretary = await signIn('w-secretary');
  viewer = await signIn('w-viewer');
  outsider = await signIn('w-outsider');
  form = await formRow(t.database.db, t.world.root.id);
  // The world's units were founded today; these reports are about earlier months.
  await t.database.db.update(units).set({ foundedOn: '2020-01-01' });
});
afterAll(() => t.close());

const open = (agent: Agent, unitId: string, periodKey = past.key) =>
  agent.post('/api/report-submissions/open', { formId: form.id, unitId, periodKey });

const snapshot = async () => {
  const db = t.database.db;
  const [a] = await db.select({ n: count() }).from(auditLog);
  return JSON.stringify({
    a: a?.n,
    s: await db.select().from(reportSubmissions).orderBy(reportSubmissions.id),
  });
};

const rootTotal = async (fieldKey: string) => {
  const [row] = await t.database.db
    .select()
    .from(reportTotals)
    .where(
      and(
        eq(reportTotals.formId, form.id),
        eq(reportTotals.unitId, t.world.root.id),
        eq(reportTotals.periodKey, past.key),
        eq(reportTotals.fieldKey, fieldKey),
      ),
    );
  return row ? { total: row.total, reports: row.reports } : null;
};

describe('a cell reports, the committee reviews', () => {
  let id = '';
  let version = 1;

  it('opens a draft once, however often it is asked', async () => {
    const first = await open(secretary, t.world.cellA.id);
    expect(first.statusCode, first.body).toBe(200);
    const again = await open(secretary, t.world.cellA.id);
    expect(again.json().id).toBe(first.json().id);
    id = first.json().id;
    version = first.json().version;
    expect(first.json()).toMatchObject({
      status: 'draft',
      timeliness: 'missing',
      canEdit: true,
      canReview: false,
      canEnterPaper: false,
    });
    expect(first.json().dueOn).toBe(reportWindow(past, form).dueOn);
  });

  it('saves the draft as it is typed and refuses a stale version', async () => {
    const saved = await secretary.put(`/api/report-submissions/${id}`, {
      values: { ...good, present: 25 },
      version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().values.present).toBe(25);
    const stale = await secretary.put(`/api/report-submissions/${id}`, { values: good, version });
    expect(stale.statusCode).toBe(409);
    version = saved.json().version;
  });

  it('refuses a field the form does not have, naming it', async () => {
    const before = await snapshot();
    const res = await secretary.put(`/api/report-submissions/${id}`, { values: { bogus: 1 }, version });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REPORT_FIELD_UNKNOWN', field: 'values.bogus' });
    expect(await snapshot()).toBe(before);
  });

  it('refuses to send a report that breaks a rule, naming the rule, and writes nothing', async () => {
    const before = await snapshot();
    const res = await secretary.post(`/api/report-submissions/${id}/submit`, { version });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('REPORT_RULE_FAILED');
    expect(res.json().field).toBe('values.present');
    expect(res.json().message).toContain('Số đảng viên dự sinh hoạt <= Tổng số đảng viên');
    expect(await snapshot()).toBe(before);
  });

  it('sends it: late, since the due day has passed; the cell may not review it', async () => {
    const fixed = await secretary.put(`/api/report-submissions/${id}`, { values: good, version });
    const sent = await secretary.post(`/api/report-submissions/${id}/submit`, {
      version: fixed.json().version,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({
      status: 'submitted',
      sentOn: today,
      timeliness: 'late',
      canEdit: false,
    });
    version = sent.json().version;
    const edit = await secretary.put(`/api/report-submissions/${id}`, { values: good, version });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('REPORT_NOT_EDITABLE');
    const selfAccept = await secretary.post(`/api/report-submissions/${id}/accept`, { version });
    expect(selfAccept.statusCode).toBe(403);
  });

  it('waits in the committee review queue, and the committee returns it with a comment', async () => {
    const queue = await committee.get('/api/report-submissions/review-queue');
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(id);
    const noComment = await committee.post(`/api/report-submissions/${id}/return`, { version, comment: ' ' });
    expect(noComment.statusCode).toBe(400);
    const returned = await committee.post(`/api/report-submissions/${id}/return`, {
      version,
      comment: 'Bổ sung kết quả học tập nghị quyết.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      reviewComment: 'Bổ sung kết quả học tập nghị quyết.',
    });
    version = returned.json().version;
    expect(await rootTotal('members')).toBeNull();
  });

  it('is corrected, sent again and accepted: its figures count for the committee', async () => {
    const saved = await secretary.put(`/api/report-submissions/${id}`, {
      values: { ...good, results: 'Đã học tập Nghị quyết 57-NQ/TW.' },
      version,
    });
    const sent = await secretary.post(`/api/report-submissions/${id}/submit`, {
      version: saved.json().version,
    });
    const accepted = await committee.post(`/api/report-submissions/${id}/accept`, {
      version: sent.json().version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    expect(accepted.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'accepted',
    ]);
    version = accepted.json().version;
    expect(await rootTotal('members')).toEqual({ total: 20, reports: 1 });
    expect(await rootTotal('ages.young.n')).toEqual({ total: 5, reports: 1 });
  });

  it('is locked once accepted; reopening needs a reason and takes its figures out again', async () => {
    const edit = await secretary.put(`/api/report-submissions/${id}`, { values: good, version });
    expect(edit.statusCode).toBe(409);
    const byCell = await secretary.post(`/api/report-submissions/${id}/reopen`, {
      version,
      reason: 'Sửa số liệu',
    });
    expect(byCell.statusCode).toBe(403);
    const reopened = await committee.post(`/api/report-submissions/${id}/reopen`, {
      version,
      reason: 'Sửa số liệu',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().status).toBe('returned');
    expect(await rootTotal('members')).toEqual({ total: 0, reports: 0 });
  });
});

describe('a paper report entered by the level above', () => {
  it('is on time when it arrived by the due day', async () => {
    const opened = await open(committee, t.world.cellB.id);
    const { id, version, opensOn } = opened.json();
    await committee.put(`/api/report-submissions/${id}`, { values: good, version });
    const sent = await committee.post(`/api/report-submissions/${id}/submit`, {
      version: version + 1,
      receivedOn: opensOn,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ timeliness: 'on_time', sentOn: opensOn, receivedOnPaper: true });
  });

  it('is offered to the level above while the report is not sent: not to the cell, a reader or an outsider', async () => {
    const earlier = shiftPeriod(past, -1);
    const opened = await open(secretary, t.world.cellA.id, earlier.key);
    const { id, version } = opened.json();
    const flagOf = async (agent: Agent) =>
      (await agent.get(`/api/report-submissions/${id}`)).json().canEnterPaper;
    expect(opened.json().canEnterPaper).toBe(false);
    expect(await flagOf(committee)).toBe(true);
    expect(await flagOf(viewer)).toBe(false);
    expect((await outsider.get(`/api/report-submissions/${id}`)).statusCode).toBe(404);
    await secretary.put(`/api/report-submissions/${id}`, { values: good, version });
    const sent = await secretary.post(`/api/report-submissions/${id}/submit`, { version: version + 1 });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await flagOf(committee)).toBe(false);
  });

  it('takes no received-on day from the cell itself, nor one before the window or after today', async () => {
    const next = shiftPeriod(past, 1);
    const opened = await open(secretary, t.world.cellA.id, next.key);
    const { id, version, opensOn } = opened.json();
    await secretary.put(`/api/report-submissions/${id}`, { values: good, version });
    const bySelf = await secretary.post(`/api/report-submissions/${id}/submit`, {
      version: version + 1,
      receivedOn: opensOn,
    });
    expect(bySelf.statusCode).toBe(403);
    expect(bySelf.json().field).toBe('receivedOn');
    const early = await committee.post(`/api/report-submissions/${id}/submit`, {
      version: version + 1,
      receivedOn: '2020-01-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('REPORT_RECEIVED_ON_OUT_OF_RANGE');
  });
});

describe('reports that are not expected', () => {
  it('refuses a unit of another kind, a unit out of reach, a bad, future or pre-form period', async () => {
    const before = await snapshot();
    const notCell = await open(committee, t.world.root.id);
    expect(notCell.statusCode).toBe(400);
    expect(notCell.json()).toMatchObject({ code: 'REPORT_UNIT_NOT_EXPECTED', field: 'unitId' });
    expect((await open(committee, t.world.otherCell.id)).statusCode).toBe(404);
    const badKey = await open(secretary, t.world.cellA.id, '2026-13');
    expect(badKey.json()).toMatchObject({ code: 'REPORT_PERIOD_INVALID', field: 'periodKey' });
    const future = shiftPeriod(shiftPeriod(periodContaining('month', today), 1), 1);
    const notOpen = await open(secretary, t.world.cellA.id, future.key);
    expect(notOpen.json()).toMatchObject({ code: 'REPORT_PERIOD_NOT_OPEN', field: 'periodKey' });
    const early = await open(secretary, t.world.cellA.id, '2023-12');
    expect(early.json()).toMatchObject({ code: 'REPORT_PERIOD_BEFORE_FORM', field: 'periodKey' });
    expect((await open(viewer, t.world.cellA.id)).statusCode).toBe(403);
    expect(await snapshot()).toBe(before);
  });

  it('lists what a cell has to report: the open periods not yet sent, most urgent first', async () => {
    const res = await secretary.get(`/api/report-submissions/due?unitId=${t.world.cellA.id}`);
    expect(res.statusCode).toBe(200);
    const keys = res.json().items.filter((i: { form: { id: string } }) => i.form.id === form.id);
    const periodKeys = keys.map((i: { period: { key: string } }) => i.period.key);
    expect(periodKeys).toContain(past.key);
    const dues = keys.map((i: { dueOn: string }) => i.dueOn);
    expect([...dues].sort()).toEqual(dues);
  });
});

describe('the reports history', () => {
  it('counts the reports matching the filter, the same on every page', async () => {
    const db = t.database.db;
    const [all] = await db
      .select({ n: count() })
      .from(reportSubmissions)
      .where(eq(reportSubmissions.formId, form.id));
    expect(all?.n).toBeGreaterThan(1);
    const base = `/api/report-submissions?unitId=${t.world.root.id}&formId=${form.id}`;
    const first = (await committee.get(`${base}&limit=1`)).json();
    expect(first).toMatchObject({ total: all?.n, totalCapped: false });
    expect(first.items).toHaveLength(1);
    const second = (
      await committee.get(`${base}&limit=1&cursor=${encodeURIComponent(first.nextCursor)}`)
    ).json();
    expect(second.total).toBe(all?.n);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const [returned] = await db
      .select({ n: count() })
      .from(reportSubmissions)
      .where(and(eq(reportSubmissions.formId, form.id), eq(reportSubmissions.status, 'returned')));
    const filtered = (await committee.get(`${base}&status=returned`)).json();
    expect(filtered.total).toBe(returned?.n);
    expect(filtered.items).toHaveLength(returned?.n ?? -1);
  });
});
