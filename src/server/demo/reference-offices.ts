import { addDays, addMonths, dayBetween, yearsBetween } from './calendar';
import { type BodyRow, Offices, type TermRow } from './offices';
import type { MemberRecord } from './people';
import type { Random } from './random';
import type { CellOfReference } from './reference';

/**
 * Bodies, terms and office holders of the reference data. VUSTA: executive committee of 15, standing
 * committee of 5, inspection commission of 5 and three advisory boards, for the 2020-2025 and 2025-2030 terms;
 * every cell has a 2022-2025 term and (except the cells left without one on purpose) a 2025-2027 term, with a
 * secretary and deputy, or a cell committee when it has 9 official members or more (DOMAIN.md §2).
 */

interface Input {
  rng: Random;
  today: string;
  superiorId: string;
  khoiId: string;
  vustaId: string;
  vustaCells: CellOfReference[];
  committees: Array<{ id: string; partialIds: string[]; cells: CellOfReference[] }>;
  people: { secretary: string; member: string; committee: string };
}

const officials = (cells: CellOfReference[]) =>
  cells.flatMap((c) => c.members.filter((m) => m.status === 'official'));

function cellOffices(
  offices: Offices,
  rng: Random,
  cell: CellOfReference,
  fixed?: { current: [string, string]; pastDeputy: string },
): void {
  const pastStart = dayBetween(rng.float(), '2022-09-01', '2022-12-15');
  const pastEnd = dayBetween(rng.float(), '2025-03-01', '2025-05-31');
  const past = offices.term(cell.id, pastStart, pastEnd, false);
  const current = cell.termEnded
    ? null
    : offices.term(cell.id, addDays(pastEnd, 1), addDays(addMonths(addDays(pastEnd, 1), 30), -1), true);
  const pool = rng.shuffle(cell.members.filter((m) => m.status === 'official').map((m) => m.id));
  const hasCommittee = pool.length >= 9;
  const body = hasCommittee ? offices.body(cell.id, 'cell_committee', 'Chi ủy') : null;
  const pick = (exclude: string[]) => pool.find((id) => !exclude.includes(id)) as string;

  // The current holders: a term of their own, or (cells whose term ran out) still serving from the old one.
  const secretary = fixed?.current[0] ?? (pool[0] as string);
  const deputy = fixed?.current[1] ?? pick([secretary]);
  const now = { unitId: cell.id, body, term: current ?? past, current: true };
  offices.hold(secretary, 'secretary', now, null);
  if (pool.length >= 5) offices.hold(deputy, 'deputy_secretary', now, null);
  const committeeSize = pool.length >= 20 ? 5 : 3;
  if (hasCommittee) {
    const taken = [secretary, deputy];
    for (let k = 2; k < committeeSize; k++) {
      const id = pick(taken);
      taken.push(id);
      offices.hold(id, 'cell_committee_member', now, null);
    }
  }
  if (!current) return;
  // The past term: some holders change at the congress.
  const then = { unitId: cell.id, body, term: past, current: false };
  const pastSecretary = rng.chance(0.55) && !fixed ? secretary : pick([secretary, deputy]);
  offices.hold(pastSecretary, 'secretary', then, null);
  if (pool.length >= 5)
    offices.hold(fixed?.pastDeputy ?? pick([pastSecretary]), 'deputy_secretary', then, null);
}

function committeeBodies(offices: Offices, unitId: string) {
  return {
    bch: offices.body(unitId, 'executive_committee', 'Ban Chấp hành Đảng bộ'),
    btv: offices.body(unitId, 'standing_committee', 'Ban Thường vụ Đảng ủy'),
    ubkt: offices.body(unitId, 'inspection_commission', 'Ủy ban Kiểm tra Đảng ủy'),
  };
}

