import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemberBody } from '../../src/contracts/members';
import { activeStatuses } from '../../src/domain/member-codes';
import { completedMonths, memberViolations } from '../../src/domain/member-rules';
import { memberSearchText } from '../../src/domain/member-search';
import { nameSortKey } from '../../src/domain/name-sort';
import { type Database, queryRows } from '../../src/server/db/client';
import { addMonths } from '../../src/server/demo/calendar';
import { demoCellNames } from '../../src/server/demo/cells';
import { deferIndexes, inLoadTransaction } from '../../src/server/demo/loader';
import { hasSpellingVariant, newStyleSpelling } from '../../src/server/demo/names';
import {
  FEW_OFFICIAL_CELLS,
  generateReference,
  REFERENCE_ACTIVE_MEMBERS,
  TERM_ENDED_CELLS,
  VUSTA_NAME,
} from '../../src/server/demo/reference';
import { DEFAULT_SEED, DEMO_PASSWORD, type SeedSummary, seedDemo } from '../../src/server/demo/seed';
import { loadOrder, unitTable } from '../../src/server/demo/tables';
import { memberStatusEvents, members, memberUnitHistory } from '../../src/server/modules/members/schema';
import { type ReportUnit, reportUnit } from '../../src/server/modules/org/report-units-read';
import {
  positions,
  unitBodies,
  unitEvents,
  units,
  unitTerms,
  unitVersions,
} from '../../src/server/modules/org/schema';
import { dueReports } from '../../src/server/modules/reports/submission-queries';
import { auditLog } from '../../src/server/platform/audit/schema';
import { userRoles, users } from '../../src/server/platform/auth/schema';
import { Agent, createTestApp, freshDatabase, type TestApp } from '../harness';
import { expectMemberCountsConsistent } from '../member-counts';

// The data depends on the seed and the day it is drawn relative to; tests fix both.
const TODAY = '2026-11-22';
const PUBLIC_URL = 'http://localhost:3000';

let t: TestApp;
let database: Database;
let summary: SeedSummary;

// The demo writes its reports through the reports service (about five hundred sends and reviews): up to five
// minutes on a busy machine.
beforeAll(async () => {
  database = await freshDatabase();
  summary = await seedDemo(database, { publicUrl: PUBLIC_URL, today: TODAY });
  t = await createTestApp({}, database);
}, 600_000);
afterAll(() => t.close());

const db = () => database.db;

async function vusta() {
  const [row] = await db().select().from(units).where(eq(units.code, 'DB-VUSTA'));
  if (!row) throw new Error('no VUSTA');
  return row;
}

async function currentCellsOf(unitId: string) {
  return db()
    .select()
    .from(units)
    .where(and(eq(units.parentId, unitId), eq(units.kind, 'cell'), isNull(units.dissolvedOn)))
    .orderBy(asc(units.code));
}

/** A fingerprint of the loaded register and tree, the same whatever the engine. */
async function fingerprint(target: Database) {
  const [row] = await queryRows<{ members: string; units: string; offices: string }>(
    target.db,
    sql`select
      (select md5(string_agg(concat_ws('|', id, full_name, sort_key, birth_date, citizen_id, card_number, unit_path,
         status, status_since, admission_date, official_date, phone), ',' order by id)) from members) as members,
      (select md5(string_agg(concat_ws('|', id, name, code, path, founded_on, dissolved_on), ',' order by id))
         from org_units) as units,
      (select md5(string_agg(concat_ws('|', id, member_id, title, starts_on, ends_on), ',' order by id))
         from org_positions) as offices`,
  );
  return row;
}

