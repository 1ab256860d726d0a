import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AggregateResponse,
  CompiledResponse,
  TrendResponse,
} from '../../src/contracts/report-aggregates';
import type { FormDefinition } from '../../src/contracts/report-forms';
import type { SubmissionStatus, SubmissionValues } from '../../src/contracts/reports';
import type { UnitKind } from '../../src/contracts/units';
import { canContain } from '../../src/domain/org-kinds';
import { queryRows } from '../../src/server/db/client';
import { todayIso } from '../../src/server/modules/org/calendar';
import { moveUnit } from '../../src/server/modules/org/history';
import { units } from '../../src/server/modules/org/schema';
import { reportSubmissions, reportThemes } from '../../src/server/modules/reports/schema';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import { makeUnit } from '../factories';
import { type Agent, createTestApp, type TestApp } from '../harness';
import { formRow, sampleDefinition, submissionRow } from '../report-factory';
import { signedIn } from './org-world';

/**
 * Aggregation reads the totals the triggers keep (report_totals); these tests hold them against the reports
 * themselves: random trees and reports, reopening, moving units; averages, fixed-table cells, the trend, and
 * the texts compiled per unit.
 */

let t: TestApp;
let committee: Agent;
let top: { id: string };
const today = todayIso();

beforeAll(async () => {
  t = await createTestApp();
  top = await makeUnit(t.database.db, null, 'provincial', 'Đảng bộ Tỉnh Tổng hợp');
  committee = await signedIn(t, 'agg-committee', [{ role: 'committee', unitId: top.id }]);
});
afterAll(() => t.close());

const getJson = async <T>(agent: Agent, url: string): Promise<T> => {
  const res = await agent.get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json() as T;
};
const aggregateOf = (formId: string, unitId: string, periodKey: string) =>
  getJson<AggregateResponse>(
    committee,
    `/api/reports/aggregate?formId=${formId}&unitId=${unitId}&periodKey=${periodKey}`,
  );

/** The numbers of a report as the totals' trigger reads them: top-level numbers and fixed-row table cells. */
function numbersOf(values: SubmissionValues): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'number') out.push([key, value]);
    else if (Array.isArray(value))
      for (const row of value)
        if (row.row !== undefined)
          for (const [col, cell] of Object.entries(row.cells))
            if (typeof cell === 'number') out.push([`${key}.${row.row}.${col}`, cell]);
  }
  return out;
}

interface Report {
  id: string;
  unitId: string;
  periodKey: string;
  status: SubmissionStatus;
  values: SubmissionValues;
}

/** Brute force over the reports: per figure, the total and the count of accepted reports giving it. */
function bruteFigures(reports: readonly Report[]) {
  const out = new Map<string, { total: number; reports: number }>();
  for (const r of reports) {
    if (r.status !== 'accepted') continue;
    for (const [key, value] of numbersOf(r.values)) {
      const f = out.get(key) ?? { total: 0, reports: 0 };
      f.total += value;
      f.reports += 1;
      out.set(key, f);
    }
  }
  return out;
}

const figureKeys = ['members', 'present', 'rate', 'ages.young.n', 'ages.old.n'];

