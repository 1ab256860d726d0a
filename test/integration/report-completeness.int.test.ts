import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodContaining } from '../../src/domain/report-periods';
import { todayIso } from '../../src/server/modules/org/calendar';
import { units } from '../../src/server/modules/org/schema';
import { sendReportReminders } from '../../src/server/modules/reports/completeness-reminders';
import { reportReminders } from '../../src/server/modules/reports/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import { notifications } from '../../src/server/platform/notifications/schema';
import { makeUnit, makeUser } from '../factories';
import type { Agent } from '../harness';
import { formRow, submissionRow } from '../report-factory';
import { createWorldApp, type WorldApp } from '../world-app';
import { signedIn } from './org-world';

let t: WorldApp;
let committee: Agent;
let viewer: Agent;
let secretary11: Agent;
const today = todayIso();
const tree = {} as Record<
  'root' | 'p1' | 'p2' | 'c11' | 'c12' | 'c13' | 'c21' | 'c22' | 'c3' | 'gone' | 'goneLater' | 'newer',
  string
>;
let form: Awaited<ReturnType<typeof formRow>>;
let withPartials: Awaited<ReturnType<typeof formRow>>;
let chased: Awaited<ReturnType<typeof formRow>>;
const secretaryOf = {} as Record<'c13' | 'c3', string>;

const view = (agent: Agent, unitId: string, periodKey = '2025-03', formId = form.id) =>
  agent.get(`/api/reports/completeness?formId=${formId}&periodKey=${periodKey}&unitId=${unitId}`);
const list = (agent: Agent, unitId: string, rest = '') =>
  agent.get(`/api/reports/completeness/units?formId=${form.id}&periodKey=2025-03&unitId=${unitId}${rest}`);

beforeAll(async () => {
  t = await createWorldApp();
  const db = t.database.db;
  const unit = async (
    key: keyof typeof tree,
    parent: string | null,
    kind: Parameters<typeof makeUnit>[2],
    name: string,
  ) => {
    tree[key] = (await makeUnit(db, parent, kind, name)).id;
  };
  // R: partial committees P1 (cells 1.1–1.3) and P2 (2.1, 2.2), cell 3 right under R, a cell dissolved before the
  // period, one dissolved after it, one founded after it.
  await unit('root', null, 'grassroots', 'Đảng bộ Xã Đông');
  await unit('p1', tree.root, 'partial', 'Đảng bộ bộ phận Một');
  await unit('p2', tree.root, 'partial', 'Đảng bộ bộ phận Hai');
  await unit('c11', tree.p1, 'cell', 'Chi bộ 1.1');
  await unit('c12', tree.p1, 'cell', 'Chi bộ 1.2');
  await unit('c13', tree.p1, 'cell', 'Chi bộ 1.3');
  await unit('c21', tree.p2, 'cell', 'Chi bộ 2.1');
  await unit('c22', tree.p2, 'cell', 'Chi bộ 2.2');
  await unit('c3', tree.root, 'cell', 'Chi bộ 3');
  await unit('gone', tree.root, 'cell', 'Chi bộ Giải thể sớm');
  await unit('goneLater', tree.root, 'cell', 'Chi bộ Giải thể muộn');
  await unit('newer', tree.root, 'cell', 'Chi bộ Mới lập');
  // The units' history as the test needs it (the org rules are tested elsewhere).
  await db
    .update(units)
    .set({ foundedOn: '2020-01-01' })
    .where(inArray(units.id, Object.values(tree)));
  await db.update(units).set({ dissolvedOn: '2025-02-10' }).where(eq(units.id, tree.gone));
  await db.update(units).set({ dissolvedOn: '2025-04-10' }).where(eq(units.id, tree.goneLater));
  await db.update(units).set({ foundedOn: '2025-04-01' }).where(eq(units.id, tree.newer));

  // Monthly, due 5 days after the month: March 2025 is due Saturday 05/04/2025.
  form = await formRow(db, tree.root, { startsOn: '2025-01-01', dueDays: 5 });
  withPartials = await formRow(db, tree.root, {
    startsOn: '2025-01-01',
    dueDays: 5,
    submitterKinds: ['cell', 'partial'],
  });
  await submissionRow(db, form, tree.c11, '2025-03', {}, { sentOn: '2025-04-05' });
  await submissionRow(db, form, tree.c12, '2025-03', {}, { status: 'submitted', sentOn: '2025-04-06' });
  await submissionRow(db, form, tree.c13, '2025-03', {}, { status: 'draft' });
  // A paper report received before the due day, entered by the committee two weeks later.
  await submissionRow(
    db,
    form,
    tree.c21,
    '2025-03',
    {},
    {
      sentOn: '2025-04-03',
      sentAt: new Date('2025-04-20T03:00:00Z'),
      receivedOnPaper: true,
    },
  );
  await submissionRow(db, form, tree.c22, '2025-03', {}, { status: 'returned', sentOn: '2025-04-04' });

  committee = await signedIn(t, 'rc-committee', [{ role: 'committee', unitId: tree.root }]);
  viewer = await signedIn(t, 'rc-viewer', [{ role: 'viewer', unitId: tree.root }]);
  secretary11 = await signedIn(t, 'rc-sec11', [{ role: 'cell_secretary', unitId: tree.c11 }]);
  secretaryOf.c13 = (await makeUser(db, [{ role: 'cell_secretary', unitId: tree.c13 }])).id;
  secretaryOf.c3 = (await makeUser(db, [{ role: 'cell_secretary', unitId: tree.c3 }])).id;
});
afterAll(() => t.close());