describe('the demo generator', () => {
  it('draws the same data from the same seed and day, other data from another seed', () => {
    const a = generateReference({ seed: DEFAULT_SEED, today: TODAY, national: false });
    const b = generateReference({ seed: DEFAULT_SEED, today: TODAY, national: false });
    expect(b.members).toEqual(a.members);
    expect(b.tree.rows()).toEqual(a.tree.rows());
    expect(b.tree.events).toEqual(a.tree.events);
    expect(b.offices.positions).toEqual(a.offices.positions);
    const other = generateReference({ seed: 'another seed', today: TODAY, national: false });
    const names = new Set(a.members.map((m) => m.fullName));
    const shared = other.members.filter((m) => names.has(m.fullName)).length;
    // The three named people are fixed; beyond them, another seed gives mostly other people.
    expect(shared).toBeLessThan(other.members.length / 2);
    expect(other.members[3]?.id).not.toBe(a.members[3]?.id);
  });

  it('loads identical rows into a second database from the same seed', async () => {
    const second = await freshDatabase();
    try {
      await seedDemo(second, { publicUrl: PUBLIC_URL, today: TODAY });
      const [x, y] = [await fingerprint(database), await fingerprint(second)];
      expect(x?.members).toMatch(/^[0-9a-f]{32}$/);
      expect(y).toEqual(x);
    } finally {
      await second.close();
    }
  }, 600_000);

  it('round-trips every generated record through the loader', async () => {
    const ref = generateReference({ seed: DEFAULT_SEED, today: TODAY, national: false });
    const rows = await db().select().from(members).orderBy(asc(members.id));
    const expected = [...ref.members].sort((p, q) => (p.id < q.id ? -1 : 1));
    expect(rows.length).toBe(expected.length);
    for (const [i, row] of rows.entries()) {
      const { events, history, ...record } = expected[i] as (typeof expected)[number];
      expect(row).toMatchObject(record);
    }
    const [events] = await db().select({ n: count() }).from(memberStatusEvents);
    const [periods] = await db().select({ n: count() }).from(memberUnitHistory);
    expect(events?.n).toBe(ref.members.reduce((n, m) => n + m.events.length, 0));
    expect(periods?.n).toBe(ref.members.reduce((n, m) => n + m.history.length, 0));
    expect(summary.rows.members).toBe(ref.members.length);
  });

  it('keeps text with tabs, newlines, backslashes and quotes intact through the loader', async () => {
    const scratch = await freshDatabase();
    try {
      const name = 'Chi bộ "Thử"\tB\\C\nD \'E\' \\N';
      await inLoadTransaction(scratch, async ({ writer }) => {
        writer.add(unitTable, {
          id: '7d3c6a52-3b39-4f7e-9a53-0e1f4b2d6c11',
          parentId: null,
          kind: 'grassroots',
          name,
          sortKey: 'k',
          code: 'X',
          path: 'u7d3c6a523b394f7e9a530e1f4b2d6c11',
          level: 1,
          foundedOn: '2020-01-01',
          dissolvedOn: null,
          successorId: null,
        });
      });
      const [row] = await scratch.db.select({ name: units.name, dissolvedOn: units.dissolvedOn }).from(units);
      expect(row).toEqual({ name, dissolvedOn: null });
    } finally {
      await scratch.close();
    }
  });
});

