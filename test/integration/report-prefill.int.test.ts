import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FormDefinition, type PrefillSource, prefillSources } from '../../src/contracts/report-forms';
import { periodContaining, periodOf } from '../../src/domain/report-periods';
import { admissionCases } from '../../src/server/modules/admission/schema';
import { studyTargets } from '../../src/server/modules/documents/schema';
import { todayIso } from '../../src/server/modules/org/calendar';
import { unitBodies } from '../../src/server/modules/org/schema';
import { ideologyCellDefinition } from '../../src/server/modules/reports/built-in-forms';
import { prefillFor } from '../../src/server/modules/reports/prefill';
import { prefillSourceLabels } from '../../src/server/modules/reports/prefill-labels';
import { computePrefill } from '../../src/server/modules/reports/prefill-sources';
import { memberTransfers } from '../../src/server/modules/transfers/schema';
import en from '../../src/web/locales/en.json';
import vi from '../../src/web/locales/vi.json';
import { documentRow, makeIssuer } from '../document-factory';
import { type Agent, createTestApp, type TestApp } from '../harness';
import { makeMeeting } from '../meeting-factory';
import { makeMember } from '../member-factory';
import { formRow } from '../report-factory';
import { studyRow } from '../study-factory';
import { taskRow } from '../task-factory';
import { found, signedIn } from './org-world';

/**
 * A committee founded in 2000 with cells A and B (and another committee outside), and in March 2026 — on
 * its first and last days and the days around them — members made official, admissions, transfers, meetings,
 * documents, study sessions and tasks. Each figure is computed and compared with what the module itself
 * answers through its own API for the same subtree and dates, and with the count the scenario implies.
 */
let t: TestApp;
let agent: Agent;
const today = todayIso();
const march = periodOf('month', '2026-03') as { start: string; end: string };
const april = periodOf('month', '2026-04') as { start: string; end: string };
const may = periodOf('month', '2026-05') as { start: string; end: string };
const current = periodContaining('month', today);
const studyAssignmentIds: string[] = [];
let moverId = '';
const unit = {} as Record<'root' | 'cellA' | 'cellB' | 'other' | 'otherCell', { id: string; path: string }>;

const compute = (u: { id: string; path: string }, period: { start: string; end: string }) =>
  computePrefill(t.database.db, u, period, prefillSources, today);

