import type { UnitKind } from '../../contracts/units';
import { textSortKey } from '../../domain/name-sort';
import { pathLabel } from '../modules/org/service';
import { addDays, addMonths, dayBetween } from './calendar';
import type { LoadSession } from './loader';
import { Offices } from './offices';
import { generateMember, type Numbering, type Placement, type PlannedStatus, type Profile } from './people';
import {
  type AddressPair,
  hanoiAddress,
  newProvinces,
  type Province,
  provinceTitle,
  ruralAddress,
} from './places';
import { Random, weighted } from './random';
import { addMember, bodyTable, positionTable, termTable, unitTable, unitVersionTable } from './tables';

/**
 * The national tree for benchmarks and scale tests (issue 3: up to 5.6 million members, ~300,000 units),
 * generated and written in streaming batches: only the unit being filled is in memory. Under the root: the
 * 34 provinces of the two-level local government (from 01/07/2025) and central blocs; under each, commune and
 * ward committees with village cells, agency committees (some with partial committees) and cell-level
 * grassroots organisations (chi bộ cơ sở). Sizes are chosen so that units ≈ members / 18.7.
 */

const NEW_TREE_ON = '2025-07-01';
const syllables = [
  'An',
  'Bình',
  'Phú',
  'Tân',
  'Hòa',
  'Thạnh',
  'Long',
  'Mỹ',
  'Hưng',
  'Phước',
  'Thuận',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Trung',
  'Hiệp',
  'Lộc',
  'Thịnh',
  'Vĩnh',
  'Xuân',
  'Yên',
  'Quang',
  'Minh',
  'Đức',
  'Thành',
  'Thái',
  'Sơn',
  'Hải',
  'Giang',
  'Lâm',
  'Cẩm',
  'Kim',
  'Ngọc',
  'Hồng',
  'Lạc',
  'Phong',
  'Quý',
  'Tiến',
  'Trường',
] as const;

const agencies = [
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Tài chính',
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Công Thương',
  'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Bệnh viện Đa khoa',
  'Trường Đại học',
  'Trường Cao đẳng',
  'Công ty Điện lực',
  'Kho bạc Nhà nước khu vực',
  'Thuế',
  'Báo và Phát thanh, Truyền hình',
  'Trung tâm Kiểm soát bệnh tật',
] as const;
const departments = [
  'Văn phòng',
  'Phòng Tổ chức cán bộ',
  'Phòng Kế hoạch – Tài chính',
  'Phòng Nghiệp vụ',
  'Phòng Hành chính – Tổng hợp',
  'Khoa Nội',
  'Khoa Ngoại',
  'Khoa Khám bệnh',
  'Bộ môn Cơ sở',
  'Xí nghiệp số',
];
const baseCells = [
  'Chi bộ Trường Trung học phổ thông',
  'Chi bộ Trường Trung học cơ sở',
  'Chi bộ Trung tâm Y tế khu vực',
  'Chi bộ Công ty Cổ phần',
  'Chi bộ Ngân hàng Nông nghiệp chi nhánh',
  'Chi bộ Hợp tác xã',
  'Chi bộ Ban Quản lý dự án',
];
const communeCells = [
  'Chi bộ Cơ quan Đảng – Đoàn thể',
  'Chi bộ Cơ quan Ủy ban nhân dân',
  'Chi bộ Công an',
  'Chi bộ Quân sự',
  'Chi bộ Trường Tiểu học',
  'Chi bộ Trạm Y tế',
];

const blocs: ReadonlyArray<{ name: string; code: string; weight: number }> = [
  { name: 'Đảng bộ Chính phủ', code: 'DBCP', weight: 30 },
  { name: 'Đảng bộ Quốc hội', code: 'DBQH', weight: 3 },
  { name: 'Đảng bộ các cơ quan Đảng Trung ương', code: 'DBCQD', weight: 5 },
  { name: 'Đảng bộ Quân đội', code: 'DBQD', weight: 40 },
  { name: 'Đảng bộ Công an Trung ương', code: 'DBCA', weight: 35 },
];

export interface NationalOptions {
  seed: string;
  today: string;
  rootId: string;
  rootPath: string;
  numbering: Numbering;
  /** Members to generate (all statuses; about 99% active). */
  members: number;
  onMembers?: (done: number) => void;
}

interface Parent {
  id: string;
  path: string;
  level: number;
}

function placeName(rng: Random): string {
  const a = rng.pick(syllables);
  let b = rng.pick(syllables);
  while (b === a) b = rng.pick(syllables);
  return `${a} ${b}`;
}