describe('the reference committee', () => {
  it('has exactly 58 current cells and 787 active members under VUSTA', async () => {
    const root = await vusta();
    expect(root.name).toBe(VUSTA_NAME);
    const cells = await currentCellsOf(root.id);
    expect(cells.map((c) => c.name).sort()).toEqual([...demoCellNames].sort());
    const [active] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from members where unit_path <@ ${root.path}::ltree
          and status in ('probationary', 'official', 'exempted')`,
    );
    expect(active?.n).toBe(REFERENCE_ACTIVE_MEMBERS);
    const statuses = await queryRows<{ status: string; n: number }>(
      db(),
      sql`select status, count(*)::int as n from members where unit_path <@ ${root.path}::ltree group by status`,
    );
    const by = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    expect(by.probationary).toBeGreaterThan(5);
    expect(by.exempted).toBeGreaterThan(10);
    expect(by.candidate).toBeGreaterThan(0);
    expect(by.deceased).toBeGreaterThan(0);
    expect(by.transferred_out).toBeGreaterThan(0);
  });

  it('sits under the superior committee with other, smaller grassroots committees, one with partial committees', async () => {
    const root = await vusta();
    const [superior] = await db()
      .select()
      .from(units)
      .where(eq(units.id, root.parentId as string));
    expect(superior).toMatchObject({
      name: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
      kind: 'provincial',
    });
    const siblings = await db()
      .select()
      .from(units)
      .where(and(eq(units.parentId, superior?.id as string), isNull(units.dissolvedOn)));
    expect(siblings.length).toBeGreaterThanOrEqual(4);
    expect(siblings.every((s) => s.kind === 'grassroots')).toBe(true);
    const partials = await db().select().from(units).where(eq(units.kind, 'partial'));
    expect(partials.length).toBeGreaterThan(0);
    for (const sibling of siblings.filter((s) => s.id !== root.id)) {
      const [n] = await queryRows<{ n: number }>(
        db(),
        sql`select count(*)::int as n from members where unit_path <@ ${sibling.path}::ltree`,
      );
      expect(n?.n).toBeGreaterThan(0);
      expect(n?.n).toBeLessThan(REFERENCE_ACTIVE_MEMBERS / 2);
    }
  });

  it("keeps every member's dates consistent: birth < admission (18-60) ≤ official = admission + 12 months", async () => {
    const all = await db().select().from(members);
    const events = await db().select().from(memberStatusEvents).orderBy(asc(memberStatusEvents.effectiveOn));
    const eventsOf = Map.groupBy(events, (e) => e.memberId);
    for (const m of all) {
      expect(memberViolations(m, TODAY), m.fullName).toEqual([]);
      if (m.admissionDate) {
        const months = completedMonths(m.birthDate, m.admissionDate);
        expect(months).toBeGreaterThanOrEqual(18 * 12);
        expect(months).toBeLessThanOrEqual(60 * 12);
      }
      if (m.officialDate) expect(m.officialDate).toBe(addMonths(m.admissionDate as string, 12));
      if (m.status === 'probationary') {
        expect(m.officialDate).toBeNull();
        expect(addMonths(m.admissionDate as string, 12) > TODAY).toBe(true);
      }
      const own = eventsOf.get(m.id) ?? [];
      expect(own.at(-1)?.status).toBe(m.status);
      expect(own.at(-1)?.effectiveOn).toBe(m.statusSince);
      if (m.admissionDate)
        expect(own[0]).toMatchObject({ status: 'probationary', effectiveOn: m.admissionDate });
      if (m.officialDate) expect(own[1]).toMatchObject({ status: 'official', effectiveOn: m.officialDate });
    }
  });

  it("places every member's unit periods inside the life of the unit, one after another, ending in today's unit", async () => {
    const all = await db().select().from(members);
    const periods = await db().select().from(memberUnitHistory).orderBy(asc(memberUnitHistory.fromDate));
    const unitRows = new Map((await db().select().from(units)).map((u) => [u.id, u]));
    const periodsOf = Map.groupBy(periods, (p) => p.memberId);
    for (const m of all) {
      const own = periodsOf.get(m.id) ?? [];
      expect(own.length).toBeGreaterThan(0);
      for (const [i, p] of own.entries()) {
        const unit = unitRows.get(p.unitId);
        expect(p.fromDate >= (unit?.foundedOn as string)).toBe(true);
        if (unit?.dissolvedOn) expect(p.toDate !== null && p.toDate <= unit.dissolvedOn).toBe(true);
        if (p.toDate) expect(p.toDate > p.fromDate).toBe(true);
        if (i > 0) expect(p.fromDate).toBe(own[i - 1]?.toDate);
        if (m.admissionDate && m.status !== 'candidate') expect(p.fromDate >= m.admissionDate).toBe(true);
      }
      const last = own.at(-1);
      expect(last?.unitId).toBe(m.unitId);
      expect(m.unitPath).toBe(unitRows.get(m.unitId)?.path);
      const left = m.status === 'deceased' || m.status === 'transferred_out';
      expect(last?.toDate === null).toBe(!left);
    }
  });

  it('gives every member a record the API itself would accept', async () => {
    const all = await db().select().from(members);
    for (const m of all) {
      const parsed = createMemberBody.safeParse(m);
      expect(parsed.error?.issues ?? [], m.fullName).toEqual([]);
    }
  });

  it('stores sort key and search text derived from each name, numbers and phone', async () => {
    const all = await db().select().from(members);
    for (const m of all) {
      expect(m.sortKey).toBe(nameSortKey(m.fullName));
      expect(m.searchText).toBe(memberSearchText(m));
      expect(m.fullName).toBe(m.fullName.normalize('NFC'));
    }
  });

  it('draws realistic people: spelling variants, many retired, family names, unique citizen IDs and cards', async () => {
    const root = await vusta();
    const active = await db()
      .select()
      .from(members)
      .where(
        and(sql`${members.unitPath} <@ ${root.path}::ltree`, inArray(members.status, [...activeStatuses])),
      );
    const words = new Set(active.flatMap((m) => m.fullName.split(' ')));
    const variantPairs = [...words].filter((w) => hasSpellingVariant(w) && words.has(newStyleSpelling(w)));
    expect(variantPairs.length).toBeGreaterThan(0);
    expect(active.some((m) => m.fullName.split(' ').includes('Hòa'))).toBe(true);
    expect(active.some((m) => m.fullName.split(' ').includes('Hoà'))).toBe(true);

    const age = (birth: string) => Math.floor(completedMonths(birth, TODAY) / 12);
    const over60 = active.filter((m) => age(m.birthDate) > 60).length / active.length;
    expect(over60).toBeGreaterThanOrEqual(0.4);
    expect(over60).toBeLessThanOrEqual(0.55);
    expect(active.filter((m) => age(m.birthDate) > 80).length).toBeGreaterThan(5);
    for (const m of active.filter((x) => x.status === 'exempted'))
      expect(age(m.birthDate)).toBeGreaterThanOrEqual(75);

    const nguyen = active.filter((m) => m.fullName.startsWith('Nguyễn ')).length / active.length;
    expect(nguyen).toBeGreaterThan(0.3);
    expect(nguyen).toBeLessThan(0.46);
    expect(active.filter((m) => m.ethnicityCode !== '01').length).toBeGreaterThan(0);
    expect(active.filter((m) => m.ethnicityCode === '01').length / active.length).toBeGreaterThan(0.9);
    expect(active.filter((m) => m.academicTitle === 'professor').length).toBeGreaterThan(0);
    expect(active.filter((m) => m.academicTitle === 'associate_professor').length).toBeGreaterThan(10);
    expect(active.filter((m) => m.professionalDegree === 'doctor').length / active.length).toBeGreaterThan(
      0.2,
    );
    expect(active.every((m) => m.hometownOld && m.hometownNew && m.residenceOld && m.residenceNew)).toBe(
      true,
    );
    expect(active.every((m) => /^\d{6}-\d{2}$/.test(m.recordNumber ?? ''))).toBe(true);

    const everyone = await db().select().from(members);
    const ids = everyone.map((m) => m.citizenId).filter((x): x is string => x !== null);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^\d{12}$/.test(id))).toBe(true);
    const cards = everyone.map((m) => m.cardNumber).filter((x): x is string => x !== null);
    expect(new Set(cards).size).toBe(cards.length);
    expect(everyone.filter((m) => m.fullName === 'Phan Xuân Dũng').length).toBe(1);
  });
});

describe('the reference tree history', () => {
  it('has dated versions for every unit that agree with the units today', async () => {
    const unitRows = await db().select().from(units);
    const versions = await db().select().from(unitVersions).orderBy(asc(unitVersions.validFrom));
    const versionsOf = Map.groupBy(versions, (v) => v.unitId);
    for (const unit of unitRows) {
      const own = versionsOf.get(unit.id) ?? [];
      expect(own.length).toBeGreaterThan(0);
      expect(own[0]?.validFrom).toBe(unit.foundedOn);
      for (const [i, v] of own.entries()) if (i > 0) expect(v.validFrom).toBe(own[i - 1]?.validTo);
      const last = own.at(-1);
      expect(last?.validTo).toBe(unit.dissolvedOn);
      expect(last).toMatchObject({
        path: unit.path,
        name: unit.name,
        code: unit.code,
        parentId: unit.parentId,
      });
    }
  });

  it('records a rename (2023), a dissolution (2023), a merge (2024) and moves (02/2025) with decisions', async () => {
    const events = await db().select().from(unitEvents).where(sql`${unitEvents.kind} <> 'created'`);
    const on = (kind: string, year: string) =>
      events.filter((e) => e.kind === kind && e.effectiveOn.startsWith(year) && e.decisionRef);
    expect(on('renamed', '2023')).toHaveLength(1);
    expect(on('dissolved', '2023')).toHaveLength(1);
    expect(on('merged', '2024').length).toBeGreaterThanOrEqual(1);
    expect(on('moved', '2025').length).toBeGreaterThanOrEqual(2);

    const [merged] = await db().select().from(units).where(eq(units.code, 'CB60'));
    expect(merged?.dissolvedOn).toBe('2024-07-01');
    const [successor] = await db()
      .select()
      .from(units)
      .where(eq(units.id, merged?.successorId as string));
    const movedIn = await db()
      .select()
      .from(memberUnitHistory)
      .where(
        and(
          eq(memberUnitHistory.unitId, successor?.id as string),
          eq(memberUnitHistory.fromDate, '2024-07-01'),
        ),
      );
    const mergeEvent = events.find((e) => e.kind === 'merged' && e.unitId === merged?.id);
    expect(movedIn.length).toBe(mergeEvent?.details.membersMoved);

    // The tree as it was: VUSTA sat under the Đảng ủy Khối until 01/02/2025.
    const root = await vusta();
    const [then] = await queryRows<{ name: string }>(
      db(),
      sql`select p.name from org_unit_versions v join org_units p on p.id = v.parent_id
          where v.unit_id = ${root.id} and v.valid_from <= '2024-06-01'
            and (v.valid_to is null or v.valid_to > '2024-06-01')`,
    );
    expect(then?.name).toBe('Đảng ủy Khối các cơ quan Trung ương');
    const [cellThen] = await queryRows<{ name: string }>(
      db(),
      sql`select v.name from org_unit_versions v join org_units u on u.id = v.unit_id
          where u.code = 'CB06' and v.valid_from <= '2022-06-01' and (v.valid_to is null or v.valid_to > '2022-06-01')`,
    );
    expect(cellThen?.name).toBe('Chi bộ Ban Phổ biến kiến thức');
  });
});

describe('bodies, terms and offices', () => {
  async function holders(unitId: string, kind: string, current: boolean) {
    return queryRows<{ title: string; n: number }>(
      db(),
      sql`select p.title, count(*)::int as n from org_positions p join org_bodies b on b.id = p.body_id
          join org_terms t on t.id = p.term_id
          where p.unit_id = ${unitId} and b.kind = ${kind} and (t.ends_on > ${TODAY}) = ${current}
          group by p.title order by p.title`,
    );
  }

  it('gives VUSTA an executive committee of 15, a standing committee of 5 and an inspection commission of 5', async () => {
    const root = await vusta();
    const terms = await db()
      .select()
      .from(unitTerms)
      .where(eq(unitTerms.unitId, root.id))
      .orderBy(unitTerms.startsOn);
    expect(terms.map((x) => x.label)).toEqual(['2020-2025', '2025-2030']);
    expect(await holders(root.id, 'executive_committee', true)).toEqual([
      { title: 'executive_member', n: 15 },
    ]);
    expect(await holders(root.id, 'standing_committee', true)).toEqual([
      { title: 'deputy_secretary', n: 2 },
      { title: 'secretary', n: 1 },
      { title: 'standing_member', n: 2 },
    ]);
    const inspection = await holders(root.id, 'inspection_commission', true);
    expect(inspection.reduce((n, r) => n + r.n, 0)).toBe(5);
    expect((await holders(root.id, 'executive_committee', false))[0]?.n).toBe(15);
    const boards = await db()
      .select()
      .from(unitBodies)
      .where(and(eq(unitBodies.unitId, root.id), eq(unitBodies.kind, 'advisory_board')));
    expect(boards.map((b) => b.name).sort()).toEqual([
      'Ban Tuyên giáo Đảng ủy',
      'Ban Tổ chức Đảng ủy',
      'Văn phòng Đảng ủy',
    ]);
  });

  it('gives every cell a secretary, a committee from 9 officials, and leaves the flagged cells as planned', async () => {
    const root = await vusta();
    const cells = await currentCellsOf(root.id);
    const byCode = new Map(cells.map((c) => [c.code, c]));
    for (const cell of cells) {
      const [official] = await db()
        .select({ n: count() })
        .from(members)
        .where(and(eq(members.unitId, cell.id), eq(members.status, 'official')));
      const open = await db()
        .select()
        .from(positions)
        .where(and(eq(positions.unitId, cell.id), isNull(positions.endsOn)));
      expect(
        open.filter((p) => p.title === 'secretary'),
        cell.name,
      ).toHaveLength(1);
      const committees = await db()
        .select()
        .from(unitBodies)
        .where(and(eq(unitBodies.unitId, cell.id), eq(unitBodies.kind, 'cell_committee')));
      expect(committees.length, cell.name).toBe((official?.n ?? 0) >= 9 ? 1 : 0);
      const terms = await db().select().from(unitTerms).where(eq(unitTerms.unitId, cell.id));
      const current = terms.filter((x) => x.endsOn >= TODAY);
      const index = demoCellNames.indexOf(cell.name as (typeof demoCellNames)[number]);
      expect(current.length, cell.name).toBe((TERM_ENDED_CELLS as readonly number[]).includes(index) ? 0 : 1);
      expect(
        terms.some((x) => x.label === '2022-2025'),
        cell.name,
      ).toBe(true);
      const few = (official?.n ?? 0) < 3;
      expect(few, cell.name).toBe((FEW_OFFICIAL_CELLS as readonly number[]).includes(index));
    }
    expect(byCode.size).toBe(58);
  });
});

describe('demo sign-ins', () => {
  it('signs in the four demo users and links them to their members and units', async () => {
    for (const username of ['admin', 'committee', 'secretary', 'member']) {
      expect((await new Agent(t.app).login(username, DEMO_PASSWORD)).statusCode, username).toBe(200);
    }
    const root = await vusta();
    const [office] = await db()
      .select()
      .from(units)
      .where(and(eq(units.parentId, root.id), eq(units.code, 'CB01')));
    expect(office?.name).toBe('Chi bộ Văn phòng');
    const grants = await db()
      .select({ username: users.username, role: userRoles.role, unitId: userRoles.unitId })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId));
    const of = (u: string) =>
      grants
        .filter((g) => g.username === u)
        .map((g) => `${g.role}@${g.unitId}`)
        .sort();
    expect(of('admin')).toEqual([`admin@${root.id}`]);
    expect(of('committee')).toEqual([`committee@${root.id}`]);
    expect(of('secretary')).toEqual([`cell_secretary@${office?.id}`, `member@${office?.id}`]);
    expect(of('member')).toEqual([`member@${office?.id}`]);

    const linked = await db()
      .select({
        username: users.username,
        fullName: members.fullName,
        unitId: members.unitId,
        id: members.id,
      })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId));
    const person = (u: string) => linked.find((l) => l.username === u);
    expect(person('secretary')).toMatchObject({ fullName: 'Lê Văn Thắng', unitId: office?.id });
    expect(person('member')).toMatchObject({ fullName: 'Phan Xuân Dũng', unitId: office?.id });
    const held = await db()
      .select()
      .from(positions)
      .where(and(eq(positions.memberId, person('secretary')?.id as string), isNull(positions.endsOn)));
    expect(held.some((p) => p.title === 'secretary' && p.unitId === office?.id)).toBe(true);
  });

  it('writes one audit entry that sums up what was seeded', async () => {
    const entries = await db().select().from(auditLog).where(eq(auditLog.action, 'demo.seeded'));
    expect(entries).toHaveLength(1);
    const [memberCount] = await db().select({ n: count() }).from(members);
    expect(entries[0]?.after).toMatchObject({ seed: DEFAULT_SEED, today: TODAY, members: memberCount?.n });
  });
});

describe('scale', () => {
  it('builds a national tree around the reference committee, with the same reference data', async () => {
    const scaled = await freshDatabase();
    try {
      // Bulk mode as at national size: indexes, foreign keys and the count triggers are off during the load.
      const result = await seedDemo(scaled, {
        publicUrl: PUBLIC_URL,
        today: TODAY,
        scale: 4000,
        bulkMode: true,
      });
      expect(result.bulkMode).toBe(true);
      await expectMemberCountsConsistent(scaled.db);
      const [n] = await scaled.db.select({ n: count() }).from(members);
      expect(n?.n).toBe(4000);
      expect(result.members).toBe(4000);
      const [root] = await scaled.db.select().from(units).where(isNull(units.parentId));
      expect(root?.kind).toBe('central');
      const provinces = await scaled.db
        .select()
        .from(units)
        .where(eq(units.parentId, root?.id as string));
      expect(provinces.every((p) => p.kind === 'provincial')).toBe(true);
      expect(provinces.length).toBeGreaterThanOrEqual(34 + 5);
      const [unitCount] = await scaled.db.select({ n: count() }).from(units);
      expect(unitCount?.n).toBeGreaterThan(4000 / 30);
      expect(unitCount?.n).toBeLessThan(4000 / 10);
      const [misplaced] = await queryRows<{ n: number }>(
        scaled.db,
        sql`select count(*)::int as n from members m join org_units u on u.id = m.unit_id where m.unit_path <> u.path`,
      );
      expect(misplaced?.n).toBe(0);
      // The reference committee is the same, ids included, with or without the national tree around it.
      const [vustaScaled] = await scaled.db.select().from(units).where(eq(units.code, 'DB-VUSTA'));
      expect(vustaScaled?.id).toBe((await vusta()).id);
      const [active] = await queryRows<{ n: number }>(
        scaled.db,
        sql`select count(*)::int as n from members where unit_path <@ ${vustaScaled?.path}::ltree
            and status in ('probationary', 'official', 'exempted')`,
      );
      expect(active?.n).toBe(REFERENCE_ACTIVE_MEMBERS);
    } finally {
      await scaled.close();
    }
  }, 300_000);

  it('restores deferred indexes and foreign keys exactly, and a bad row undoes the whole bulk load', async () => {
    const scratch = await freshDatabase();
    try {
      const indexCount = async (on = scratch.db) =>
        (
          await queryRows<{ n: number }>(
            on,
            sql`select count(*)::int as n from pg_indexes where schemaname = 'public'`,
          )
        )[0]?.n;
      const before = await indexCount();
      const tables = loadOrder.map((x) => x.name);
      await inLoadTransaction(scratch, async (s) => {
        const restore = await deferIndexes(s.db, tables);
        expect(await indexCount(s.db)).toBeLessThan(before ?? 0);
        await restore();
      });
      expect(await indexCount()).toBe(before);

      const failed = inLoadTransaction(scratch, async (s) => {
        const restore = await deferIndexes(s.db, tables);
        // A unit whose parent does not exist: accepted while the foreign key is off, refused when it returns.
        s.writer.add(unitTable, {
          id: '1f0e2d3c-4b5a-4697-8887-a9b8c7d6e5f4',
          parentId: '00000000-0000-4000-8000-000000000000',
          kind: 'cell',
          name: 'Chi bộ mồ côi',
          sortKey: 'x',
          code: 'X',
          path: 'u1f0e2d3c4b5a46978887a9b8c7d6e5f4',
          level: 2,
          foundedOn: '2020-01-01',
          dissolvedOn: null,
          successorId: null,
        });
        await s.writer.finish();
        await restore();
      });
      await expect(failed).rejects.toThrow();
      const [left] = await scratch.db.select({ n: count() }).from(units);
      expect(left?.n).toBe(0);
      expect(await indexCount()).toBe(before);
    } finally {
      await scratch.close();
    }
  });
});

describe('demo admission cases', () => {
  it('opens cases at several stages, the office cell among them, with what is due next', async () => {
    const { admissionBoard } = await import('../../src/server/modules/admission/queries');
    const [root] = await db().select().from(units).where(eq(units.code, 'DB-VUSTA'));
    if (!root) throw new Error('no VUSTA committee');
    const board = await admissionBoard(db(), { subtrees: [root.path], exact: [] }, null, TODAY);
    expect(board.items.length).toBeGreaterThanOrEqual(5);
    const stages = new Set(board.items.map((i) => i.progress.next));
    expect(stages.size).toBeGreaterThanOrEqual(4);
    expect(board.items.some((i) => i.progress.overdue)).toBe(true);
  });
});

describe('demo meetings', () => {
  it('holds 36 months of closed meetings per cell, thematic each quarter, some cells not yet met this month', async () => {
    const root = await vusta();
    const rows = await queryRows<{ unit_id: string; month: string; kind: string; status: string }>(
      db(),
      sql`select m.unit_id, m.month, m.kind, m.status from meetings m join org_units u on u.id = m.unit_id
          where u.path <@ ${root.path}::ltree and u.kind = 'cell' and u.dissolved_on is null`,
    );
    const cells = new Set(rows.map((r) => r.unit_id));
    expect(cells.size).toBe(58);
    const regular = new Set(
      rows
        .filter((r) => r.status === 'closed' && (r.kind === 'regular' || r.kind === 'combined'))
        .map((r) => `${r.unit_id}|${r.month}`),
    );
    const pastMonths = Array.from({ length: 35 }, (_, i) =>
      addMonths(`${TODAY.slice(0, 7)}-01`, i - 35).slice(0, 7),
    );
    const held = pastMonths.flatMap((m) => [...cells].filter((c) => regular.has(`${c}|${m}`)));
    expect(held.length / (pastMonths.length * cells.size)).toBeGreaterThan(0.95);
    expect(rows.some((r) => r.kind === 'combined')).toBe(true);
    expect(rows.some((r) => r.kind === 'thematic')).toBe(true);
    const thisMonth = [...cells].filter((c) => regular.has(`${c}|${TODAY.slice(0, 7)}`));
    expect(thisMonth.length).toBeGreaterThan(0);
    expect(thisMonth.length).toBeLessThan(cells.size);
    expect(rows.filter((r) => r.status === 'planned' && r.month > TODAY.slice(0, 7)).length).toBe(cells.size);
  });

  it('keeps missed months and tallies consistent with the attendance', async () => {
    const { monthAttendance } = await import('../../src/domain/meeting-rules');
    const marks = await queryRows<{ member_id: string; month: string; kind: 'regular'; status: 'present' }>(
      db(),
      sql`select a.member_id, m.month, m.kind, a.status from meeting_attendance a
          join meetings m on m.id = a.meeting_id where m.status = 'closed'`,
    );
    const byMonth = new Map<string, { kind: 'regular'; status: 'present' }[]>();
    for (const r of marks) {
      const key = `${r.member_id}|${r.month}`;
      byMonth.set(key, [...(byMonth.get(key) ?? []), r]);
    }
    const expected = [...byMonth].filter(([, e]) => monthAttendance(e) === 'missed').map(([k]) => k);
    const stored = await queryRows<{ k: string }>(
      db(),
      sql`select member_id || '|' || month as k from meeting_missed_months`,
    );
    expect(stored.map((r) => r.k).sort()).toEqual(expected.sort());
    const [off] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from meetings m cross join lateral (
            select count(*) filter (where a.status = 'present') as present,
                   count(*) filter (where a.status not in ('exempted', 'temporary_transfer')) as expected
            from meeting_attendance a where a.meeting_id = m.id) t
          where m.present_count <> t.present or m.expected_count <> t.expected`,
    );
    expect(off?.n).toBe(0);
  });

  it('gives the committee’s panel something to show', async () => {
    const committee = new Agent(t.app);
    await committee.login('committee', DEMO_PASSWORD);
    const root = await vusta();
    const res = await committee.get(`/api/meetings/behind?unitId=${root.id}&month=${TODAY.slice(0, 7)}`);
    expect(res.statusCode).toBe(200);
    const panel = res.json();
    expect(panel.cellCount).toBe(58);
    expect(panel.noRegular.total).toBeGreaterThan(0);
    expect(panel.noRegular.total).toBeLessThan(58);
    expect(panel.absentees.total).toBeGreaterThanOrEqual(3);
    expect(panel.withoutMinutes.total).toBeGreaterThan(0);
    expect(panel.attendanceByCell.items[0].rate).toBeGreaterThan(0.5);
  });

  it('fills the registry and shows the study of resolutions under way', async () => {
    const committee = new Agent(t.app);
    await committee.login('committee', DEMO_PASSWORD);
    const registry = (await committee.get('/api/documents?limit=50')).json();
    const numbers = registry.items.map((d: { numberText: string | null }) => d.numberText);
    expect(numbers).toEqual(
      expect.arrayContaining(['57-NQ/TW', '22-QĐ/TW', '36-HD/VPTW', '01-KH/ĐU', '01-NQ/ĐU']),
    );
    expect(registry.items.some((d: { status: string }) => d.status === 'draft')).toBe(true);
    const study = (await committee.get('/api/study/assignments')).json();
    expect(study.items).toHaveLength(2);
    const [current, older] = study.items;
    // Deadlines are relative to the seed's day; overdue counts depend on the day the test runs.
    expect(current).toMatchObject({ documentNumberText: '57-NQ/TW', cellCount: 58, dueOn: '2026-11-27' });
    expect(current.doneCount).toBeGreaterThan(20);
    expect(current.doneCount).toBeLessThan(58);
    expect(current.studiedMemberCount).toBeLessThanOrEqual(current.memberCount);
    expect(older).toMatchObject({ documentNumberText: '21-NQ/TW', dueOn: '2026-10-23' });
    expect(older.overdueCount).toBe(58 - older.doneCount);
    expect(older.overdueCount).toBeGreaterThan(0);
    const secretary = new Agent(t.app);
    await secretary.login('secretary', DEMO_PASSWORD);
    const mine = (await secretary.get('/api/study/mine')).json();
    expect(mine.toRecord.map((r: { documentNumberText: string }) => r.documentNumberText)).toContain(
      '57-NQ/TW',
    );
  });
});