async function pathsOf(ids: readonly string[]) {
  const rows = await queryRows<{ id: string; path: string; parent_id: string | null }>(
    t.database.db,
    sql`select id, path::text as path, parent_id from org_units where id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * For every unit of the tree and period: the subtree's figures equal the brute-force sums over the accepted
 * reports inside it, and equal the unit's own report plus its children's rows; the counts by status too.
 */
async function expectAggregatesHold(formId: string, unitIds: readonly string[], reports: readonly Report[]) {
  const paths = await pathsOf(unitIds);
  const inside = (unitId: string, ancestor: string) => {
    const p = paths.get(unitId)?.path as string;
    const a = paths.get(ancestor)?.path as string;
    return p === a || p.startsWith(`${a}.`);
  };
  for (const periodKey of ['2026-01', '2026-02']) {
    for (const unitId of unitIds) {
      const view = await aggregateOf(formId, unitId, periodKey);
      const subtreeReports = reports.filter((r) => r.periodKey === periodKey && inside(r.unitId, unitId));
      const brute = bruteFigures(subtreeReports);
      const ownReports = subtreeReports.filter((r) => r.unitId === unitId);
      for (const key of figureKeys) {
        const expected = brute.get(key);
        const got = view.subtree.values[key];
        if (!expected) {
          expect(got, `${unitId} ${periodKey} ${key}`).toBeUndefined();
          continue;
        }
        expect(got?.reports, `${key} reports`).toBe(expected.reports);
        expect(got?.total ?? Number.NaN).toBeCloseTo(expected.total, 6);
        const shown = key === 'rate' ? expected.total / expected.reports : expected.total;
        expect(got?.value ?? Number.NaN).toBeCloseTo(shown, 6);
        // The subtree is the unit's own report plus its children's subtrees.
        let total = view.own?.values[key]?.total ?? 0;
        let count = view.own?.values[key]?.reports ?? 0;
        for (const child of view.children) {
          total += child.values[key]?.total ?? 0;
          count += child.values[key]?.reports ?? 0;
        }
        expect(total).toBeCloseTo(expected.total, 6);
        expect(count).toBe(expected.reports);
      }
      for (const status of ['accepted', 'submitted', 'returned'] as const)
        expect(view.subtree.counts[status], `${status} count`).toBe(
          subtreeReports.filter((r) => r.status === status).length,
        );
      expect(view.own === null).toBe(!ownReports.some((r) => r.status === 'accepted'));
      const childIds = unitIds.filter((id) => paths.get(id)?.parent_id === unitId);
      expect(view.children.map((c) => c.unit.id).sort()).toEqual([...childIds].sort());
    }
  }
}

interface Shape {
  pick: number;
  children: Shape[];
}
const widths = [3, 2, 2, 1];
const shapeAt = (depth: number): fc.Arbitrary<Shape> =>
  depth >= widths.length
    ? fc.record({ pick: fc.nat(5), children: fc.constant([]) })
    : fc.record({
        pick: fc.nat(5),
        children: fc.array(shapeAt(depth + 1), { minLength: depth === 0 ? 1 : 0, maxLength: widths[depth] }),
      });

const childKinds: Record<UnitKind, UnitKind[]> = {
  central: ['provincial'],
  provincial: ['grassroots_superior', 'grassroots'],
  grassroots_superior: ['grassroots'],
  grassroots: ['partial', 'cell'],
  partial: ['cell'],
  cell: ['party_group'],
  party_group: [],
};

const reportArb = fc.record({
  status: fc.constantFrom<SubmissionStatus>(
    'accepted',
    'accepted',
    'accepted',
    'submitted',
    'returned',
    'draft',
  ),
  members: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 4 }),
  present: fc.option(fc.integer({ min: 0, max: 60 })),
  rate: fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)),
  young: fc.option(fc.integer({ min: 0, max: 30 })),
  old: fc.option(fc.integer({ min: 0, max: 30 })),
});

const valuesOf = (r: {
  members: number | null;
  present: number | null;
  rate: number | null;
  young: number | null;
  old: number | null;
}): SubmissionValues => ({
  members: r.members,
  present: r.present,
  ...(r.rate === null ? {} : { rate: r.rate }),
  ages: [
    { row: 'young', cells: { n: r.young } },
    { row: 'old', cells: { n: r.old } },
  ],
  results: 'Hoàn thành nhiệm vụ',
});

describe('aggregation over random trees', () => {
  it('equals the sum of the children and the brute-force sum, after reopening and moving units', async () => {
    const db = t.database.db;
    let run = 0;
    const done = { reopened: 0, moved: 0 };
    await fc.assert(
      fc.asyncProperty(
        shapeAt(0),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('2026-01', '2026-02'), reportArb), { maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        async (shape, draws, reopenPick, movePick) => {
          run++;
          // The tree: a root under the province, then up to four levels of kinds that fit.
          const ids: string[] = [];
          const kindOf = new Map<string, UnitKind>();
          const build = async (node: Shape, parentId: string, parentKind: UnitKind) => {
            const kinds = childKinds[parentKind];
            if (kinds.length === 0) return;
            const kind = kinds[node.pick % kinds.length] as UnitKind;
            const unit = await makeUnit(db, parentId, kind, `Đơn vị ${run}.${ids.length}`);
            ids.push(unit.id);
            kindOf.set(unit.id, kind);
            for (const child of node.children) await build(child, unit.id, kind);
          };
          await build(shape, top.id, 'provincial');
          const rootId = ids[0] as string;
          const form = await formRow(db, rootId, { submitterKinds: ['grassroots', 'partial', 'cell'] });
          // At most one report per unit and period (the unique index), any status.
          const reports: Report[] = [];
          for (const [pick, periodKey, draw] of draws) {
            const unitId = ids[pick % ids.length] as string;
            if (reports.some((r) => r.unitId === unitId && r.periodKey === periodKey)) continue;
            const values = valuesOf(draw);
            const row = await submissionRow(db, form, unitId, periodKey, values, { status: draw.status });
            reports.push({ id: row.id, unitId, periodKey, status: draw.status, values });
          }
          await expectAggregatesHold(form.id, ids, reports);

          // Reopening an accepted report takes its figures out of every total above it.
          const accepted = reports.filter((r) => r.status === 'accepted');
          const reopened = accepted[reopenPick % Math.max(accepted.length, 1)];
          if (reopened) {
            await db
              .update(reportSubmissions)
              .set({ status: 'returned' })
              .where(eq(reportSubmissions.id, reopened.id));
            reopened.status = 'returned';
            done.reopened++;
          }

          // Moving a unit (with its subtree) under another parent of the tree moves its figures along.
          const paths = await pathsOf(ids);
          const moves: Array<[string, string]> = [];
          for (const id of ids.slice(1))
            for (const target of ids) {
              const p = paths.get(id)?.path as string;
              const q = paths.get(target)?.path as string;
              if (q === p || q.startsWith(`${p}.`) || paths.get(id)?.parent_id === target) continue;
              if (canContain(kindOf.get(target) as UnitKind, kindOf.get(id) as UnitKind))
                moves.push([id, target]);
            }
          const move = moves[movePick % Math.max(moves.length, 1)];
          if (move) {
            const [unit] = await db
              .select({ version: units.version })
              .from(units)
              .where(eq(units.id, move[0]));
            await mutate(db, systemContext('test'), (w) =>
              moveUnit(w, move[0], { parentId: move[1], effectiveOn: today, version: unit?.version ?? 1 }),
            );
            done.moved++;
          }
          await expectAggregatesHold(form.id, ids, reports);
        },
      ),
      { numRuns: 6, endOnFailure: true, seed: 20_261_201 },
    );
    // The seed's runs do reopen reports and move units (the checks after them are not vacuous).
    expect(done.reopened).toBeGreaterThan(0);
    expect(done.moved).toBeGreaterThan(0);
  }, 120_000);
});

describe('aggregation of one committee', () => {
  const u = {} as Record<'root' | 'partial' | 'cellA' | 'cellB' | 'cellC', string>;
  let form: Awaited<ReturnType<typeof formRow>>;
  const definition: FormDefinition = {
    ...sampleDefinition,
    sections: [
      ...sampleDefinition.sections,
      {
        key: 'more',
        title: 'Thêm',
        fields: [
          {
            kind: 'number',
            key: 'old_count',
            label: 'Chỉ tiêu cũ',
            help: null,
            unit: null,
            integer: true,
            min: 0,
            max: null,
            aggregate: 'sum',
            source: null,
            required: false,
            retired: true,
          },
          {
            kind: 'table',
            key: 'opinions',
            label: 'Ý kiến',
            help: null,
            required: false,
            retired: false,
            columns: [
              { key: 'theme', label: 'Chủ đề', kind: 'theme' },
              { key: 'content', label: 'Nội dung', kind: 'text' },
            ],
            rows: [],
            maxRows: 20,
          },
        ],
      },
    ],
  };
  let themeId = '';

  beforeAll(async () => {
    const db = t.database.db;
    u.root = (await makeUnit(db, top.id, 'grassroots', 'Đảng bộ Xã Tổng hợp')).id;
    u.partial = (await makeUnit(db, u.root, 'partial', 'Đảng bộ bộ phận Thôn')).id;
    u.cellA = (await makeUnit(db, u.root, 'cell', 'Chi bộ An')).id;
    u.cellB = (await makeUnit(db, u.partial, 'cell', 'Chi bộ Bình')).id;
    u.cellC = (await makeUnit(db, u.partial, 'cell', 'Chi bộ Cường')).id;
    form = await formRow(db, u.root, { submitterKinds: ['cell', 'grassroots'] }, definition);
    const [theme] = await db
      .insert(reportThemes)
      .values({ ownerUnitId: u.root, ownerPath: 'x', name: 'Giá đất' })
      .returning({ id: reportThemes.id });
    themeId = theme?.id as string;
    const ages = (young: number, old: number) => [
      { row: 'young', cells: { n: young } },
      { row: 'old', cells: { n: old } },
    ];
    await submissionRow(db, form, u.cellA, '2026-03', {
      members: 10,
      present: 9,
      rate: 90,
      ages: ages(4, 6),
      results: 'Chi bộ An hoàn thành tốt',
      old_count: 2,
    });
    await submissionRow(db, form, u.cellB, '2026-03', {
      members: 20,
      present: 15,
      rate: 75,
      ages: ages(5, 15),
      results: '  ',
      opinions: [{ cells: { theme: themeId, content: 'Lo ngại giá đất tăng' } }],
    });
    await submissionRow(
      db,
      form,
      u.cellC,
      '2026-03',
      { members: 7, present: 7, rate: 100, results: 'Chưa duyệt' },
      { status: 'submitted' },
    );
    await submissionRow(db, form, u.root, '2026-03', { members: 3, results: 'Báo cáo của đảng ủy' });
    for (const [month, members] of [
      ['2026-01', 12],
      ['2025-11', 8],
    ] as const)
      await submissionRow(db, form, u.cellA, month, { members, rate: 50, results: 'Tháng trước' });
  });

  it('sums, averages, counts by status and labels table cells', async () => {
    const view = await aggregateOf(form.id, u.root, '2026-03');
    expect(view.subtree.counts).toEqual({ accepted: 3, submitted: 1, returned: 0 });
    expect(view.subtree.values.members).toEqual({ total: 33, reports: 3, value: 33 });
    expect(view.subtree.values.rate).toEqual({ total: 165, reports: 2, value: 82.5 });
    expect(view.subtree.values['ages.old.n']).toEqual({ total: 21, reports: 2, value: 21 });
    expect(view.own?.values.members).toEqual({ total: 3, reports: 1, value: 3 });
    const cell = view.fields.find((f) => f.key === 'ages.young.n');
    expect(cell).toMatchObject({ kind: 'cell', label: 'Đảng viên theo độ tuổi — Dưới 35 — Số người' });
    expect(view.fields.find((f) => f.key === 'old_count')).toMatchObject({ retired: true });
    expect(view.subtree.values.old_count).toEqual({ total: 2, reports: 1, value: 2 });
    expect(view.fields.find((f) => f.key === 'rate')?.aggregate).toBe('avg');
    // Children in name order, the partial committee drillable, with its own counts.
    expect(view.children.map((c) => c.unit.name)).toEqual(['Chi bộ An', 'Đảng bộ bộ phận Thôn']);
    const partial = view.children[1];
    expect(partial?.hasChildren).toBe(true);
    expect(partial?.counts).toEqual({ accepted: 1, submitted: 1, returned: 0 });
    expect(partial?.values.members).toEqual({ total: 20, reports: 1, value: 20 });
    const below = await aggregateOf(form.id, u.partial, '2026-03');
    expect(below.trail.map((x) => x.name)).toEqual([
      'Đảng bộ Tỉnh Tổng hợp',
      'Đảng bộ Xã Tổng hợp',
      'Đảng bộ bộ phận Thôn',
    ]);
    expect(below.own).toBeNull();
    expect(below.children.map((c) => [c.unit.name, c.values.members?.total])).toEqual([
      ['Chi bộ Bình', 20],
      ['Chi bộ Cường', undefined],
    ]);
  });

  it('downloads the table as .xlsx: a row per figure, a column per unit', async () => {
    const res = await committee.get(
      `/api/reports/aggregate/export?formId=${form.id}&unitId=${u.root}&periodKey=2026-03`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = sheet?.getRow(3).values as unknown[];
    expect(header.slice(1)).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      'Cách tính',
      'Toàn Đảng bộ Xã Tổng hợp',
      'Báo cáo của chính Đảng bộ Xã Tổng hợp',
      'Chi bộ An',
      'Đảng bộ bộ phận Thôn',
    ]);
    const rows = new Map<string, unknown[]>();
    sheet?.eachRow((row) => {
      const values = row.values as unknown[];
      rows.set(String(values[1]), values.slice(4));
    });
    expect(rows.get('Số báo cáo đã tiếp nhận')).toEqual([3, 1, 1, 1]);
    expect(rows.get('Tổng số đảng viên')).toEqual([33, 3, 10, 20]);
    expect(rows.get('Tỷ lệ dự sinh hoạt')).toEqual([82.5, undefined, 90, 75]);
  });

  it('follows a figure over the periods, null where no report was accepted', async () => {
    const trend = await getJson<TrendResponse>(
      committee,
      `/api/reports/trend?formId=${form.id}&unitId=${u.root}&periodKey=2026-03&fieldKey=members&count=6`,
    );
    expect(trend.points.map((p) => [p.periodKey, p.value])).toEqual([
      ['2025-10', null],
      ['2025-11', 8],
      ['2025-12', null],
      ['2026-01', 12],
      ['2026-02', null],
      ['2026-03', 33],
    ]);
    const rate = await getJson<TrendResponse>(
      committee,
      `/api/reports/trend?formId=${form.id}&unitId=${u.partial}&periodKey=2026-03&fieldKey=rate`,
    );
    expect(rate.points).toHaveLength(12);
    expect(rate.points.at(-1)).toMatchObject({ value: 75, reports: 1 });
  });

  it('compiles the texts per unit, in name order, page by page', async () => {
    const url = (extra: string) =>
      `/api/reports/compiled?formId=${form.id}&unitId=${u.root}&periodKey=2026-03&fieldKey=results${extra}`;
    const first = await getJson<CompiledResponse>(committee, url('&limit=1'));
    // Blank text (cell B) and a report not yet accepted (cell C) are left out.
    expect(first.total).toBe(2);
    expect(first.items.map((i) => [i.unit.name, i.parent?.name, i.text])).toEqual([
      ['Chi bộ An', 'Đảng bộ Xã Tổng hợp', 'Chi bộ An hoàn thành tốt'],
    ]);
    const second = await getJson<CompiledResponse>(committee, url(`&limit=1&cursor=${first.nextCursor}`));
    expect(second.items.map((i) => [i.unit.name, i.parent?.name, i.text])).toEqual([
      ['Đảng bộ Xã Tổng hợp', 'Đảng bộ Tỉnh Tổng hợp', 'Báo cáo của đảng ủy'],
    ]);
    expect(second.nextCursor).toBeNull();
    expect(first.fields.map((f) => f.key)).toEqual(['results', 'opinions']);
    const table = await getJson<CompiledResponse>(
      committee,
      `/api/reports/compiled?formId=${form.id}&unitId=${u.root}&periodKey=2026-03&fieldKey=opinions`,
    );
    expect(table.items.map((i) => [i.unit.name, i.rows])).toEqual([
      ['Chi bộ Bình', [['Giá đất', 'Lo ngại giá đất tăng']]],
    ]);
  });

  it('refuses unknown fields and periods, and hides what is outside the reach', async () => {
    const base = `formId=${form.id}&unitId=${u.root}&periodKey=2026-03`;
    const badField = await committee.get(`/api/reports/trend?${base}&fieldKey=results`);
    expect(badField.statusCode).toBe(400);
    expect(badField.json().field).toBe('fieldKey');
    const badText = await committee.get(`/api/reports/compiled?${base}&fieldKey=members`);
    expect(badText.statusCode).toBe(400);
    expect(badText.json().field).toBe('fieldKey');
    const badPeriod = await committee.get(
      `/api/reports/aggregate?formId=${form.id}&unitId=${u.root}&periodKey=2026-Q1`,
    );
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json()).toMatchObject({ field: 'periodKey', code: 'REPORT_PERIOD_INVALID' });
    const secretary = await signedIn(t, 'agg-secretary', [{ role: 'cell_secretary', unitId: u.cellA }]);
    const outside = await secretary.get(`/api/reports/aggregate?${base}`);
    expect(outside.statusCode).toBe(404);
    const own = await getJson<AggregateResponse>(
      secretary,
      `/api/reports/aggregate?formId=${form.id}&unitId=${u.cellA}&periodKey=2026-03`,
    );
    expect(own.trail.map((x) => x.name)).toEqual(['Chi bộ An']);
    // A form of a committee elsewhere in the tree is not found from this one.
    const elsewhere = await makeUnit(t.database.db, top.id, 'grassroots', 'Đảng bộ Khác');
    const otherForm = await formRow(t.database.db, elsewhere.id);
    const foreign = await committee.get(
      `/api/reports/aggregate?formId=${otherForm.id}&unitId=${u.root}&periodKey=2026-03`,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().field).toBe('formId');
  });
});