describe('completeness view', () => {
  it('counts expected, sent, on time, late and missing per child unit of a two-level tree', async () => {
    const res = await view(committee, tree.root);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.dueOn).toBe('2025-04-05');
    expect(body.own).toBeNull();
    expect(body.totals).toEqual({
      expected: 7,
      sent: 4,
      accepted: 2,
      returned: 1,
      onTime: 3,
      late: 1,
      missing: 3,
      pending: 0,
      sentRate: 4 / 7,
      onTimeRate: 3 / 7,
    });
    const byName = Object.fromEntries(body.children.map((c: { unit: { name: string } }) => [c.unit.name, c]));
    expect(body.children.map((c: { unit: { name: string } }) => c.unit.name)).toEqual([
      'Chi bộ 3',
      'Chi bộ Giải thể muộn',
      'Đảng bộ bộ phận Hai',
      'Đảng bộ bộ phận Một',
    ]);
    expect(byName['Đảng bộ bộ phận Một']).toMatchObject({
      hasChildren: true,
      own: null,
      counts: { expected: 3, sent: 2, onTime: 1, late: 1, missing: 1, accepted: 1, returned: 0 },
    });
    expect(byName['Đảng bộ bộ phận Hai']).toMatchObject({
      hasChildren: true,
      counts: { expected: 2, sent: 2, onTime: 2, late: 0, missing: 0, accepted: 1, returned: 1 },
    });
    expect(byName['Chi bộ 3']).toMatchObject({
      hasChildren: false,
      counts: { expected: 1, missing: 1 },
      own: { timeliness: 'missing', submissionId: null, status: null },
    });
    expect(body.trail).toEqual([{ id: tree.root, name: 'Đảng bộ Xã Đông' }]);
    expect(body.canRemind).toBe(true);
  });

  it('drills down: the cells of a partial committee, each with its own report, and the trail back up', async () => {
    const body = (await view(committee, tree.p1)).json();
    expect(body.trail.map((u: { id: string }) => u.id)).toEqual([tree.root, tree.p1]);
    expect(
      body.children.map((c: { unit: { name: string }; own: { timeliness: string; sentOn: string } }) => [
        c.unit.name,
        c.own.timeliness,
        c.own.sentOn,
      ]),
    ).toEqual([
      ['Chi bộ 1.1', 'on_time', '2025-04-05'],
      ['Chi bộ 1.2', 'late', '2025-04-06'],
      ['Chi bộ 1.3', 'missing', null],
    ]);
  });

  it('counts the unit itself when it is of a submitting kind', async () => {
    const atRoot = (await view(committee, tree.root, '2025-03', withPartials.id)).json();
    const p1 = atRoot.children.find((c: { unit: { id: string } }) => c.unit.id === tree.p1);
    expect(p1.counts.expected).toBe(4);
    expect(p1.own).toMatchObject({ timeliness: 'missing' });
    expect(atRoot.totals.expected).toBe(9);
    const atP1 = (await view(committee, tree.p1, '2025-03', withPartials.id)).json();
    expect(atP1.own).toMatchObject({ timeliness: 'missing' });
    expect(atP1.totals).toMatchObject({ expected: 4, missing: 4, sent: 0 });
  });

  it('expects no unit dissolved before the period ends or founded after it, and nothing before the form applies', async () => {
    const units = async (periodKey: string) => {
      const res = await committee.get(
        `/api/reports/completeness/units?formId=${form.id}&periodKey=${periodKey}&unitId=${tree.root}&limit=200`,
      );
      return res.json().items.map((i: { unit: { id: string } }) => i.unit.id);
    };
    const march = await units('2025-03');
    expect(march).toContain(tree.goneLater);
    expect(march).not.toContain(tree.gone);
    expect(march).not.toContain(tree.newer);
    const april = await units('2025-04');
    expect(april).toContain(tree.newer);
    expect(april).not.toContain(tree.goneLater);
    expect(await units('2024-12')).toEqual([]);
    expect((await view(committee, tree.root, '2024-12')).json().totals).toMatchObject({
      expected: 0,
      sentRate: null,
    });
  });

  it('counts reports not yet due as pending', async () => {
    const current = periodContaining('month', today).key;
    const body = (await view(committee, tree.root, current)).json();
    expect(body.totals).toMatchObject({ expected: 7, pending: 7, missing: 0, sent: 0 });
  });

  it('lists the units by status, in name order, page by page', async () => {
    const missing = (await list(committee, tree.root, '&status=missing')).json();
    expect(missing.items.map((i: { unit: { name: string } }) => i.unit.name)).toEqual([
      'Chi bộ 1.3',
      'Chi bộ 3',
      'Chi bộ Giải thể muộn',
    ]);
    expect(missing.items[0]).toMatchObject({
      parent: { id: tree.p1, name: 'Đảng bộ bộ phận Một' },
      report: { timeliness: 'missing', status: 'draft' },
    });
    const late = (await list(committee, tree.root, '&status=late')).json();
    expect(late.items.map((i: { unit: { id: string } }) => i.unit.id)).toEqual([tree.c12]);
    const paper = (await list(committee, tree.p2, '&status=on_time')).json();
    expect(paper.items[0].report).toMatchObject({ receivedOnPaper: true, sentOn: '2025-04-03' });

    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 10; i++) {
      const page = (await list(committee, tree.root, `&limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((u: { unit: { id: string } }) => u.unit.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const all = (await list(committee, tree.root, '&limit=200')).json();
    expect(seen).toEqual(all.items.map((u: { unit: { id: string } }) => u.unit.id));
    expect(seen).toHaveLength(7);
    const bad = await list(committee, tree.root, `&cursor=${Buffer.from('["a","x"]').toString('base64url')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('cursor');
  });
});

describe('bad input and access', () => {
  it('refuses a period that is not one of the form, naming the field', async () => {
    const res = await view(committee, tree.root, '2025-Q1');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REPORT_PERIOD_INVALID', field: 'periodKey' });
  });

  it('hides units and forms outside the reader', async () => {
    expect((await view(secretary11, tree.root)).statusCode).toBe(404);
    const own = (await view(secretary11, tree.c11)).json();
    expect(own.totals).toMatchObject({ expected: 1, onTime: 1 });
    expect(own.trail).toEqual([{ id: tree.c11, name: 'Chi bộ 1.1' }]);
    const foreign = await formRow(t.database.db, t.world.other.id);
    const res = await view(committee, tree.root, '2025-03', foreign.id);
    expect(res.statusCode).toBe(404);
    expect(res.json().field).toBe('formId');
    expect((await view(committee, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('lets readers see but not remind', async () => {
    expect((await view(viewer, tree.root)).json().canRemind).toBe(false);
    const res = await viewer.post('/api/reports/completeness/remind', {
      formId: form.id,
      periodKey: '2025-03',
      unitId: tree.root,
    });
    expect(res.statusCode).toBe(403);
  });
});

const remindersOf = async (formId: string, periodKey = '2025-03') =>
  t.database.db
    .select()
    .from(reportReminders)
    .where(and(eq(reportReminders.formId, formId), eq(reportReminders.periodKey, periodKey)));
const remindedTo = async (userId: string) =>
  (
    await t.database.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'report.reminder')))
  )[0]?.n ?? 0;

describe('reminders', () => {
  it('reminds the missing units once a day, by hand', async () => {
    const before = await remindedTo(secretaryOf.c13);
    const body = { formId: form.id, periodKey: '2025-03', unitId: tree.root };
    const res = await committee.post('/api/reports/completeness/remind', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ reminded: 3, alreadyToday: 0 });
    expect(await remindedTo(secretaryOf.c13)).toBe(before + 1);
    expect(await remindedTo(secretaryOf.c3)).toBe(1);
    const rows = await remindersOf(form.id);
    expect(rows.map((r) => r.unitId).sort()).toEqual([tree.c13, tree.c3, tree.goneLater].sort());
    expect(rows.every((r) => !r.automatic && r.sentOn === today)).toBe(true);
    const audited = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'report.reminded'));
    expect(audited[0]?.n).toBe(1);

    expect((await committee.post('/api/reports/completeness/remind', body)).json()).toEqual({
      reminded: 0,
      alreadyToday: 3,
    });
    expect(await remindedTo(secretaryOf.c13)).toBe(before + 1);
    const missing = (await list(committee, tree.root, '&status=missing')).json();
    expect(missing.items.every((i: { remindedOn: string }) => i.remindedOn === today)).toBe(true);
  });

  it('reminds automatically on the due day, the working day after and every 3 working days, once each', async () => {
    // Due Friday 04/04/2025; Monday 07/04 is a public holiday (Giỗ Tổ Hùng Vương), so: 04/04, 08/04, 11/04.
    const db = t.database.db;
    chased = await formRow(db, tree.root, { startsOn: '2025-01-01', dueDays: 4 });
    await submissionRow(db, chased, tree.c11, '2025-03', {}, { sentOn: '2025-04-02' });
    const rowsOn = async (day: string) =>
      (await remindersOf(chased.id)).filter((r) => r.sentOn === day).length;
    const url = 'http://localhost';
    await sendReportReminders(db, '2025-04-03', url);
    expect(await remindersOf(chased.id)).toHaveLength(0);
    await sendReportReminders(db, '2025-04-04', url);
    expect(await rowsOn('2025-04-04')).toBe(6);
    await sendReportReminders(db, '2025-04-04', url);
    await sendReportReminders(db, '2025-04-07', url);
    expect(await remindersOf(chased.id)).toHaveLength(6);
    await sendReportReminders(db, '2025-04-08', url);
    expect(await rowsOn('2025-04-08')).toBe(6);
    await sendReportReminders(db, '2025-04-10', url);
    expect(await remindersOf(chased.id)).toHaveLength(12);
    // Cell 1.2 sends late; two instances sweep at the same time on the next reminder day.
    await submissionRow(db, chased, tree.c12, '2025-03', {}, { status: 'submitted', sentOn: '2025-04-10' });
    await Promise.all([
      sendReportReminders(db, '2025-04-11', url),
      sendReportReminders(db, '2025-04-11', url),
    ]);
    expect(await rowsOn('2025-04-11')).toBe(5);
    const rows = await remindersOf(chased.id);
    expect(rows.every((r) => r.automatic)).toBe(true);
    expect(rows.some((r) => r.unitId === tree.c11 || r.unitId === tree.newer)).toBe(false);
  });

  it('chases only the latest period due: once April is due, March is left to reminders by hand', async () => {
    const n = (await remindersOf(chased.id)).length;
    await sendReportReminders(t.database.db, '2025-05-05', 'http://localhost');
    expect((await remindersOf(chased.id)).length).toBe(n);
    // April: cell 1.1 and cell 1.2 have no report, the cell founded on 01/04 is expected, the one dissolved on
    // 10/04 is not.
    const april = await remindersOf(chased.id, '2025-04');
    expect(april).toHaveLength(7);
    expect(april.map((r) => r.unitId)).toContain(tree.newer);
    expect(april.map((r) => r.unitId)).not.toContain(tree.goneLater);
  });
});