function vustaOffices(offices: Offices, input: Input): void {
  const { rng, today, vustaId, vustaCells, people } = input;
  const named = new Set(Object.values(people));
  const age = (m: MemberRecord) => yearsBetween(m.birthDate, today);
  const all = officials(vustaCells).filter((m) => !named.has(m.id));
  const agency = new Set(vustaCells.slice(0, 12).map((c) => c.id));
  const working = rng.shuffle(all.filter((m) => age(m) >= 40 && age(m) <= 63));
  const leaders = [
    ...working.filter((m) => agency.has(m.unitId)).slice(0, 5),
    ...working.filter((m) => !agency.has(m.unitId)),
  ].map((m) => m.id);
  const [secretary, deputy1, deputy2, standing1, standing2, ...rest] = leaders as [
    string,
    string,
    string,
    string,
    string,
    ...string[],
  ];
  const others = rest.slice(0, 8);
  const [inspectors, tochuc, tuyengiao] = [rest.slice(8, 11), rest.slice(11, 13), rest.slice(13, 15)];
  const officeStaff = officials([vustaCells[0] as CellOfReference])
    .filter((m) => !named.has(m.id))
    .map((m) => m.id);

  const past = offices.term(vustaId, '2020-07-18', '2025-07-11', false);
  const current = offices.term(vustaId, '2025-07-12', '2030-07-11', true);
  const { bch, btv, ubkt } = committeeBodies(offices, vustaId);
  const banToChuc = offices.body(vustaId, 'advisory_board', 'Ban Tổ chức Đảng ủy');
  const banTuyenGiao = offices.body(vustaId, 'advisory_board', 'Ban Tuyên giáo Đảng ủy');
  const vanPhong = offices.body(vustaId, 'advisory_board', 'Văn phòng Đảng ủy');
  const now = (body: BodyRow) => ({ unitId: vustaId, body, term: current, current: true });
  const then = (body: BodyRow) => ({ unitId: vustaId, body, term: past, current: false });

  const executive = [
    secretary,
    deputy1,
    deputy2,
    standing1,
    standing2,
    people.committee,
    people.secretary,
    ...others,
  ];
  for (const id of executive) offices.hold(id, 'executive_member', now(bch), null);
  offices.hold(secretary, 'secretary', now(btv), '18-QĐ/ĐUMTTQ');
  offices.hold(deputy1, 'deputy_secretary', now(btv), '18-QĐ/ĐUMTTQ');
  offices.hold(deputy2, 'deputy_secretary', now(btv), '18-QĐ/ĐUMTTQ');
  offices.hold(standing1, 'standing_member', now(btv), null);
  offices.hold(standing2, 'standing_member', now(btv), null);
  offices.hold(standing1, 'inspection_chair', now(ubkt), '19-QĐ/ĐUMTTQ');
  offices.hold(others[0] as string, 'inspection_deputy_chair', now(ubkt), null);
  for (const id of inspectors) offices.hold(id, 'inspection_member', now(ubkt), null);
  offices.hold(standing2, 'board_head', now(banToChuc), null);
  for (const id of tochuc) offices.hold(id, 'board_member', now(banToChuc), null);
  offices.hold(others[1] as string, 'board_head', now(banTuyenGiao), null);
  for (const id of tuyengiao) offices.hold(id, 'board_member', now(banTuyenGiao), null);
  offices.hold(people.committee, 'board_head', now(vanPhong), null);
  if (officeStaff[0]) offices.hold(officeStaff[0], 'board_deputy_head', now(vanPhong), null);
  if (officeStaff[1]) offices.hold(officeStaff[1], 'board_member', now(vanPhong), null);

  // 2020-2025: an older secretary (retired since), nine of today's committee, six who have left it.
  const older = rng.shuffle(all.filter((m) => age(m) >= 64 && age(m) <= 72)).map((m) => m.id);
  const pastSecretary = older[0] as string;
  const pastExecutive = [
    pastSecretary,
    secretary,
    deputy1,
    standing1,
    people.committee,
    ...others.slice(0, 4),
    ...older.slice(1, 7),
  ];
  for (const id of pastExecutive) offices.hold(id, 'executive_member', then(bch), null);
  offices.hold(pastSecretary, 'secretary', then(btv), '35-QĐ/ĐUK');
  offices.hold(secretary, 'deputy_secretary', then(btv), '35-QĐ/ĐUK');
  offices.hold(deputy1, 'standing_member', then(btv), null);
  offices.hold(standing1, 'standing_member', then(btv), null);
  offices.hold(older[1] as string, 'standing_member', then(btv), null);
  offices.hold(older[1] as string, 'inspection_chair', then(ubkt), null);
  for (const id of older.slice(7, 10)) offices.hold(id, 'inspection_member', then(ubkt), null);
  offices.hold(people.committee, 'board_head', then(vanPhong), null);

  for (const cell of vustaCells) {
    if (cell.index === 0) {
      cellOffices(offices, rng, cell, {
        current: [people.secretary, people.committee],
        pastDeputy: people.secretary,
      });
    } else cellOffices(offices, rng, cell);
  }
}

