import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionValues } from '../../src/contracts/reports';
import { periodContaining, periodsEndingWith } from '../../src/domain/report-periods';
import { addDays, todayIso } from '../../src/server/modules/org/calendar';
import { units as orgUnits } from '../../src/server/modules/org/schema';
import { ideologyCellDefinition } from '../../src/server/modules/reports/built-in-forms';
import { reportForms, reportThemeMentions, reportThemes } from '../../src/server/modules/reports/schema';
import {
  checkThemeRows,
  clearThemeMentions,
  recordThemeMentions,
} from '../../src/server/modules/reports/theme-mentions';
import { auditLog } from '../../src/server/platform/audit/schema';
import { AppError } from '../../src/server/platform/errors/app-error';
import { makeUnit } from '../factories';
import type { Agent } from '../harness';
import { submissionRow } from '../report-factory';
import { createWorldApp, type WorldApp } from '../world-app';
import { signedIn } from './org-world';

let t: WorldApp;
let committee: Agent;
let secretary: Agent;
let viewer: Agent;
let outsider: Agent;
let partialCommittee: Agent;
let form: typeof reportForms.$inferSelect;
const units = { partial: '', cellP: '' };
const today = todayIso();

beforeAll(async () => {
  t = await createWorldApp();
  const db = t.database.db;
  const { root } = t.world;
  units.partial = (await makeUnit(db, root.id, 'partial', 'Đảng bộ bộ phận Phường 1')).id;
  units.cellP = (await makeUnit(db, units.partial, 'cell', 'Chi bộ Khu phố 3')).id;
  committee = await signedIn(t, 'th-committee', [{ role: 'committee', unitId: root.id }]);
  secretary = await signedIn(t, 'th-secretary', [{ role: 'cell_secretary', unitId: t.world.cellA.id }]);
  viewer = await signedIn(t, 'th-viewer', [{ role: 'viewer', unitId: root.id }]);
  outsider = await signedIn(t, 'th-outsider', [{ role: 'committee', unitId: t.world.other.id }]);
  partialCommittee = await signedIn(t, 'th-partial', [{ role: 'committee', unitId: units.partial }]);
  const [builtIn] = await db.select().from(reportForms).where(eq(reportForms.code, 'TT-CB'));
  if (!builtIn) throw new Error('no TT-CB');
  form = builtIn;
});
afterAll(() => t.close());

interface Theme {
  id: string;
  name: string;
  status: string;
  version: number;
  canEdit: boolean;
  owner: { id: string; name: string };
  handledOn: string | null;
  handlingNote: string | null;
}

const create = async (agent: Agent, ownerUnitId: string, name: string, description?: string) => {
  const res = await agent.post('/api/report-themes', { ownerUnitId, name, description });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Theme;
};
const themeRow = async (id: string) =>
  (await t.database.db.select().from(reportThemes).where(eq(reportThemes.id, id)))[0];
const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

/** An opinion row of the TT-CB form. */
const opinion = (theme: string | null, content: string, proposal: string | null = null) => ({
  cells: { theme, content, proposal },
});
const reportValues = (opinions: ReturnType<typeof opinion>[]): SubmissionValues => ({
  members: 20,
  concerned: 1,
  mood: 'Đảng viên yên tâm công tác, tin tưởng vào sự lãnh đạo của Đảng.',
  opinions,
});
/** A sent TT-CB report of a unit for a month, its theme mentions recorded as the submit step does. */
const sentReport = async (unitId: string, month: string, opinions: ReturnType<typeof opinion>[]) => {
  const row = await submissionRow(t.database.db, form, unitId, month, reportValues(opinions));
  await recordThemeMentions(t.database.db, row, ideologyCellDefinition);
  return row;
};

