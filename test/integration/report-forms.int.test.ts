import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition, ReportFormDetail, TableField } from '../../src/contracts/report-forms';
import { reportForms, reportFormVersions, reportSubmissions } from '../../src/server/modules/reports/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import type { Agent } from '../harness';
import { sampleDefinition, submissionRow } from '../report-factory';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let committee: Agent;
let secretary: Agent;
let viewer: Agent;
let outsider: Agent;

const signIn = (username: string) => signInAs(t, username);

beforeAll(async () => {
  t = await createWorldApp();
  committee = await signIn('w-committee');
  secretary = await signIn('w-secretary');
  viewer = await signIn('w-viewer');
  outsider = await signIn('w-outsider');
});
afterAll(() => t.close());

let codes = 0;
const createBody = (extra: Record<string, unknown> = {}) => ({
  ownerUnitId: t.world.root.id,
  code: `BC-${++codes}`,
  name: 'Báo cáo công tác đảng hằng tháng',
  periodType: 'month',
  submitterKinds: ['cell'],
  dueDays: 5,
  opensDaysBefore: 3,
  startsOn: '2024-01-01',
  definition: sampleDefinition,
  ...extra,
});
const create = async (extra: Record<string, unknown> = {}) => {
  const res = await committee.post('/api/report-forms', createBody(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ReportFormDetail;
};
const updateBody = (
  form: ReportFormDetail,
  definition: FormDefinition,
  extra: Record<string, unknown> = {},
) => ({
  name: form.name,
  periodType: form.periodType,
  submitterKinds: form.submitterKinds,
  dueDays: form.dueDays,
  opensDaysBefore: form.opensDaysBefore,
  startsOn: form.startsOn,
  description: form.description,
  definition,
  version: form.version,
  ...extra,
});
const formRowOf = async (id: string) =>
  (
    await t.database.db.select().from(reportForms).where(eq(reportForms.id, id))
  )[0] as typeof reportForms.$inferSelect;
const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;
/** What the form stores: its row, its versions, its reports. */
const stored = async (id: string) => {
  const db = t.database.db;
  return JSON.stringify([
    await db.select().from(reportForms).where(eq(reportForms.id, id)),
    await db.select().from(reportFormVersions).where(eq(reportFormVersions.formId, id)),
    await db
      .select()
      .from(reportSubmissions)
      .where(eq(reportSubmissions.formId, id))
      .orderBy(reportSubmissions.id),
    await auditCount(),
  ]);
};
const copy = (): FormDefinition => structuredClone(sampleDefinition);
const figures = (d: FormDefinition) => d.sections[0]?.fields ?? [];
const withExtraField = () => {
  const d = copy();
  figures(d).push({
    kind: 'number',
    key: 'admitted',
    label: 'Số đảng viên kết nạp',
    help: null,
    unit: 'người',
    integer: true,
    min: 0,
    max: null,
    aggregate: 'sum',
    source: 'admission.admitted',
    required: false,
    retired: false,
  });
  return d;
};

describe('creating a form', () => {
  it('makes version 1 with its definition, audited', async () => {
    const before = await auditCount();
    const form = await create();
    expect(form).toMatchObject({ currentVersionNo: 1, version: 1, status: 'active', canEdit: true });
    expect(form.owner?.id).toBe(t.world.root.id);
    expect(form.definition.sections.map((s) => s.key)).toEqual(['figures', 'narrative']);
    expect(form.versions).toEqual([expect.objectContaining({ versionNo: 1, submissions: 0 })]);
    expect(await auditCount()).toBe(before + 1);
  });

  it('refuses a code the owner already uses, naming the code, and writes nothing', async () => {
    const form = await create();
    const before = await auditCount();
    const res = await committee.post('/api/report-forms', createBody({ code: form.code }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'REPORT_FORM_CODE_TAKEN', field: 'code' });
    expect(res.json().message).toContain(form.code);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a cell as owner: cells do not define forms', async () => {
    const res = await committee.post('/api/report-forms', createBody({ ownerUnitId: t.world.cellA.id }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REPORT_FORM_OWNER_IS_CELL', field: 'ownerUnitId' });
  });

  it('refuses definitions with clashing keys, rules over text or missing fields, min above max', async () => {
    const dupe = copy();
    (dupe.sections[1]?.fields[0] as { key: string }).key = 'members';
    const textRule = copy();
    textRule.rules = [{ key: 'r', left: 'results', op: '<=', right: ['members'], label: null }];
    const ghostRule = copy();
    ghostRule.rules = [{ key: 'r', left: 'present', op: '<=', right: ['ghost'], label: null }];
    const bounds = copy();
    Object.assign(figures(bounds)[2] as object, { min: 50, max: 10 });
    const columns = copy();
    (figures(columns)[3] as TableField).columns.push({ key: 'n', label: 'Lặp', kind: 'text' });
    const cases: Array<[FormDefinition, string, string]> = [
      [dupe, 'REPORT_FORM_KEY_DUPLICATE', 'definition.sections.0.fields.0.key'],
      [textRule, 'REPORT_FORM_RULE_FIELD_NOT_NUMBER', 'definition.rules.0.left'],
      [ghostRule, 'REPORT_FORM_RULE_FIELD_UNKNOWN', 'definition.rules.0.right.0'],
      [bounds, 'REPORT_FORM_MIN_ABOVE_MAX', 'definition.sections.0.fields.2.min'],
      [columns, 'REPORT_FORM_COLUMN_DUPLICATE', 'definition.sections.0.fields.3.columns'],
    ];
    const before = await auditCount();
    for (const [definition, code, field] of cases) {
      const res = await committee.post('/api/report-forms', createBody({ definition }));
      expect(res.statusCode, code).toBe(400);
      expect(res.json(), code).toMatchObject({ code, field });
    }
    expect(await auditCount()).toBe(before);
  });
});

describe("naming a form's fields in errors", () => {
  const rejected = async (body: Record<string, unknown>) => {
    const res = await committee.post('/api/report-forms', createBody(body));
    expect(res.statusCode).toBe(400);
    return res.json() as { field: string; message: string };
  };

  it("names a field's label and kind and the owner as a form designer knows them", async () => {
    const unlabelled = copy();
    Object.assign(figures(unlabelled)[0] as object, { label: '' });
    const label = await rejected({ definition: unlabelled });
    expect(label.field).toBe('definition.sections.0.fields.0.label');
    expect(label.message).toContain('Nhãn (definition.sections.0.fields.0.label)');
    const unknownKind = copy();
    Object.assign(figures(unknownKind)[0] as object, { kind: 'colour' });
    const kind = await rejected({ definition: unknownKind });
    expect(kind.field).toBe('definition.sections.0.fields.0.kind');
    expect(kind.message).toContain('Loại trường');
    const owner = await rejected({ ownerUnitId: 'not-a-unit' });
    expect(owner.message).toContain('Cấp ủy sở hữu biểu mẫu');
    for (const { message } of [label, kind, owner])
      expect(message).not.toMatch(/Tên nhiệm kỳ|Loại tổ chức|Sổ văn bản của/);
  });

  it("leaves other modules' names as they are: a unit's kind is still the unit kind", async () => {
    const res = await t.admin.post('/api/units', {
      parentId: t.world.root.id,
      kind: 'colour',
      name: 'Chi bộ mới',
      code: 'CB-NEW',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('Loại tổ chức');
  });
});

describe('changing a form', () => {
  it('makes a changed definition version N+1; the same definition changes settings only', async () => {
    const form = await create();
    const res = await committee.put(
      `/api/report-forms/${form.id}`,
      updateBody(form, withExtraField(), { changeNote: 'Thêm số kết nạp' }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const v2 = res.json() as ReportFormDetail;
    expect(v2).toMatchObject({ currentVersionNo: 2, version: 2 });
    expect(v2.versions.map((v) => [v.versionNo, v.changeNote])).toEqual([
      [1, null],
      [2, 'Thêm số kết nạp'],
    ]);
    const renamed = await committee.put(
      `/api/report-forms/${form.id}`,
      updateBody(v2, v2.definition, { name: 'Tên mới', dueDays: 7 }),
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Tên mới', dueDays: 7, currentVersionNo: 2, version: 3 });
    expect(renamed.json().versions).toHaveLength(2);
    const v1 = await committee.get(`/api/report-forms/${form.id}/versions/1`);
    expect(v1.statusCode).toBe(200);
    expect(v1.json().definition).toEqual(sampleDefinition);
    expect((await committee.get(`/api/report-forms/${form.id}/versions/9`)).statusCode).toBe(404);
  });

  it('refuses a stale version with 409', async () => {
    const form = await create();
    const res = await committee.put(`/api/report-forms/${form.id}`, updateBody(form, copy(), { version: 7 }));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('STALE_VERSION');
  });

  it('keeps sent reports on their version and moves drafts, dropping values the form no longer has', async () => {
    const form = await create();
    const row = await formRowOf(form.id);
    const sent = await submissionRow(t.database.db, row, t.world.cellA.id, '2025-01', {
      members: 10,
      present: 8,
    });
    const draft = await submissionRow(
      t.database.db,
      row,
      t.world.cellB.id,
      '2025-02',
      { members: 12, ghost: 3 },
      { status: 'draft' },
    );
    const res = await committee.put(`/api/report-forms/${form.id}`, updateBody(form, withExtraField()));
    expect(res.statusCode, res.body).toBe(200);
    const reports = await t.database.db
      .select()
      .from(reportSubmissions)
      .where(eq(reportSubmissions.formId, form.id));
    const byId = new Map(reports.map((r) => [r.id, r]));
    expect(byId.get(sent.id)).toMatchObject({
      formVersionNo: 1,
      values: { members: 10, present: 8 },
      version: 1,
    });
    expect(byId.get(draft.id)).toMatchObject({ formVersionNo: 2, values: { members: 12 }, version: 2 });
    expect(res.json().versions.map((v: { submissions: number }) => v.submissions)).toEqual([1, 1]);
  });

  it('allows any change while no report has been sent (drafts only)', async () => {
    const form = await create();
    await submissionRow(
      t.database.db,
      await formRowOf(form.id),
      t.world.cellA.id,
      '2025-03',
      { results: 'x' },
      {
        status: 'draft',
      },
    );
    const d = copy();
    d.sections.pop();
    const res = await committee.put(`/api/report-forms/${form.id}`, updateBody(form, d));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().currentVersionNo).toBe(2);
  });

  describe('a change that would orphan data sent is refused with nothing written', () => {
    const change = (edit: (d: FormDefinition) => void) => {
      const d = copy();
      edit(d);
      return d;
    };
    const table = (d: FormDefinition) => figures(d)[3] as TableField;
    const cases: Array<[string, FormDefinition, string, string, Record<string, unknown>?]> = [
      ['removing a field', change((d) => d.sections.pop()), 'REPORT_FORM_FIELD_REMOVED', 'results'],
      [
        "changing a field's kind",
        change((d) => {
          figures(d)[1] = {
            kind: 'text',
            key: 'present',
            label: 'Dự',
            help: null,
            maxLength: 100,
            required: false,
            retired: false,
          };
          d.rules = [];
        }),
        'REPORT_FORM_FIELD_KIND_CHANGED',
        'present',
      ],
      [
        'changing sum to average',
        change((d) => Object.assign(figures(d)[0] as object, { aggregate: 'avg' })),
        'REPORT_FORM_AGGREGATE_CHANGED',
        'members',
      ],
      [
        'changing whole number',
        change((d) => Object.assign(figures(d)[2] as object, { integer: true })),
        'REPORT_FORM_INTEGER_CHANGED',
        'rate',
      ],
      [
        'dropping a column',
        change((d) => {
          table(d).columns = [{ key: 'm', label: 'Khác', kind: 'number' }];
        }),
        'REPORT_FORM_COLUMNS_DROPPED',
        'ages',
      ],
      [
        'dropping a fixed row',
        change((d) => {
          table(d).rows = [{ key: 'young', label: 'Dưới 35' }];
        }),
        'REPORT_FORM_ROWS_DROPPED',
        'ages',
      ],
      [
        'fixed rows made free',
        change((d) => {
          table(d).rows = [];
        }),
        'REPORT_FORM_ROWS_MODE_CHANGED',
        'ages',
      ],
      [
        'a new period type',
        copy(),
        'REPORT_FORM_PERIOD_TYPE_CHANGED',
        'periodType',
        { periodType: 'quarter' },
      ],
    ];
    let form: ReportFormDetail;
    beforeAll(async () => {
      form = await create();
      await submissionRow(
        t.database.db,
        await formRowOf(form.id),
        t.world.cellA.id,
        '2025-01',
        { members: 10 },
        {
          status: 'submitted',
        },
      );
    });
    it.each(cases)('%s', async (_name, definition, code, field, extra) => {
      const before = await stored(form.id);
      const res = await committee.put(`/api/report-forms/${form.id}`, updateBody(form, definition, extra));
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ code, field });
      if (code !== 'REPORT_FORM_PERIOD_TYPE_CHANGED') expect(res.json().message).toContain('Không dùng nữa');
      expect(await stored(form.id)).toBe(before);
    });
    it('while retiring the field, relabelling and adding one is accepted', async () => {
      const d = withExtraField();
      Object.assign(d.sections[1]?.fields[0] as object, { retired: true, label: 'Kết quả (cũ)' });
      const res = await committee.put(`/api/report-forms/${form.id}`, updateBody(form, d));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().currentVersionNo).toBe(2);
    });
  });
});

describe('who sees and changes forms', () => {
  let form: ReportFormDetail;
  beforeAll(async () => {
    form = await create();
  });

  it("lists a cell's forms: its committee's and the built-in ones, editable only by the committee", async () => {
    const mine = await secretary.get(`/api/report-forms?unitId=${t.world.cellA.id}`);
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as Array<{
      id: string;
      code: string;
      canEdit: boolean;
      builtIn: string | null;
    }>;
    expect(items.find((i) => i.id === form.id)?.canEdit).toBe(false);
    expect(
      items
        .filter((i) => i.builtIn)
        .map((i) => i.code)
        .sort(),
    ).toEqual(['TT-CB', 'TT-DU']);
    const theirs = await committee.get(`/api/report-forms?unitId=${t.world.cellA.id}`);
    expect(theirs.json().items.find((i: { id: string }) => i.id === form.id)?.canEdit).toBe(true);
    const builtIn = theirs.json().items.find((i: { code: string }) => i.code === 'TT-CB');
    expect(builtIn.canEdit).toBe(false);
    const admin = await t.admin.get('/api/report-forms');
    expect(admin.json().items.find((i: { code: string }) => i.code === 'TT-CB').canEdit).toBe(true);
  });

  it("hides another committee's forms: 404 to read, change or list by its unit", async () => {
    const other = await outsider.get('/api/report-forms');
    expect(other.json().items.map((i: { id: string }) => i.id)).not.toContain(form.id);
    expect((await outsider.get(`/api/report-forms/${form.id}`)).statusCode).toBe(404);
    expect((await outsider.put(`/api/report-forms/${form.id}`, updateBody(form, copy()))).statusCode).toBe(
      404,
    );
    expect((await outsider.get(`/api/report-forms?unitId=${t.world.cellA.id}`)).statusCode).toBe(404);
    const owned = await outsider.post('/api/report-forms', createBody());
    expect(owned.statusCode).toBe(404);
  });

  it('refuses readers and the built-in forms to a committee: 403', async () => {
    expect((await viewer.get(`/api/report-forms/${form.id}`)).statusCode).toBe(200);
    expect((await viewer.put(`/api/report-forms/${form.id}`, updateBody(form, copy()))).statusCode).toBe(403);
    expect((await secretary.post('/api/report-forms', createBody())).statusCode).toBe(403);
    const builtIn = (await committee.get('/api/report-forms'))
      .json()
      .items.find((i: { code: string }) => i.code === 'TT-CB');
    const res = await committee.post(`/api/report-forms/${builtIn.id}/status`, {
      status: 'retired',
      version: builtIn.version,
    });
    expect(res.statusCode).toBe(403);
  });

  it('retires a form: out of the list unless asked for, and back again', async () => {
    const fresh = await create();
    const retired = await committee.post(`/api/report-forms/${fresh.id}/status`, {
      status: 'retired',
      version: 1,
    });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ status: 'retired', version: 2 });
    const ids = async (q: string) =>
      (await committee.get(`/api/report-forms${q}`)).json().items.map((i: { id: string }) => i.id);
    expect(await ids('')).not.toContain(fresh.id);
    expect(await ids('?includeRetired=true')).toContain(fresh.id);
    const again = await committee.post(`/api/report-forms/${fresh.id}/status`, {
      status: 'retired',
      version: 2,
    });
    expect(again.json().code).toBe('REPORT_FORM_STATUS_SAME');
    const back = await committee.post(`/api/report-forms/${fresh.id}/status`, {
      status: 'active',
      version: 2,
    });
    expect(back.json().status).toBe('active');
  });
});