describe('demo ideological-situation reports', () => {
  it("follows the committee's themes across four closed months of the cells' reports", async () => {
    const committee = new Agent(t.app);
    await committee.login('committee', DEMO_PASSWORD);
    const root = await vusta();
    const overview = (await committee.get(`/api/report-themes/overview?unitId=${root.id}`)).json();
    expect(overview.items).toHaveLength(7);
    expect(overview.items[0]).toMatchObject({ name: 'Sắp xếp, tinh gọn tổ chức bộ máy', recurring: true });
    expect(overview.items.filter((i: { status: string }) => i.status === 'handled')).toHaveLength(2);
    expect(overview.items.every((i: { units: number }) => i.units <= 58)).toBe(true);
    // Reports of the four months due before 22/11/2026 (July to October): most accepted, some late or missing.
    const reports = await queryRows<{ period_key: string; status: string; late: number; n: number }>(
      db(),
      sql`select s.period_key, s.status, count(*) filter (where not s.on_time)::int as late, count(*)::int as n
        from report_submissions s join report_forms f on f.id = s.form_id where f.code = 'TT-CB'
        group by 1, 2 order by 1, 2`,
    );
    expect([...new Set(reports.map((r) => r.period_key))]).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    const accepted = reports.filter((r) => r.status === 'accepted').reduce((s, r) => s + r.n, 0);
    const all = reports.reduce((s, r) => s + r.n, 0);
    expect(accepted / all).toBeGreaterThan(0.7);
    expect(all).toBeLessThan(4 * 58);
    expect(reports.some((r) => r.late > 0)).toBe(true);
    expect(reports.some((r) => r.status === 'submitted')).toBe(true);
    const [mentions] = await queryRows<{ n: number; bad: number }>(
      db(),
      sql`select count(*)::int as n, count(*) filter (where s.status not in ('submitted', 'accepted'))::int as bad
        from report_theme_mentions m join report_submissions s on s.id = m.submission_id`,
    );
    expect(mentions?.n).toBe(
      overview.items.reduce((s: number, i: { mentions: number }) => s + i.mentions, 0),
    );
    expect(mentions?.bad).toBe(0);
  });
});

