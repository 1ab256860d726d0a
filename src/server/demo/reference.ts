import { dayBetween } from './calendar';
import { demoCellNames } from './cells';
import type { Offices } from './offices';
import {
  generateMember,
  type MemberPlan,
  type MemberRecord,
  Numbering,
  type Placement,
  type PlannedStatus,
  type Profile,
} from './people';
import { hanoiAddress, provinces } from './places';
import { Random } from './random';
import { officesOfReference } from './reference-offices';
import { TreeHistory } from './tree';
import { majorsFor, workplaceOf } from './workplaces';

/**
 * The reference case (DOMAIN.md §1): the superior committee "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung
 * ương" with several grassroots committees, one of them the Party organisation of VUSTA with exactly 58 cells
 * and 787 active members (probationary, official, exempted). Besides them: a few candidates, and members who
 * died or transferred out in past years (not active, so not in the 787).
 *
 * History (dates and decision numbers are illustrative): until 02/2025 the grassroots committees were under
 * the Đảng ủy Khối các cơ quan Trung ương; on 01/02/2025 they moved to the new superior committee and the old
 * one was dissolved. Inside VUSTA: a cell was dissolved on 01/01/2023 (its members went to another cell), a
 * cell was renamed on 15/06/2023, two cells merged on 01/07/2024, and a cell moved in from the women's union's
 * committee on 15/02/2025.
 */

export const REFERENCE_ACTIVE_MEMBERS = 787;
export const VUSTA_NAME = 'Đảng bộ Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';
export const SUPERIOR_NAME = 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương';

/** The demo sign-ins' people, who must exist once each (DOMAIN.md §11: "Phan Xuân Dũng" in Chi bộ Văn phòng). */
export const namedPeople = {
  secretary: { fullName: 'Lê Văn Thắng', sex: 'male', age: 57 },
  member: { fullName: 'Phan Xuân Dũng', sex: 'male', age: 66 },
  committee: { fullName: 'Trần Thị Thu Hoài', sex: 'female', age: 46 },
} as const;
const reservedNames = new Set<string>(Object.values(namedPeople).map((p) => p.fullName));

const RESTRUCTURE_ON = '2025-02-01';
const RENAMED_CELL = 5;
const MERGE_SUCCESSOR = 8;
const DISSOLVE_RECEIVER = 11;
const MOVED_IN_CELL = 53;
/** Cells with fewer than 3 official members (flagged) and cells whose term ended without a new one. */
export const FEW_OFFICIAL_CELLS = [37, 54] as const;
export const TERM_ENDED_CELLS = [44, 49, 56] as const;

interface OtherCommittee {
  code: string;
  name: string;
  workplace: string;
  profile: Profile;
  maleShare: number;
  cells: string[];
  partials?: Array<{ name: string; cells: string[] }>;
}