export function officesOfReference(input: Input): Offices {
  const offices = new Offices(input.rng);
  const { rng } = input;
  vustaOffices(offices, input);

  const pools = input.committees.map((c) =>
    rng
      .shuffle(officials(c.cells).filter((m) => yearsBetween(m.birthDate, input.today) <= 60))
      .map((m) => m.id),
  );
  for (const [k, committee] of input.committees.entries()) {
    const pool = pools[k] as string[];
    const past = offices.term(committee.id, '2020-08-01', '2025-06-30', false);
    const current = offices.term(committee.id, '2025-07-01', '2030-06-30', true);
    const { bch, btv, ubkt } = committeeBodies(offices, committee.id);
    const now = (body: BodyRow, term: TermRow = current) => ({
      unitId: committee.id,
      body,
      term,
      current: true,
    });
    for (const id of pool.slice(0, 7)) offices.hold(id, 'executive_member', now(bch), null);
    offices.hold(pool[0] as string, 'secretary', now(btv), null);
    offices.hold(pool[1] as string, 'deputy_secretary', now(btv), null);
    offices.hold(pool[2] as string, 'inspection_chair', now(ubkt), null);
    offices.hold(
      pool[7] as string,
      'secretary',
      { unitId: committee.id, body: btv, term: past, current: false },
      null,
    );
    for (const partialId of committee.partialIds) {
      const term = offices.term(partialId, '2025-05-15', '2030-05-14', true);
      const holder = committee.cells
        .find((c) => c.parentId === partialId)
        ?.members.find((m) => m.status === 'official');
      if (holder) offices.hold(holder.id, 'secretary', { unitId: partialId, term, current: true }, null);
    }
    for (const cell of committee.cells) cellOffices(offices, rng, cell);
  }

  // The superior committee, founded in 02/2025: its first congress in 10/2025.
  const superiorTerm = offices.term(input.superiorId, '2025-10-15', '2030-10-14', true);
  const superiorBch = offices.body(input.superiorId, 'executive_committee', 'Ban Chấp hành Đảng bộ');
  const superiorBtv = offices.body(input.superiorId, 'standing_committee', 'Ban Thường vụ Đảng ủy');
  const heads = pools.map((pool) => pool[3] as string);
  for (const id of heads)
    offices.hold(
      id,
      'executive_member',
      { unitId: input.superiorId, body: superiorBch, term: superiorTerm, current: true },
      null,
    );
  offices.hold(
    heads[0] as string,
    'secretary',
    { unitId: input.superiorId, body: superiorBtv, term: superiorTerm, current: true },
    '251-QĐ/TW',
  );
  offices.hold(
    heads[3] as string,
    'deputy_secretary',
    { unitId: input.superiorId, body: superiorBtv, term: superiorTerm, current: true },
    '251-QĐ/TW',
  );
  offices.term(input.khoiId, '2020-10-01', '2025-01-31', false);
  return offices;
}