describe("demo committee's weekly reports", () => {
  it('leaves the committee only the last finished week and the current one to send', async () => {
    const root = await vusta();
    // As the route would answer on the seed's day (the route itself asks the clock).
    const due = await dueReports(db(), (await reportUnit(db(), root.id)) as ReportUnit, TODAY);
    const weekly = due.filter((i) => i.form.code === 'TT-DU');
    // 22/11/2026 is a Sunday: week 47 is open (due 23/11), week 46 was due 16/11 and is not sent.
    expect(weekly.map((i) => [i.period.key, i.timeliness])).toEqual([
      ['2026-W46', 'missing'],
      ['2026-W47', 'pending'],
    ]);
    const sent = await queryRows<{ status: string; n: number; on_time: number; backdated: number }>(
      db(),
      sql`select s.status, count(*)::int as n, count(*) filter (where s.on_time)::int as on_time,
          count(*) filter (where s.sent_on <= s.due_on + 2 and s.sent_at < ${'2026-11-22'}::date
            and not exists (select 1 from report_submission_events e
              where e.submission_id = s.id and e.created_at >= ${'2026-11-22'}::date))::int as backdated
        from report_submissions s join report_forms f on f.id = s.form_id
        where f.code = 'TT-DU' and s.unit_id = ${root.id} group by 1 order by 1`,
    );
    // Weeks 1 to 44 accepted (most on time), week 45 waiting for the superior's review.
    expect(sent.map((r) => [r.status, r.n])).toEqual([
      ['accepted', 44],
      ['submitted', 1],
    ]);
    const accepted = sent[0] as (typeof sent)[number];
    expect(accepted.on_time / accepted.n).toBeGreaterThan(0.8);
    expect(accepted.on_time).toBeLessThan(accepted.n);
    expect(sent.every((r) => r.backdated === r.n)).toBe(true);
  });

  it('asks the cells no monthly report from before the four months it seeds', async () => {
    const root = await vusta();
    const cells = await queryRows<{ id: string }>(
      db(),
      sql`select id::text as id from org_units where kind = 'cell' and dissolved_on is null
        and path <@ (select path from org_units where id = ${root.id})`,
    );
    expect(cells.length).toBeGreaterThan(50);
    const periods = new Set<string>();
    for (const cell of cells) {
      const due = await dueReports(db(), (await reportUnit(db(), cell.id)) as ReportUnit, TODAY);
      for (const item of due) if (item.form.code !== 'TT-DU') periods.add(item.period.key);
    }
    // On 22/11/2026 the seeded months are July to October (before, the forms asked from January on).
    expect([...periods].every((key) => key >= '2026-07')).toBe(true);
  });
});