const otherCommittees: OtherCommittee[] = [
  {
    code: 'DB-MTTQ',
    name: 'Đảng bộ Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    workplace: 'Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    profile: 'agency',
    maleShare: 0.55,
    cells: [
      'Chi bộ Văn phòng',
      'Chi bộ Ban Tuyên giáo',
      'Chi bộ Ban Kinh tế',
      'Chi bộ Ban Công tác phía Nam',
    ],
    partials: [
      {
        name: 'Đảng bộ bộ phận Các ban chuyên trách',
        cells: [
          'Chi bộ Ban Dân chủ – Pháp luật',
          'Chi bộ Ban Phong trào',
          'Chi bộ Ban Đối ngoại và Kiều bào',
        ],
      },
      {
        name: 'Đảng bộ bộ phận Các đơn vị sự nghiệp',
        cells: ['Chi bộ Báo Đại Đoàn Kết', 'Chi bộ Tạp chí Mặt trận', 'Chi bộ Trung tâm Bồi dưỡng cán bộ'],
      },
    ],
  },
  {
    code: 'DB-HLHPN',
    name: 'Đảng bộ Cơ quan Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    workplace: 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    profile: 'agency',
    maleShare: 0.15,
    cells: [
      'Chi bộ Văn phòng',
      'Chi bộ Ban Tổ chức',
      'Chi bộ Ban Tuyên giáo',
      'Chi bộ Ban Gia đình – Xã hội',
      'Chi bộ Báo Phụ nữ Việt Nam',
      'Chi bộ Học viện Phụ nữ Việt Nam',
      'Chi bộ Nhà xuất bản Phụ nữ Việt Nam',
    ],
  },
  {
    code: 'DB-TWD',
    name: 'Đảng bộ Cơ quan Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    workplace: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    profile: 'agency',
    maleShare: 0.55,
    cells: [
      'Chi bộ Văn phòng',
      'Chi bộ Ban Tổ chức – Kiểm tra',
      'Chi bộ Ban Tuyên giáo',
      'Chi bộ Ban Mặt trận',
      'Chi bộ Nhà xuất bản Thanh Niên',
    ],
    partials: [
      { name: 'Đảng bộ bộ phận Báo Tiền Phong', cells: ['Chi bộ Ban Thư ký tòa soạn', 'Chi bộ Phóng viên'] },
    ],
  },
  {
    code: 'DB-TLD',
    name: 'Đảng bộ Cơ quan Tổng Liên đoàn Lao động Việt Nam',
    workplace: 'Tổng Liên đoàn Lao động Việt Nam',
    profile: 'agency',
    maleShare: 0.55,
    cells: [
      'Chi bộ Văn phòng',
      'Chi bộ Ban Tổ chức',
      'Chi bộ Ban Chính sách – Pháp luật',
      'Chi bộ Ban Tài chính',
      'Chi bộ Báo Lao Động',
      'Chi bộ Viện Công nhân và Công đoàn',
    ],
  },
  {
    code: 'DB-HND',
    name: 'Đảng bộ Cơ quan Trung ương Hội Nông dân Việt Nam',
    workplace: 'Trung ương Hội Nông dân Việt Nam',
    profile: 'agency',
    maleShare: 0.6,
    cells: [
      'Chi bộ Văn phòng',
      'Chi bộ Ban Tổ chức – Kiểm tra',
      'Chi bộ Ban Kinh tế',
      'Chi bộ Báo Nông thôn Ngày nay',
      'Chi bộ Trung tâm Hỗ trợ nông dân',
    ],
  },
];

export interface CellOfReference {
  id: string;
  name: string;
  parentId: string;
  /** VUSTA cells: index in cells.ts; others: -1. */
  index: number;
  members: MemberRecord[];
  /** The cell has no congress term after 2022-2025. */
  termEnded: boolean;
}

export interface ReferenceData {
  tree: TreeHistory;
  members: MemberRecord[];
  offices: Offices;
  numbering: Numbering;
  /** The national root when the reference sits inside a national tree. */
  rootId: string | null;
  superiorId: string;
  vustaId: string;
  officeCellId: string;
  /** Members the demo sign-ins are linked to. */
  people: { secretary: string; member: string; committee: string };
}

const hanoi = provinces.filter(
  (p) => p.becomes === 'Hà Nội' || ['036', '034', '038', '040'].includes(p.code),
);

/** Cell sizes (active members) that sum to the target, within bounds, with the two small cells fixed. */
function vustaCellSizes(rng: Random): number[] {
  const sizes = demoCellNames.map((_, i) => (i === 0 ? 26 : i <= 11 ? rng.int(8, 18) : rng.int(6, 22)));
  sizes[FEW_OFFICIAL_CELLS[0]] = 3;
  sizes[FEW_OFFICIAL_CELLS[1]] = 4;
  const fixed = new Set<number>([0, ...FEW_OFFICIAL_CELLS]);
  let sum = sizes.reduce((a, b) => a + b, 0);
  while (sum !== REFERENCE_ACTIVE_MEMBERS) {
    const i = rng.int(1, sizes.length - 1);
    const size = sizes[i] as number;
    if (fixed.has(i)) continue;
    if (sum < REFERENCE_ACTIVE_MEMBERS && size < 30) {
      sizes[i] = size + 1;
      sum++;
    } else if (sum > REFERENCE_ACTIVE_MEMBERS && size > 6) {
      sizes[i] = size - 1;
      sum--;
    }
  }
  return sizes;
}