function plannedStatus(rng: Random): PlannedStatus {
  const x = rng.float();
  if (x < 0.955) return 'official';
  if (x < 0.983) return 'probationary';
  if (x < 0.993) return 'exempted';
  if (x < 0.996) return 'candidate';
  if (x < 0.998) return 'deceased';
  return 'transferred_out';
}

export async function generateNational(
  session: LoadSession,
  options: NationalOptions,
): Promise<{ units: number; members: number }> {
  const { writer } = session;
  const rng = Random.of(options.seed, 'national');
  const offices = new Offices(rng);
  let unitCount = 0;
  let memberCount = 0;

  const addUnit = (parent: Parent, kind: UnitKind, name: string, code: string, foundedOn: string): Parent => {
    const id = rng.uuid();
    const path = `${parent.path}.${pathLabel(id)}`;
    const level = parent.level + 1;
    const sortKey = textSortKey(name);
    const row = { id, parentId: parent.id, kind, name, sortKey, code, path, level };
    writer.add(unitTable, { ...row, foundedOn, dissolvedOn: null, successorId: null });
    writer.add(unitVersionTable, {
      unitId: id,
      validFrom: foundedOn,
      validTo: null,
      parentId: parent.id,
      kind,
      name,
      sortKey,
      code,
      path,
      level,
    });
    unitCount++;
    return { id, path, level };
  };

  /** Flushes the offices collected for a unit (terms, bodies, positions) into the writer. */
  const drainOffices = () => {
    for (const row of offices.terms.splice(0)) writer.add(termTable, row);
    for (const row of offices.bodies.splice(0)) writer.add(bodyTable, row);
    for (const row of offices.positions.splice(0)) writer.add(positionTable, row);
  };

  const fillUnit = (
    unit: Parent,
    size: number,
    placement: Omit<Placement, 'unitId' | 'unitPath'>,
  ): string[] => {
    const officials: string[] = [];
    const full: Placement = { ...placement, unitId: unit.id, unitPath: unit.path };
    for (let k = 0; k < size; k++) {
      const status = k < 2 ? 'official' : plannedStatus(rng);
      const member = generateMember(rng, options.numbering, full, { status }, options.today);
      addMember(writer, member);
      if (member.status === 'official') officials.push(member.id);
    }
    memberCount += size;
    return officials;
  };

  const cellTerm = (cellId: string, officials: string[]) => {
    const startsOn = dayBetween(rng.float(), '2025-07-15', '2025-10-31');
    const term = offices.term(cellId, startsOn, addDays(addMonths(startsOn, 30), -1), true);
    if (officials[0]) offices.hold(officials[0], 'secretary', { unitId: cellId, term, current: true }, null);
    if (officials.length >= 5 && officials[1])
      offices.hold(officials[1], 'deputy_secretary', { unitId: cellId, term, current: true }, null);
  };

  const committeeTerm = (unitId: string, secretary: string | undefined) => {
    const startsOn = dayBetween(rng.float(), '2025-08-01', '2025-09-30');
    const term = offices.term(unitId, startsOn, addDays(addMonths(startsOn, 60), -1), true);
    const bch = offices.body(unitId, 'executive_committee', 'Ban Chấp hành Đảng bộ');
    if (secretary) offices.hold(secretary, 'secretary', { unitId, body: bch, term, current: true }, null);
  };

  const cellSize = () => (rng.chance(0.01) ? rng.int(2, 4) : rng.int(10, 30));

  // Members per provincial-level unit, in proportion to population (blocs by a fixed share).
  const provincial = [
    ...newProvinces.map((p, i) => ({
      name: `Đảng bộ ${provinceTitle(p.name, p.city)}`,
      code: `T${String(i + 1).padStart(2, '0')}`,
      weight: p.parts.reduce((sum, part) => sum + part.weight, 0),
      parts: p.parts,
      bloc: false,
      foundedOn: NEW_TREE_ON,
    })),
    ...blocs.map((b) => ({ ...b, parts: newProvinces[0]?.parts ?? [], bloc: true, foundedOn: '2025-02-01' })),
  ];
  const totalWeight = provincial.reduce((sum, p) => sum + p.weight, 0);
  const root: Parent = { id: options.rootId, path: options.rootPath, level: 1 };

  for (const [index, province] of provincial.entries()) {
    const target =
      index === provincial.length - 1
        ? options.members - memberCount
        : Math.min(
            options.members - memberCount,
            Math.round((options.members * province.weight) / totalWeight),
          );
    const unit = addUnit(root, 'provincial', province.name, province.code, province.foundedOn);
    offices.term(unit.id, '2025-10-01', '2030-09-30', true);
    drainOffices();
    const recordProvince = String((index % 34) + 1).padStart(2, '0');
    const parts: readonly Province[] = province.parts;
    // Central blocs work in Hà Nội and come from everywhere; a province's members mostly come from it.
    const residence = province.bloc
      ? hanoiAddress
      : (r: Random): AddressPair => ruralAddress(r, r.pick(parts));
    const basePlacement = (profile: Profile, workplace: string, majors: readonly string[]) => ({
      foundedOn: province.foundedOn > NEW_TREE_ON ? province.foundedOn : NEW_TREE_ON,
      workplace,
      majors,
      profile,
      residence,
      homeProvinces: province.bloc ? undefined : parts,
      recordProvince,
      emailDomain: 'gmail.com',
    });
    const kinds = weighted<'commune' | 'agency' | 'base'>(
      province.bloc
        ? [
            ['agency', 0.6 / 90],
            ['base', 0.4 / 25],
          ]
        : [
            ['commune', 0.6 / 900],
            ['agency', 0.25 / 95],
            ['base', 0.15 / 24],
          ],
    );
    let n = 0;
    let placed = 0;
    while (placed < target) {
      n++;
      const kind = rng.pickWeighted(kinds);
      const code = `${province.code}-${String(n).padStart(5, '0')}`;
      if (kind === 'base') {
        const size = Math.min(target - placed, rng.int(8, 40));
        const name = `${rng.pick(baseCells)} ${placeName(rng)}`;
        const base = addUnit(unit, 'grassroots', name, code, NEW_TREE_ON);
        const officials = fillUnit(
          base,
          size,
          basePlacement('general', name.replace(/^Chi bộ /u, ''), ['Kinh tế']),
        );
        committeeTerm(base.id, officials[0]);
        drainOffices();
        placed += size;
      } else {
        const commune = kind === 'commune';
        const size = Math.min(target - placed, commune ? rng.int(500, 1300) : rng.int(40, 160));
        const title = commune
          ? `Đảng bộ ${rng.chance(0.25) ? 'phường' : 'xã'} ${placeName(rng)}`
          : `Đảng bộ ${rng.pick(agencies)} ${placeName(rng)}`;
        const committee = addUnit(unit, 'grassroots', title, code, NEW_TREE_ON);
        const workplace = title.replace(/^Đảng bộ /u, '');
        const placement = basePlacement(commune ? 'general' : 'agency', workplace, [
          'Kinh tế',
          'Luật',
          'Quản lý nhà nước',
        ]);
        const partials =
          !commune && size >= 100 && rng.chance(0.5)
            ? [0, 1].map((k) =>
                addUnit(
                  committee,
                  'partial',
                  `Đảng bộ bộ phận ${placeName(rng)}`,
                  `${code}-P${k + 1}`,
                  NEW_TREE_ON,
                ),
              )
            : [];
        let filled = 0;
        let cellNo = 0;
        let secretary: string | undefined;
        while (filled < size) {
          const cellMembers = Math.min(size - filled, cellSize());
          cellNo++;
          const name = commune
            ? (communeCells[cellNo - 1] ??
              (rng.chance(0.5) ? `Chi bộ thôn ${placeName(rng)}` : `Chi bộ tổ dân phố số ${cellNo}`))
            : `Chi bộ ${departments[(cellNo - 1) % departments.length]}${cellNo > departments.length ? ` ${cellNo}` : ''}`;
          const parent =
            partials.length > 0 && cellNo > 2 ? (partials[cellNo % partials.length] as Parent) : committee;
          const cell = addUnit(parent, 'cell', name, `${code}-C${cellNo}`, NEW_TREE_ON);
          const officials = fillUnit(cell, cellMembers, placement);
          secretary ??= officials[0];
          cellTerm(cell.id, officials);
          drainOffices();
          filled += cellMembers;
          await writer.flushIfFull();
        }
        committeeTerm(committee.id, secretary);
        for (const partial of partials) offices.term(partial.id, '2025-08-15', '2030-08-14', true);
        drainOffices();
        placed += size;
      }
      await writer.flushIfFull();
      options.onMembers?.(memberCount);
    }
  }
  return { units: unitCount, members: memberCount };
}