describe('themes of a committee', () => {
  it('a committee adds a theme; its name is unique per committee whatever the case', async () => {
    const before = await auditCount();
    const theme = await create(committee, t.world.root.id, 'Giá cả, đời sống', 'Giá điện, xăng tăng');
    expect(theme).toMatchObject({
      name: 'Giá cả, đời sống',
      status: 'open',
      version: 1,
      canEdit: true,
      owner: { id: t.world.root.id, name: 'Đảng bộ Thử nghiệm' },
    });
    expect(await auditCount()).toBe(before + 1);
    const again = await committee.post('/api/report-themes', {
      ownerUnitId: t.world.root.id,
      name: '  GIÁ CẢ, ĐỜI SỐNG ',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'REPORT_THEME_NAME_TAKEN', field: 'name' });
    expect(again.json().message).toContain('Giá cả, đời sống');
    // Another committee may follow a theme of the same name.
    await create(partialCommittee, units.partial, 'Giá cả, đời sống');
  });

  it('refuses a cell as owner, writers elsewhere and unseen units, writing nothing', async () => {
    const before = await t.database.db.select({ n: count() }).from(reportThemes);
    const asCell = await secretary.post('/api/report-themes', {
      ownerUnitId: t.world.cellA.id,
      name: 'Đất đai',
    });
    expect(asCell.statusCode).toBe(400);
    expect(asCell.json()).toMatchObject({ code: 'REPORT_THEME_OWNER_NOT_COMMITTEE', field: 'ownerUnitId' });
    const aboveSecretary = await secretary.post('/api/report-themes', {
      ownerUnitId: t.world.root.id,
      name: 'Đất đai',
    });
    expect(aboveSecretary.statusCode).toBe(404);
    expect(
      (await viewer.post('/api/report-themes', { ownerUnitId: t.world.root.id, name: 'X' })).statusCode,
    ).toBe(403);
    const elsewhere = await outsider.post('/api/report-themes', {
      ownerUnitId: t.world.root.id,
      name: 'Đất đai',
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().field).toBe('ownerUnitId');
    const blank = await committee.post('/api/report-themes', { ownerUnitId: t.world.root.id, name: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().field).toBe('name');
    expect(blank.json().message).toContain('Tên chủ đề');
    const noOwner = await committee.post('/api/report-themes', {
      ownerUnitId: 'not-a-unit',
      name: 'Đất đai',
    });
    expect(noOwner.statusCode).toBe(400);
    expect(noOwner.json().message).toContain('Cấp ủy theo dõi chủ đề');
    expect(noOwner.json().message).not.toContain('Sổ văn bản của');
    expect(await t.database.db.select({ n: count() }).from(reportThemes)).toEqual(before);
  });

  it('renames a theme at the version seen; a taken name or a stale version is refused', async () => {
    const theme = await create(committee, t.world.root.id, 'Chuyển đổi số');
    await create(committee, t.world.root.id, 'Dịch vụ công');
    const renamed = await committee.put(`/api/report-themes/${theme.id}`, {
      name: 'Chuyển đổi số, dịch vụ công trực tuyến',
      description: 'Ý kiến về thủ tục hành chính trên cổng dịch vụ công',
      version: 1,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Chuyển đổi số, dịch vụ công trực tuyến', version: 2 });
    const stale = await committee.put(`/api/report-themes/${theme.id}`, { name: 'Khác', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().field).toBe('version');
    const taken = await committee.put(`/api/report-themes/${theme.id}`, { name: 'dịch vụ công', version: 2 });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().field).toBe('name');
    // Its own name in another case is not a clash with itself.
    const recased = await committee.put(`/api/report-themes/${theme.id}`, {
      name: 'CHUYỂN ĐỔI SỐ, DỊCH VỤ CÔNG TRỰC TUYẾN',
      version: 2,
    });
    expect(recased.statusCode).toBe(200);
    expect((await themeRow(theme.id))?.version).toBe(3);
    const bySecretary = await secretary.put(`/api/report-themes/${theme.id}`, { name: 'Khác', version: 3 });
    expect(bySecretary.statusCode).toBe(403);
    expect(
      (await outsider.put(`/api/report-themes/${theme.id}`, { name: 'Khác', version: 3 })).statusCode,
    ).toBe(404);
  });

  it("lists the themes a unit's reports may name: its committees' own, handled ones last", async () => {
    const handled = await create(committee, t.world.root.id, 'Đã xong từ trước');
    const done = await committee.post(`/api/report-themes/${handled.id}/status`, {
      status: 'handled',
      handlingNote: 'Đã trả lời',
      handledOn: today,
      version: 1,
    });
    expect(done.statusCode, done.body).toBe(200);
    const partialOwn = await create(partialCommittee, units.partial, 'Trật tự đô thị');
    const ofCellP = (await partialCommittee.get(`/api/report-themes?unitId=${units.cellP}`)).json();
    const names = ofCellP.items.map((i: Theme) => i.name);
    // The nearest committee's themes first, then those above; handled last.
    expect(names.indexOf('Trật tự đô thị')).toBeLessThan(names.indexOf('Dịch vụ công'));
    expect(names.at(-1)).toBe('Đã xong từ trước');
    expect(ofCellP.items.find((i: Theme) => i.id === partialOwn.id).canEdit).toBe(true);
    expect(ofCellP.items.find((i: Theme) => i.owner.id === t.world.root.id).canEdit).toBe(false);
    const ofCellA = (await secretary.get(`/api/report-themes?unitId=${t.world.cellA.id}`)).json();
    expect(ofCellA.items.every((i: Theme) => i.owner.id === t.world.root.id)).toBe(true);
    expect(ofCellA.items.map((i: Theme) => i.name)).not.toContain('Trật tự đô thị');
    expect((await outsider.get(`/api/report-themes?unitId=${t.world.cellA.id}`)).statusCode).toBe(404);
    expect((await secretary.get(`/api/report-themes?unitId=${t.world.root.id}`)).statusCode).toBe(404);
  });
});

describe('handling a theme', () => {
  it('open → handling → handled with a note and a day not after today, and back to open', async () => {
    const theme = await create(committee, t.world.root.id, 'Đất đai, giải phóng mặt bằng');
    const url = `/api/report-themes/${theme.id}/status`;
    const handling = await committee.post(url, {
      status: 'handling',
      handlingNote: 'Giao Ban Dân vận',
      version: 1,
    });
    expect(handling.json()).toMatchObject({
      status: 'handling',
      handlingNote: 'Giao Ban Dân vận',
      version: 2,
    });

    const refusals = [
      [{ status: 'handled', handledOn: today, version: 2 }, 'handlingNote', 'REPORT_THEME_NOTE_REQUIRED'],
      [
        { status: 'handled', handlingNote: '   ', handledOn: today, version: 2 },
        'handlingNote',
        'REPORT_THEME_NOTE_REQUIRED',
      ],
      [
        { status: 'handled', handlingNote: 'Đã đối thoại', version: 2 },
        'handledOn',
        'REPORT_THEME_HANDLED_ON_REQUIRED',
      ],
      [
        { status: 'handled', handlingNote: 'Đã đối thoại', handledOn: addDays(today, 1), version: 2 },
        'handledOn',
        'REPORT_THEME_HANDLED_ON_FUTURE',
      ],
      [
        { status: 'handling', handledOn: today, version: 2 },
        'handledOn',
        'REPORT_THEME_HANDLED_ON_NOT_HANDLED',
      ],
      [
        { status: 'handled', handlingNote: 'x', handledOn: '2026-02-30', version: 2 },
        'handledOn',
        'VALIDATION',
      ],
      [{ status: 'closed', version: 2 }, 'status', 'VALIDATION'],
      [{ status: 'handled', handlingNote: 'x', handledOn: today, version: 1 }, 'version', 'STALE_VERSION'],
    ] as const;
    const before = await themeRow(theme.id);
    for (const [body, field, code] of refusals) {
      const res = await committee.post(url, body);
      expect(res.statusCode, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json(), JSON.stringify(body)).toMatchObject({ field, code });
    }
    expect(await themeRow(theme.id)).toEqual(before);

    const handled = await committee.post(url, {
      status: 'handled',
      handlingNote: 'Đã tổ chức đối thoại với các hộ dân',
      handledOn: addDays(today, -2),
      version: 2,
    });
    expect(handled.json()).toMatchObject({ status: 'handled', handledOn: addDays(today, -2), version: 3 });
    const reopened = await committee.post(url, { status: 'open', version: 3 });
    expect(reopened.json()).toMatchObject({
      status: 'open',
      handledOn: null,
      handlingNote: null,
      version: 4,
    });
    expect((await viewer.post(url, { status: 'handling', version: 4 })).statusCode).toBe(403);
    expect((await partialCommittee.post(url, { status: 'handling', version: 4 })).statusCode).toBe(403);
  });
});

describe('mentions from the opinion rows of a sent report', () => {
  it('records one mention per row naming a theme, with content and proposal; clears them again', async () => {
    const theme = await create(committee, t.world.root.id, 'Sắp xếp, tinh gọn bộ máy');
    const row = await submissionRow(
      t.database.db,
      form,
      t.world.cellA.id,
      '2026-01',
      reportValues([
        opinion(theme.id, '  Lo lắng về việc làm sau sắp xếp  ', 'Sớm công bố phương án nhân sự'),
        opinion(null, 'Ý kiến chung không gắn chủ đề'),
        opinion(theme.id.toUpperCase(), 'Băn khoăn về chế độ nghỉ hưu trước tuổi'),
      ]),
    );
    expect(await recordThemeMentions(t.database.db, row, ideologyCellDefinition)).toBe(2);
    const mentions = await t.database.db
      .select()
      .from(reportThemeMentions)
      .where(eq(reportThemeMentions.submissionId, row.id));
    expect(
      mentions.map((m) => [m.themeId, m.unitId, m.periodKey, m.periodEnd, m.content, m.proposal]).sort(),
    ).toEqual(
      [
        [
          theme.id,
          t.world.cellA.id,
          '2026-01',
          '2026-01-31',
          'Băn khoăn về chế độ nghỉ hưu trước tuổi',
          null,
        ],
        [
          theme.id,
          t.world.cellA.id,
          '2026-01',
          '2026-01-31',
          'Lo lắng về việc làm sau sắp xếp',
          'Sớm công bố phương án nhân sự',
        ],
      ].sort(),
    );
    await clearThemeMentions(t.database.db, row.id);
    const left = await t.database.db
      .select({ n: count() })
      .from(reportThemeMentions)
      .where(eq(reportThemeMentions.submissionId, row.id));
    expect(left[0]?.n).toBe(0);
  });

  it("refuses a row naming another committee's theme or no theme at all, naming the field and the row", async () => {
    const ownTheme = await create(committee, t.world.root.id, 'An ninh trật tự');
    const partialTheme = await create(partialCommittee, units.partial, 'Vệ sinh môi trường');
    const otherTheme = await create(outsider, t.world.other.id, 'Chủ đề nơi khác');
    const cases: Array<[unknown, number]> = [
      [partialTheme.id, 2],
      [otherTheme.id, 2],
      ['không-phải-mã', 2],
      [42, 2],
      ['00000000-0000-4000-8000-000000000000', 2],
    ];
    for (const [bad, row] of cases) {
      const values = reportValues([
        opinion(ownTheme.id, 'Ý kiến hợp lệ'),
        { cells: { theme: bad as string, content: 'Ý kiến sai chủ đề', proposal: null } },
      ]);
      const error = await checkThemeRows(
        t.database.db,
        (await cellPath('A')) as string,
        ideologyCellDefinition,
        values,
      ).catch((e: unknown) => e);
      expect(error, String(bad)).toBeInstanceOf(AppError);
      expect((error as AppError).statusCode).toBe(400);
      expect((error as AppError).code).toBe('REPORT_THEME_UNKNOWN');
      expect((error as AppError).options).toMatchObject({
        field: 'values.opinions',
        params: { row, label: 'Những ý kiến, dư luận nổi bật' },
      });
    }
    // The partial committee's cell may name both its committee's theme and the root's.
    const fine = await checkThemeRows(
      t.database.db,
      (await cellPath('P')) as string,
      ideologyCellDefinition,
      reportValues([opinion(partialTheme.id, 'Rác thải'), opinion(ownTheme.id, 'Trộm cắp vặt')]),
    );
    expect(fine.map((m) => m.themeId)).toEqual([partialTheme.id, ownTheme.id]);
    // Nothing recorded by a refused report.
    const row = await submissionRow(
      t.database.db,
      form,
      t.world.cellB.id,
      '2026-01',
      reportValues([opinion(partialTheme.id, 'Sai')]),
    );
    await expect(recordThemeMentions(t.database.db, row, ideologyCellDefinition)).rejects.toBeInstanceOf(
      AppError,
    );
    const left = await t.database.db
      .select({ n: count() })
      .from(reportThemeMentions)
      .where(eq(reportThemeMentions.submissionId, row.id));
    expect(left[0]?.n).toBe(0);
  });
});

const cellPath = async (which: 'A' | 'P') => {
  const id = which === 'A' ? t.world.cellA.id : units.cellP;
  return (await t.database.db.select({ p: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, id)))[0]?.p;
};

interface OverviewRow extends Theme {
  mentions: number;
  units: number;
  periods: number;
  firstPeriod: { key: string; label: string } | null;
  lastPeriod: { key: string; label: string } | null;
  recurring: boolean;
}

describe("the committee's overview of themes", () => {
  const th = { land: '', prices: '', digital: '', quiet: '', partialOwn: '' };
  beforeAll(async () => {
    // A fresh committee tree so the counts are exact: G with cells X, Y and partial Q holding cell Z.
    const db = t.database.db;
    const g = await makeUnit(db, null, 'grassroots', 'Đảng bộ Tổng hợp');
    const x = await makeUnit(db, g.id, 'cell', 'Chi bộ X');
    const y = await makeUnit(db, g.id, 'cell', 'Chi bộ Y');
    const q = await makeUnit(db, g.id, 'partial', 'Đảng bộ bộ phận Q');
    const z = await makeUnit(db, q.id, 'cell', 'Chi bộ Z');
    Object.assign(th, { g: g.id, x: x.id, y: y.id, q: q.id, z: z.id });
    const gc = await signedIn(t, 'ov-committee', [{ role: 'committee', unitId: g.id }]);
    const qc = await signedIn(t, 'ov-partial', [{ role: 'committee', unitId: q.id }]);
    Object.assign(agentsOv, {
      gc,
      qc,
      xs: await signedIn(t, 'ov-sec-x', [{ role: 'cell_secretary', unitId: x.id }]),
    });
    th.land = (await create(gc, g.id, 'Đất đai')).id;
    th.prices = (await create(gc, g.id, 'Giá cả')).id;
    th.digital = (await create(gc, g.id, 'Chuyển đổi số')).id;
    th.quiet = (await create(gc, g.id, 'Chưa ai nhắc')).id;
    th.partialOwn = (await create(qc, q.id, 'Chợ tạm')).id;
    // Land: X in three months (one unit, three periods). Prices: X and Y in one month (two units).
    // Digital: once by Y. Partial's own theme: Z twice in one report. Land also by Z in the last month.
    await sentReport(x.id, '2026-01', [
      opinion(th.land, 'Đền bù chậm', 'Đối thoại với dân'),
      opinion(th.prices, 'Giá điện'),
    ]);
    await sentReport(x.id, '2026-02', [opinion(th.land, 'Tái định cư')]);
    await sentReport(x.id, '2026-03', [opinion(th.land, 'Khiếu nại')]);
    await sentReport(y.id, '2026-01', [
      opinion(th.prices, 'Giá xăng'),
      opinion(th.digital, 'Cổng dịch vụ công chậm'),
    ]);
    await sentReport(z.id, '2026-03', [
      opinion(th.partialOwn, 'Chợ tạm lấn chiếm lòng đường'),
      opinion(th.partialOwn, 'Mất vệ sinh'),
      opinion(th.land, 'Thu hồi đất làm đường'),
    ]);
  });
  const agentsOv = {} as Record<'gc' | 'qc' | 'xs', Agent>;
  const overview = async (agent: Agent, unitId: string, query = '') => {
    const res = await agent.get(`/api/report-themes/overview?unitId=${unitId}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as OverviewRow[];
  };
  const ids = th as typeof th & Record<'g' | 'x' | 'y' | 'q' | 'z', string>;

  it('counts mentions, units and periods per theme; recurring ones first, then by mentions', async () => {
    const items = await overview(agentsOv.gc, ids.g);
    expect(
      items.map((i) => [
        i.name,
        i.mentions,
        i.units,
        i.periods,
        i.firstPeriod?.key ?? null,
        i.lastPeriod?.key ?? null,
        i.recurring,
      ]),
    ).toEqual([
      ['Đất đai', 4, 2, 3, '2026-01', '2026-03', true],
      ['Giá cả', 2, 2, 1, '2026-01', '2026-01', true],
      ['Chợ tạm', 2, 1, 1, '2026-03', '2026-03', false],
      ['Chuyển đổi số', 1, 1, 1, '2026-01', '2026-01', false],
      ['Chưa ai nhắc', 0, 0, 0, null, null, false],
    ]);
    expect(items[0]?.lastPeriod?.label).toBe('Tháng 03/2026');
    // The committee writes for its whole subtree: the partial committee's theme is its to change too.
    expect(items.find((i) => i.name === 'Chợ tạm')?.canEdit).toBe(true);
    expect(items.find((i) => i.name === 'Đất đai')?.canEdit).toBe(true);
  });

  it('filters by the period range (period ends within) and by status', async () => {
    const febMar = await overview(agentsOv.gc, ids.g, '&from=2026-02-01&to=2026-03-31');
    expect(febMar.map((i) => [i.name, i.mentions, i.units, i.periods, i.recurring])).toEqual([
      ['Đất đai', 3, 2, 2, true],
      ['Chợ tạm', 2, 1, 1, false],
      ['Chuyển đổi số', 0, 0, 0, false],
      ['Chưa ai nhắc', 0, 0, 0, false],
      ['Giá cả', 0, 0, 0, false],
    ]);
    const jan = await overview(agentsOv.gc, ids.g, '&from=2026-01-01&to=2026-01-31');
    expect(jan.find((i) => i.name === 'Đất đai')).toMatchObject({ mentions: 1, recurring: false });
    const land = (await overview(agentsOv.gc, ids.g)).find((i) => i.id === th.land) as OverviewRow;
    await agentsOv.gc.post(`/api/report-themes/${th.land}/status`, {
      status: 'handling',
      handlingNote: 'Giao Ban Dân vận',
      version: land.version,
    });
    const handling = await overview(agentsOv.gc, ids.g, '&status=handling');
    expect(handling.map((i) => i.name)).toEqual(['Đất đai']);
    expect((await overview(agentsOv.gc, ids.g, '&status=handled')).length).toBe(0);
    const reversed = await agentsOv.gc.get(
      `/api/report-themes/overview?unitId=${ids.g}&from=2026-03-01&to=2026-02-01`,
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ field: 'to', code: 'REPORT_THEME_RANGE' });
    const badDate = await agentsOv.gc.get(`/api/report-themes/overview?unitId=${ids.g}&from=2026-13-01`);
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().field).toBe('from');
  });

  it("counts only the committee's own subtree: the partial committee sees Z's mentions", async () => {
    const items = await overview(agentsOv.qc, ids.q);
    expect(items.map((i) => [i.name, i.mentions, i.units, i.canEdit])).toEqual([
      ['Chợ tạm', 2, 1, true],
      ['Đất đai', 1, 1, false],
    ]);
    // A cell's secretary does not read the committee's overview; an outsider does not see it at all.
    expect((await agentsOv.xs.get(`/api/report-themes/overview?unitId=${ids.g}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/report-themes/overview?unitId=${ids.g}`)).statusCode).toBe(404);
  });

  it("lists a theme's mentions with unit and period, latest first, paged by key", async () => {
    const all = (await agentsOv.gc.get(`/api/report-themes/${th.land}/mentions?unitId=${ids.g}`)).json();
    expect(all.total).toBe(4);
    expect(
      all.items.map((m: { unit: { name: string }; period: { key: string }; content: string }) => [
        m.period.key,
        m.unit.name,
        m.content,
      ]),
    ).toEqual([
      ['2026-03', 'Chi bộ X', 'Khiếu nại'],
      ['2026-03', 'Chi bộ Z', 'Thu hồi đất làm đường'],
      ['2026-02', 'Chi bộ X', 'Tái định cư'],
      ['2026-01', 'Chi bộ X', 'Đền bù chậm'],
    ]);
    expect(all.items[3]).toMatchObject({ proposal: 'Đối thoại với dân', period: { label: 'Tháng 01/2026' } });
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 10; i++) {
      const page = (
        await agentsOv.gc.get(
          `/api/report-themes/${th.land}/mentions?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      expect(page.total).toBe(4);
      seen.push(...page.items.map((m: { id: string }) => m.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((m: { id: string }) => m.id));
    const inRange = (
      await agentsOv.gc.get(`/api/report-themes/${th.land}/mentions?from=2026-02-01&to=2026-02-28`)
    ).json();
    expect(inRange.items.map((m: { content: string }) => m.content)).toEqual(['Tái định cư']);
    // The partial committee reads the root's theme but only its own subtree's mentions.
    const fromQ = (await agentsOv.qc.get(`/api/report-themes/${th.land}/mentions`)).json();
    expect(fromQ.items.map((m: { content: string }) => m.content)).toEqual(['Thu hồi đất làm đường']);
    // A secretary of X sees the theme its cell names, and only its cell's mentions.
    const fromX = (await agentsOv.xs.get(`/api/report-themes/${th.land}/mentions`)).json();
    expect(fromX.total).toBe(3);
    expect((await outsider.get(`/api/report-themes/${th.land}/mentions`)).statusCode).toBe(404);
    expect((await agentsOv.gc.get(`/api/report-themes/${th.land}/mentions?cursor=zzz`)).json().field).toBe(
      'cursor',
    );
  });
});

describe('mentions follow the report through the submissions service', () => {
  const mentionsOf = async (submissionId: string) =>
    (
      await t.database.db
        .select({ content: reportThemeMentions.content })
        .from(reportThemeMentions)
        .where(eq(reportThemeMentions.submissionId, submissionId))
    ).map((m) => m.content);

  it('recorded when sent, cleared when returned or reopened, recorded again when sent again', async () => {
    const db = t.database.db;
    // The world's units were founded today; the report is about an earlier month.
    await db.update(orgUnits).set({ foundedOn: '2020-01-01' });
    const theme = await create(committee, t.world.root.id, 'Ý kiến về cải cách tiền lương');
    const month = periodsEndingWith(periodContaining('month', today), 3)[0]?.key as string;
    const opened = await secretary.post('/api/report-submissions/open', {
      formId: form.id,
      unitId: t.world.cellA.id,
      periodKey: month,
    });
    expect(opened.statusCode, opened.body).toBeLessThan(300);
    const id = opened.json().id as string;
    const version = async () =>
      (await secretary.get(`/api/report-submissions/${id}`)).json().version as number;
    const save = async (opinions: ReturnType<typeof opinion>[]) => {
      const res = await secretary.put(`/api/report-submissions/${id}`, {
        values: reportValues(opinions),
        version: await version(),
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    const send = async () =>
      secretary.post(`/api/report-submissions/${id}/submit`, { version: await version() });

    await save([opinion(theme.id, 'Mong sớm thực hiện bảng lương mới', 'Tuyên truyền lộ trình')]);
    expect((await send()).statusCode).toBe(200);
    expect(await mentionsOf(id)).toEqual(['Mong sớm thực hiện bảng lương mới']);

    const returned = await committee.post(`/api/report-submissions/${id}/return`, {
      comment: 'Bổ sung ý kiến của đảng viên hưu trí',
      version: await version(),
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(await mentionsOf(id)).toEqual([]);

    await save([
      opinion(theme.id, 'Mong sớm thực hiện bảng lương mới'),
      opinion(theme.id, 'Hưu trí băn khoăn'),
    ]);
    expect((await send()).statusCode).toBe(200);
    expect((await mentionsOf(id)).sort()).toEqual(['Hưu trí băn khoăn', 'Mong sớm thực hiện bảng lương mới']);
    const accepted = await committee.post(`/api/report-submissions/${id}/accept`, {
      version: await version(),
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await mentionsOf(id)).toHaveLength(2);
    const reopened = await committee.post(`/api/report-submissions/${id}/reopen`, {
      reason: 'Chi bộ xin sửa số liệu',
      version: await version(),
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(await mentionsOf(id)).toEqual([]);

    // A theme cell A may not name: the report is refused naming the table, and stays as it was.
    const foreign = await create(partialCommittee, units.partial, 'Chủ đề của đảng bộ bộ phận');
    await save([opinion(foreign.id, 'Không được chọn')]);
    const before = await secretary.get(`/api/report-submissions/${id}`);
    const refused = await send();
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'REPORT_THEME_UNKNOWN', field: 'values.opinions' });
    expect(refused.json().message).toContain('Dòng 1');
    expect((await secretary.get(`/api/report-submissions/${id}`)).json()).toEqual(before.json());
    expect(await mentionsOf(id)).toEqual([]);
  });
});