/** Statuses of each VUSTA cell's active members: mostly official, some probationary, some exempted (elderly). */
function vustaStatuses(rng: Random, sizes: number[]): PlannedStatus[][] {
  const plans = sizes.map((n) => Array.from({ length: n }, (): PlannedStatus => 'official'));
  const [fewA, fewB] = FEW_OFFICIAL_CELLS;
  plans[fewA] = ['official', 'official', 'exempted'];
  plans[fewB] = ['official', 'official', 'probationary', 'exempted'];
  const spread = (status: PlannedStatus, count: number, from: number) => {
    let placed = 0;
    while (placed < count) {
      const i = rng.int(from, sizes.length - 1);
      const cell = plans[i] as PlannedStatus[];
      if (i === fewA || i === fewB || cell.length < 8) continue;
      const slot = cell.indexOf('official', 6);
      if (slot < 0 || cell.filter((s) => s !== 'official').length >= 2) continue;
      cell[slot] = status;
      placed++;
    }
  };
  spread('probationary', 11, 0);
  spread('exempted', 22, 12);
  return plans;
}

export function generateReference(options: {
  seed: string;
  today: string;
  national: boolean;
}): ReferenceData {
  const { seed, today } = options;
  const rng = Random.of(seed, 'reference');
  const ids = Random.of(seed, 'reference-ids');
  const numbering = new Numbering(Number.parseInt(ids.digits(6), 10));
  const tree = new TreeHistory();

  // The national root draws from its own stream: the reference ids are the same with or without it.
  const rootId = options.national
    ? tree.create({
        id: Random.of(seed, 'national-root').uuid(),
        kind: 'central',
        name: 'Đảng Cộng sản Việt Nam',
        code: 'TW',
        parentId: null,
        foundedOn: '1930-02-03',
      })
    : null;
  const khoiId = tree.create({
    id: ids.uuid(),
    kind: 'provincial',
    name: 'Đảng ủy Khối các cơ quan Trung ương',
    code: 'DUK-CCQTW',
    parentId: rootId,
    foundedOn: '2007-01-15',
  });
  const superiorId = tree.create({
    id: ids.uuid(),
    kind: 'provincial',
    name: SUPERIOR_NAME,
    code: 'DU-MTTQ-DTTW',
    parentId: rootId,
    foundedOn: RESTRUCTURE_ON,
    decisionRef: '245-QĐ/TW',
  });
  const vustaId = tree.create({
    id: ids.uuid(),
    kind: 'grassroots',
    name: VUSTA_NAME,
    code: 'DB-VUSTA',
    parentId: khoiId,
    foundedOn: '2007-03-01',
    decisionRef: '12-QĐ/ĐUK',
  });

  // The other grassroots committees and their cells (members are drawn below, with VUSTA's).
  const cells: CellOfReference[] = [];
  const committees: Array<{ id: string; spec: OtherCommittee; partialIds: string[] }> = [];
  let hlhpnId = '';
  for (const spec of otherCommittees) {
    const id = tree.create({
      id: ids.uuid(),
      kind: 'grassroots',
      name: spec.name,
      code: spec.code,
      parentId: khoiId,
      foundedOn: '2007-03-01',
    });
    if (spec.code === 'DB-HLHPN') hlhpnId = id;
    const partialIds: string[] = [];
    let n = 0;
    const addCell = (name: string, parentId: string) => {
      n++;
      const cellId = tree.create({
        id: ids.uuid(),
        kind: 'cell',
        name,
        code: `${spec.code}-CB${String(n).padStart(2, '0')}`,
        parentId,
        foundedOn: dayBetween(rng.float(), '2007-04-01', '2014-12-31'),
      });
      cells.push({ id: cellId, name, parentId, index: -1, members: [], termEnded: false });
    };
    for (const name of spec.cells) addCell(name, id);
    for (const [k, partial] of (spec.partials ?? []).entries()) {
      const partialId = tree.create({
        id: ids.uuid(),
        kind: 'partial',
        name: partial.name,
        code: `${spec.code}-DBBP${k + 1}`,
        parentId: id,
        foundedOn: '2007-04-01',
      });
      partialIds.push(partialId);
      for (const name of partial.cells) addCell(name, partialId);
    }
    committees.push({ id, spec, partialIds });
  }

  // VUSTA's 58 cells, one of which began under the women's union's committee.
  const vustaCells: CellOfReference[] = demoCellNames.map((name, index) => {
    const movedIn = index === MOVED_IN_CELL;
    const foundedOn = index === 0 ? '2007-03-01' : dayBetween(rng.float(), '2007-03-15', '2016-12-31');
    const id = tree.create({
      id: ids.uuid(),
      kind: 'cell',
      name: index === RENAMED_CELL ? 'Chi bộ Ban Phổ biến kiến thức' : name,
      code: movedIn ? 'DB-HLHPN-CB08' : `CB${String(index + 1).padStart(2, '0')}`,
      parentId: movedIn ? hlhpnId : vustaId,
      foundedOn,
    });
    const termEnded = (TERM_ENDED_CELLS as readonly number[]).includes(index);
    return { id, name, parentId: vustaId, index, members: [], termEnded };
  });
  const renamed = vustaCells[RENAMED_CELL] as CellOfReference;
  const successor = vustaCells[MERGE_SUCCESSOR] as CellOfReference;
  const receiver = vustaCells[DISSOLVE_RECEIVER] as CellOfReference;
  const movedIn = vustaCells[MOVED_IN_CELL] as CellOfReference;
  const dissolvedId = tree.create({
    id: ids.uuid(),
    kind: 'cell',
    name: 'Chi bộ Trung tâm Nghiên cứu và Chuyển giao công nghệ',
    code: 'CB59',
    parentId: vustaId,
    foundedOn: '2008-06-01',
  });
  const mergedId = tree.create({
    id: ids.uuid(),
    kind: 'cell',
    name: 'Chi bộ Tạp chí Hoạt động Khoa học',
    code: 'CB60',
    parentId: vustaId,
    foundedOn: '2009-09-01',
  });

  // Members. VUSTA first, cell by cell; then the other committees.
  const sizes = vustaCellSizes(rng);
  const statuses = vustaStatuses(rng, sizes);
  const extras: Array<[PlannedStatus, number]> = [
    ['candidate', 6],
    ['deceased', 5],
    ['transferred_out', 4],
  ];
  for (const [status, count] of extras) {
    for (let k = 0; k < count; k++) (statuses[rng.int(12, 57)] as PlannedStatus[]).push(status);
  }
  const MERGED_MEMBERS = 6;
  const DISSOLVED_MEMBERS = 4;
  const members: MemberRecord[] = [];
  const people = { secretary: '', member: '', committee: '' };
  const vustaPlacement = (cell: CellOfReference): Placement => ({
    unitId: cell.id,
    unitPath: '',
    foundedOn: tree.foundedOn(cell.id),
    workplace: workplaceOf(cell.name, 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam'),
    majors: majorsFor(cell.name),
    profile: 'science',
    residence: hanoiAddress,
    homeProvinces: hanoi,
    recordProvince: '01',
    emailDomain: 'vusta.vn',
  });
  const draw = (placement: Placement, plan: MemberPlan): MemberRecord => {
    for (;;) {
      const member = generateMember(rng, numbering, placement, plan, today);
      if (plan.fullName || !reservedNames.has(member.fullName)) return member;
    }
  };
  for (const cell of vustaCells) {
    const base = vustaPlacement(cell);
    const plan = statuses[cell.index] as PlannedStatus[];
    let movedFromMerged = 0;
    let movedFromDissolved = 0;
    for (const [k, status] of plan.entries()) {
      let placement = base;
      if (cell === successor && status === 'official' && movedFromMerged < MERGED_MEMBERS) {
        movedFromMerged++;
        placement = {
          ...base,
          previous: {
            unitId: mergedId,
            foundedOn: tree.foundedOn(mergedId),
            movedOn: '2024-07-01',
            reason: 'Hợp nhất Chi bộ Tạp chí Hoạt động Khoa học vào Chi bộ Tạp chí Khoa học và Tổ quốc',
          },
        };
      } else if (cell === receiver && status === 'official' && movedFromDissolved < DISSOLVED_MEMBERS) {
        movedFromDissolved++;
        placement = {
          ...base,
          previous: {
            unitId: dissolvedId,
            foundedOn: tree.foundedOn(dissolvedId),
            movedOn: '2023-01-01',
            reason: 'Giải thể Chi bộ Trung tâm Nghiên cứu và Chuyển giao công nghệ',
          },
        };
      }
      let named: MemberPlan = { status };
      if (cell.index === 0 && k < 3) {
        const who = (['secretary', 'member', 'committee'] as const)[k] as keyof typeof namedPeople;
        named = { status: 'official', ...namedPeople[who] };
      }
      const member = draw(placement, named);
      if (cell.index === 0 && k < 3)
        people[(['secretary', 'member', 'committee'] as const)[k] as 'secretary'] = member.id;
      cell.members.push(member);
    }
  }
  for (const committee of committees) {
    for (const cell of cells.filter((c) => isUnder(c, committee))) {
      const placement: Placement = {
        unitId: cell.id,
        unitPath: '',
        foundedOn: tree.foundedOn(cell.id),
        workplace: workplaceOf(cell.name, committee.spec.workplace),
        majors: majorsFor(cell.name),
        profile: committee.spec.profile,
        residence: hanoiAddress,
        homeProvinces: hanoi,
        recordProvince: '01',
        emailDomain: 'gmail.com',
        maleShare: committee.spec.maleShare,
      };
      const size = rng.int(8, 24);
      for (let k = 0; k < size; k++) {
        const status: PlannedStatus = k >= 3 && rng.chance(0.04) ? 'probationary' : 'official';
        cell.members.push(draw(placement, { status }));
      }
      if (rng.chance(0.3)) cell.members.push(draw(placement, { status: 'candidate' }));
    }
  }

  // Tree events, in date order of their effect.
  tree.dissolve(
    dissolvedId,
    '2023-01-01',
    '87-QĐ/ĐU',
    `Đơn vị sự nghiệp giải thể; ${DISSOLVED_MEMBERS} đảng viên chuyển sinh hoạt về ${receiver.name}`,
  );
  tree.rename(renamed.id, '2023-06-15', renamed.name, '102-QĐ/ĐU');
  tree.merge(mergedId, '2024-07-01', successor.id, '156-QĐ/ĐU', MERGED_MEMBERS);
  for (const id of [vustaId, ...committees.map((c) => c.id)]) {
    tree.move(
      id,
      RESTRUCTURE_ON,
      superiorId,
      '245-QĐ/TW',
      'Chuyển về Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương',
    );
  }
  tree.dissolve(
    khoiId,
    RESTRUCTURE_ON,
    '245-QĐ/TW',
    'Kết thúc hoạt động; các tổ chức đảng trực thuộc chuyển về các đảng bộ mới',
  );
  tree.move(
    movedIn.id,
    '2025-02-15',
    vustaId,
    '09-QĐ/ĐUMTTQ',
    'Chuyển từ Đảng bộ Cơ quan Trung ương Hội LHPN Việt Nam',
  );

  // Paths are known once the history is: fill them into the members.
  const allCells = [...vustaCells, ...cells];
  for (const cell of allCells) {
    const path = tree.pathOf(cell.id);
    for (const member of cell.members) {
      member.unitPath = path;
      members.push(member);
    }
  }

  const offices = officesOfReference({
    rng: Random.of(seed, 'reference-offices'),
    today,
    superiorId,
    khoiId,
    vustaId,
    vustaCells,
    committees: committees.map((c) => ({
      id: c.id,
      partialIds: c.partialIds,
      cells: cells.filter((cell) => isUnder(cell, c)),
    })),
    people,
  });

  return {
    tree,
    members,
    offices,
    numbering,
    rootId,
    superiorId,
    vustaId,
    officeCellId: (vustaCells[0] as CellOfReference).id,
    people,
  };
}

function isUnder(cell: CellOfReference, committee: { id: string; partialIds: string[] }) {
  return cell.parentId === committee.id || committee.partialIds.includes(cell.parentId);
}