const json = async <T>(path: string): Promise<T> => {
  const res = await agent.get(path);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

const within = (day: string | null | undefined, period: { start: string; end: string }) =>
  Boolean(day && day >= period.start && day <= period.end);

async function statusEvent(member: { id: string; version: number }, status: string, effectiveOn: string) {
  const res = await agent.post(`/api/members/${member.id}/status-events`, {
    status,
    effectiveOn,
    version: member.version,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function transferRow(values: Partial<typeof memberTransfers.$inferInsert>) {
  await t.database.db.insert(memberTransfers).values({
    kind: 'official',
    purpose: 'work',
    status: 'received',
    fullName: 'Trần Văn Chuyển',
    birthDate: '1985-01-01',
    sex: 'male',
    moveDate: '2026-02-01',
    issueDueOn: '2026-04-30',
    memberId: moverId,
    ...values,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const root = await found(db, null, 'grassroots', 'Đảng bộ Số liệu', '2000-01-01');
  const cellA = await found(db, root.id, 'cell', 'Chi bộ A', '2000-01-01');
  const cellB = await found(db, root.id, 'cell', 'Chi bộ B', '2000-01-01');
  const other = await found(db, null, 'grassroots', 'Đảng bộ Khác', '2000-01-01');
  const otherCell = await found(db, other.id, 'cell', 'Chi bộ Khác', '2000-01-01');
  Object.assign(unit, { root, cellA, cellB, other, otherCell });
  agent = await signedIn(t, 'p-committee', [{ role: 'committee', unitId: root.id }]);

  // Members. A: two official, one made official on 31/03, one on 01/04, one back from exemption in March.
  const a1 = await makeMember(db, cellA.id);
  const a2 = await makeMember(db, cellA.id);
  const a3 = await makeMember(db, cellA.id, { status: 'probationary', admissionDate: '2025-03-01' });
  await statusEvent(a3, 'official', '2026-03-31');
  const a4 = await makeMember(db, cellA.id, { status: 'probationary', admissionDate: '2025-04-01' });
  await statusEvent(a4, 'official', '2026-04-01');
  const a5 = await makeMember(db, cellA.id);
  await statusEvent(await statusEvent(a5, 'exempted', '2025-01-01'), 'official', '2026-03-15');
  // B: one official, one admitted on 31/03 (probationary that day), one arrived on 01/04, one exempted.
  const b1 = await makeMember(db, cellB.id);
  const b2 = await makeMember(db, cellB.id, { status: 'probationary', admissionDate: '2026-03-31' });
  await makeMember(db, cellB.id, { since: '2026-04-01' });
  // Exempted from activities since 2024: a member of the register's total, neither official nor probationary.
  await makeMember(db, cellB.id, { status: 'exempted', officialDate: '2011-05-19', since: '2024-01-01' });
  // The transfers below are rows of their table only (the register is not moved); the member is outside.
  moverId = (await makeMember(db, otherCell.id)).id;

  // Admissions: the superior's decisions on 28/02, 01/03, 31/03 and 01/04 (candidates are not members yet).
  for (const [cell, decisionDate] of [
    [cellA, '2026-02-28'],
    [cellA, '2026-03-01'],
    [cellB, '2026-03-31'],
    [cellB, '2026-04-01'],
  ] as const) {
    const candidate = await makeMember(db, cell.id, {
      status: 'candidate',
      admissionDate: null,
      since: '2025-01-01',
    });
    await db
      .insert(admissionCases)
      .values({ memberId: candidate.id, nominatedOn: '2025-06-01', decisionDate });
  }

  // Transfers received (the day the register moved the member).
  await transferRow({ fromUnitId: cellA.id, toUnitId: cellB.id, receivedOn: '2026-03-31' });
  await transferRow({ fromUnitId: cellA.id, toUnitId: otherCell.id, receivedOn: '2026-03-15' });
  await transferRow({ externalSender: 'Đảng bộ tỉnh X', toUnitId: cellB.id, receivedOn: '2026-03-01' });
  await transferRow({ fromUnitId: cellB.id, externalReceiver: 'Đảng bộ tỉnh Y', receivedOn: '2026-04-01' });
  await transferRow({ fromUnitId: otherCell.id, toUnitId: cellA.id, receivedOn: '2026-02-28' });
  await transferRow({
    kind: 'temporary',
    fromUnitId: cellA.id,
    toUnitId: otherCell.id,
    receivedOn: '2026-03-10',
    periodFrom: '2026-03-10',
    periodTo: '2026-09-10',
  });
  await transferRow({
    status: 'issued',
    fromUnitId: otherCell.id,
    toUnitId: cellB.id,
    letterDate: '2026-03-05',
  });

  // Meetings, at local times around midnight of the period's ends.
  await makeMeeting(db, cellA.id, {
    date: '2026-03-31',
    time: '23:30',
    attendance: [
      [a1.id, 'present'],
      [a2.id, 'present'],
      [a3.id, 'absent_unexcused'],
    ],
  });
  await makeMeeting(db, cellB.id, {
    kind: 'thematic',
    date: '2026-03-01',
    time: '00:15',
    attendance: [
      [b1.id, 'present'],
      [b2.id, 'absent_excused'],
    ],
  });
  await makeMeeting(db, cellB.id, {
    kind: 'combined',
    date: '2026-03-20',
    attendance: [
      [b1.id, 'exempted'],
      [b2.id, 'present'],
    ],
  });
  await makeMeeting(db, cellA.id, { date: '2026-04-01', time: '00:10', attendance: [[a1.id, 'present']] });
  await makeMeeting(db, cellA.id, { date: '2026-02-28', time: '23:50', attendance: [[a1.id, 'present']] });
  await makeMeeting(db, cellA.id, { status: 'planned', date: '2026-03-15' });
  await makeMeeting(db, cellB.id, { status: 'cancelled', date: '2026-03-10' });
  const [body] = await db
    .insert(unitBodies)
    .values({ unitId: root.id, kind: 'executive_committee', name: 'Ban Chấp hành' })
    .returning();
  await makeMeeting(db, root.id, { bodyId: body?.id, date: '2026-03-12' });

  // Documents of the registries.
  const issuer = await makeIssuer(db, root.id);
  let number = 0;
  const issued = (owner: { id: string }, issuedOn: string, status = 'issued' as const) =>
    documentRow(db, owner.id, issuer.id, {
      status,
      issuedOn,
      number: ++number,
      numberText: `${number}-KH/ĐU`,
    });
  const studied = await issued(root, '2026-03-31');
  await issued(root, '2026-03-01');
  await documentRow(db, root.id, issuer.id, {
    status: 'superseded',
    issuedOn: '2026-03-10',
    number: ++number,
  });
  await documentRow(db, root.id, issuer.id, {
    status: 'withdrawn',
    issuedOn: '2026-03-12',
    number: ++number,
  });
  await issued(root, '2026-04-01');
  await issued(root, '2026-02-28');
  await issued(cellA, '2026-03-20');
  await documentRow(db, root.id, issuer.id, { status: 'approved' });
  await documentRow(db, root.id, issuer.id, {
    direction: 'incoming',
    status: 'issued',
    issuedOn: '2026-03-05',
    receivedOn: '2026-03-06',
  });

  // Study sessions of the cells.
  const first = await studyRow(db, studied.id, root.id, [cellA.id, cellB.id]);
  const second = await studyRow(db, (await issued(root, '2026-01-10')).id, root.id, [cellA.id, cellB.id]);
  const setStudied = async (target: { id: string } | undefined, studiedOn: string) =>
    db
      .update(studyTargets)
      .set({ studiedOn })
      .where(eq(studyTargets.id, target?.id as string));
  await setStudied(
    first.targets.find((x) => x.unitId === cellA.id),
    '2026-03-31',
  );
  await setStudied(
    first.targets.find((x) => x.unitId === cellB.id),
    '2026-04-01',
  );
  await setStudied(
    second.targets.find((x) => x.unitId === cellA.id),
    '2026-03-01',
  );
  studyAssignmentIds.push(first.id, second.id);

  // Tasks given by the committee to its cells.
  const task = (cell: { id: string }, values: Partial<Parameters<typeof taskRow>[3]>) =>
    taskRow(db, root.id, cell.id, { sourceDate: '2026-02-01', ...values });
  await task(cellA, { status: 'done', closedOn: '2026-03-31', dueOn: '2026-04-10', progress: 100 });
  await task(cellB, { status: 'done', closedOn: '2026-04-01', dueOn: '2026-04-10', progress: 100 });
  await task(cellA, { status: 'done', closedOn: '2026-03-01', dueOn: '2026-04-10', progress: 100 });
  await task(cellA, {
    status: 'cancelled',
    closedOn: '2026-03-15',
    dueOn: '2026-04-10',
    closeReason: 'Thôi',
  });
  await task(cellA, { dueOn: '2026-03-30' });
  await task(cellB, { status: 'done', closedOn: '2026-04-05', dueOn: '2026-03-30', progress: 100 });
  await task(cellA, { dueOn: '2026-03-31' });
  await task(cellB, { status: 'done', closedOn: '2026-03-25', dueOn: '2026-03-20', progress: 100 });
  await taskRow(db, other.id, otherCell.id, { sourceDate: '2026-02-01', dueOn: '2026-03-02' });
});

afterAll(async () => {
  await t?.close();
});

describe('figures the scenario implies, at the period boundaries', () => {
  it('counts March for the committee: things on the 1st and the 31st count, the days around do not', async () => {
    expect(await compute(unit.root, march)).toEqual({
      'members.total': 8,
      'members.official': 5,
      'members.probationary': 2,
      'admission.admitted': 2,
      'admission.officialized': 1,
      'transfers.in': 1,
      'transfers.out': 1,
      'meetings.held': 3,
      'meetings.thematic': 2,
      'meetings.attendanceRate': 66.7,
      'documents.issued': 4,
      'study.sessions': 2,
      'tasks.done': 3,
      'tasks.overdue': 2,
    });
  });

  it('counts a cell on its own, and a transfer between two cells of the committee for each of them', async () => {
    const a = await compute(unit.cellA, march);
    const b = await compute(unit.cellB, march);
    expect([a['transfers.in'], a['transfers.out'], b['transfers.in'], b['transfers.out']]).toEqual([
      0, 2, 2, 0,
    ]);
    expect([a['members.total'], b['members.total']]).toEqual([5, 3]);
    expect([a['meetings.held'], a['meetings.attendanceRate']]).toEqual([1, 66.7]);
    expect([b['meetings.held'], b['meetings.thematic'], b['meetings.attendanceRate']]).toEqual([2, 2, 66.7]);
  });

  it('counts April: what happened on its first day, and what was still open on its last', async () => {
    const figures = await compute(unit.root, april);
    expect(figures).toMatchObject({
      'admission.admitted': 1,
      'admission.officialized': 1,
      'transfers.out': 1,
      'transfers.in': 0,
      'meetings.held': 1,
      'documents.issued': 1,
      'study.sessions': 1,
      'tasks.done': 2,
      'tasks.overdue': 2,
    });
  });

  it('knows no attendance rate for a period without a meeting, and counts nothing else in it', async () => {
    const figures = await compute(unit.root, may);
    expect(figures['meetings.held']).toBe(0);
    expect(figures['meetings.attendanceRate']).toBeNull();
    expect(figures['documents.issued']).toBe(0);
  });

  it('computes only the sources asked for', async () => {
    const figures = await computePrefill(
      t.database.db,
      unit.root,
      march,
      ['transfers.out', 'tasks.done'],
      today,
    );
    expect(figures).toEqual({ 'transfers.out': 1, 'tasks.done': 3 });
    expect(await computePrefill(t.database.db, unit.root, march, [], today)).toEqual({});
  });

  it('answers every source of the contract, and names each in Vietnamese and English', async () => {
    const figures = await compute(unit.root, current);
    expect(Object.keys(figures).sort()).toEqual([...prefillSources].sort());
    const names = (locale: typeof vi) =>
      (locale.reports as unknown as { prefill: { sources: Record<string, string> } }).prefill.sources;
    for (const source of prefillSources) {
      expect(names(vi)[source], source).toBeTruthy();
      expect(names(en as typeof vi)[source], source).toBeTruthy();
      expect(prefillSourceLabels[source]).toBeTruthy();
    }
  });
});

describe("figures equal the modules' own counts", () => {
  const subtreeIds = (u: { id: string }) =>
    u === unit.root ? [unit.root.id, unit.cellA.id, unit.cellB.id] : [u.id];

  it('members: the statistics panel as of the last day, and today for the running period', async () => {
    type Stats = { total: number; byStatus: { key: string; count: number }[] };
    const of = (s: Stats, status: string) => s.byStatus.find((r) => r.key === status)?.count ?? 0;
    for (const u of [unit.root, unit.cellA, unit.cellB]) {
      for (const [period, query] of [
        [march, `&asOf=${march.end}`],
        [april, `&asOf=${april.end}`],
        [current, ''],
      ] as const) {
        const stats = await json<Stats>(`/api/members/statistics?unitId=${u.id}${query}`);
        const figures = await compute(u, period);
        expect(figures['members.total']).toBe(stats.total);
        expect(figures['members.official']).toBe(of(stats, 'official'));
        expect(figures['members.probationary']).toBe(of(stats, 'probationary'));
      }
    }
  });

  it("admissions: the targets table's admitted of the year", async () => {
    const table = await json<{ items: { admitted: number }[] }>(
      `/api/admission/targets?unitId=${unit.root.id}&year=2026`,
    );
    const year = periodOf('year', '2026') as { start: string; end: string };
    const figures = await compute(unit.root, year);
    expect(figures['admission.admitted']).toBe(table.items.reduce((sum, r) => sum + r.admitted, 0));
    expect(figures['admission.admitted']).toBe(4);
  });

  it('members made official: the register history of each member', async () => {
    const list = await json<{ items: { id: string }[] }>(`/api/members?unitId=${unit.root.id}&limit=200`);
    let madeOfficial = 0;
    for (const m of list.items) {
      const history = await json<{ statusEvents: { status: string; effectiveOn: string }[] }>(
        `/api/members/${m.id}/history`,
      );
      const events = [...history.statusEvents].sort((x, y) => x.effectiveOn.localeCompare(y.effectiveOn));
      const first = events.find((e) => e.status === 'official');
      if (first && within(first.effectiveOn, march) && events.some((e) => e.status === 'probationary'))
        madeOfficial++;
    }
    expect((await compute(unit.root, march))['admission.officialized']).toBe(madeOfficial);
  });

  it('transfers: the history tab of the transfers page', async () => {
    for (const u of [unit.root, unit.cellA, unit.cellB]) {
      const page = await json<{
        items: {
          kind: string;
          status: string;
          receivedOn: string | null;
          fromUnitId: string | null;
          toUnitId: string | null;
        }[];
      }>(`/api/transfers?view=history&unitId=${u.id}&limit=200`);
      const ids = new Set(subtreeIds(u));
      const inside = (id: string | null) => id !== null && ids.has(id);
      for (const period of [march, april]) {
        const received = page.items.filter(
          (x) => x.kind === 'official' && x.status === 'received' && within(x.receivedOn, period),
        );
        const figures = await compute(u, period);
        expect(figures['transfers.in']).toBe(
          received.filter((x) => inside(x.toUnitId) && !inside(x.fromUnitId)).length,
        );
        expect(figures['transfers.out']).toBe(
          received.filter((x) => inside(x.fromUnitId) && !inside(x.toUnitId)).length,
        );
      }
    }
  });

  it('meetings: the meetings list of the period, and the attendance of each meeting held', async () => {
    for (const u of [unit.root, unit.cellA, unit.cellB]) {
      for (const period of [march, april, may]) {
        const list = await json<{
          items: { id: string; kind: string; bodyId: string | null }[];
          total: number;
        }>(`/api/meetings?unitId=${u.id}&from=${period.start}&to=${period.end}&status=closed`);
        const held = list.items.filter((m) => m.bodyId === null);
        let present = 0;
        let expected = 0;
        for (const m of held) {
          const detail = await json<{ attendance: { status: string | null }[] }>(`/api/meetings/${m.id}`);
          present += detail.attendance.filter((a) => a.status === 'present').length;
          expected += detail.attendance.filter(
            (a) => a.status !== null && a.status !== 'exempted' && a.status !== 'temporary_transfer',
          ).length;
        }
        const figures = await compute(u, period);
        expect(figures['meetings.held']).toBe(held.length);
        expect(figures['meetings.thematic']).toBe(
          held.filter((m) => m.kind === 'thematic' || m.kind === 'combined').length,
        );
        expect(figures['meetings.attendanceRate']).toBe(
          expected > 0 ? Math.round((present / expected) * 1000) / 10 : null,
        );
      }
    }
  });

  it("documents: the registry's outgoing documents issued in the period", async () => {
    for (const u of [unit.root, unit.cellA]) {
      const list = await json<{ items: { status: string; issuedOn: string | null }[] }>(
        `/api/documents?unitId=${u.id}&direction=outgoing&year=2026&limit=200`,
      );
      for (const period of [march, april]) {
        const issued = list.items.filter(
          (d) => ['issued', 'superseded', 'expired'].includes(d.status) && within(d.issuedOn, period),
        );
        expect((await compute(u, period))['documents.issued']).toBe(issued.length);
      }
    }
  });

  it("study: the cells' sessions on the assignments' result pages", async () => {
    const targets: { unitId: string; studiedOn: string | null }[] = [];
    for (const id of studyAssignmentIds)
      targets.push(...(await json<{ targets: typeof targets }>(`/api/study/assignments/${id}`)).targets);
    for (const u of [unit.root, unit.cellA, unit.cellB]) {
      const ids = new Set(subtreeIds(u));
      for (const period of [march, april]) {
        const sessions = targets.filter((x) => ids.has(x.unitId) && within(x.studiedOn, period));
        expect((await compute(u, period))['study.sessions']).toBe(sessions.length);
      }
    }
  });

  it('tasks: the done list of the period, and the board overdue today', async () => {
    for (const u of [unit.root, unit.cellA, unit.cellB]) {
      const done = await json<{ items: { closedOn: string | null }[] }>(
        `/api/tasks?unitId=${u.id}&status=done&limit=200`,
      );
      for (const period of [march, april])
        expect((await compute(u, period))['tasks.done']).toBe(
          done.items.filter((x) => within(x.closedOn, period)).length,
        );
      const board = await json<{ overdue: { total: number } }>(`/api/tasks/board?unitId=${u.id}`);
      expect((await compute(u, current))['tasks.overdue']).toBe(board.overdue.total);
    }
  });
});

describe('prefillFor', () => {
  const field = (key: string, source: PrefillSource | null, extra: Record<string, unknown> = {}) => ({
    kind: 'number' as const,
    key,
    label: key,
    help: null,
    unit: null,
    integer: true,
    min: 0,
    max: null,
    aggregate: 'sum' as const,
    source,
    required: false,
    retired: false,
    ...extra,
  });
  const definition: FormDefinition = {
    sections: [
      {
        key: 'figures',
        title: 'Số liệu',
        fields: [
          field('members', 'members.total'),
          field('rate', 'meetings.attendanceRate', { integer: false, aggregate: 'avg' }),
          field('rate_whole', 'meetings.attendanceRate'),
          field('typed', null),
          field('old', 'documents.issued', { retired: true }),
          {
            kind: 'text',
            key: 'note',
            label: 'Ghi chú',
            help: null,
            maxLength: 4000,
            required: false,
            retired: false,
          },
        ],
      },
    ],
    rules: [],
  };

  it('fills every asked number field with a source, fitted to the field, with its provenance', async () => {
    const before = Date.now();
    const { values, prefill } = await prefillFor(t.database.db, unit.root, march, definition, today);
    expect(values).toEqual({ members: 8, rate: 66.7, rate_whole: 67 });
    expect(Object.keys(prefill).sort()).toEqual(['members', 'rate', 'rate_whole']);
    expect(prefill.members).toMatchObject({ source: 'members.total', value: 8 });
    expect(prefill.rate_whole).toMatchObject({ source: 'meetings.attendanceRate', value: 67 });
    expect(Date.parse(prefill.members?.computedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it("fills the built-in ideology form's member count of a cell", async () => {
    const { values, prefill } = await prefillFor(
      t.database.db,
      unit.cellB,
      march,
      ideologyCellDefinition,
      today,
    );
    expect(values).toEqual({ members: 3 });
    expect(prefill.members).toMatchObject({ source: 'members.total', value: 3 });
  });

  it('leaves a figure that cannot be known empty, and still says where it would come from', async () => {
    const { values, prefill } = await prefillFor(t.database.db, unit.root, may, definition, today);
    expect(values.rate).toBeNull();
    expect(prefill.rate).toMatchObject({ source: 'meetings.attendanceRate', value: null });
  });
});

// Last: it adds a member to cell B, which the figures above do not expect.
describe('a report opened through the API', () => {
  it('is drafted with the known figures and their source, and "Cập nhật số liệu" computes them again', async () => {
    const form = await formRow(t.database.db, unit.root.id);
    const opened = await agent.post('/api/report-submissions/open', {
      formId: form.id,
      unitId: unit.cellB.id,
      periodKey: '2026-03',
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const draft = opened.json() as {
      id: string;
      version: number;
      values: Record<string, unknown>;
      prefill: Record<string, { source: string; value: number | null }>;
    };
    expect(draft.values.members).toBe(3);
    expect(draft.prefill.members).toMatchObject({ source: 'members.total', value: 3 });
    expect(Object.keys(draft.prefill)).toEqual(['members']);

    await makeMember(t.database.db, unit.cellB.id, { since: '2026-02-01' });
    const saved = await agent.put(`/api/report-submissions/${draft.id}`, {
      values: { members: 2, results: 'Chi bộ sinh hoạt đều.' },
      version: draft.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const refreshed = await agent.post(`/api/report-submissions/${draft.id}/prefill`, {
      version: saved.json().version,
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json().values).toMatchObject({ members: 4, results: 'Chi bộ sinh hoạt đều.' });
    expect(refreshed.json().prefill.members).toMatchObject({ source: 'members.total', value: 4 });
  });
});
