import type {
  AcademicTitle,
  MemberStatus,
  ProfessionalDegree,
  Sex,
  TheoryLevel,
} from '../../domain/member-codes';
import { memberDerivedColumns } from '../../domain/member-search';
import { fold } from '../../domain/text';
import { addDays, addMonths, addYears, dayBetween, maxDate, minDate, yearsBetween } from './calendar';
import { personName } from './names';
import { type AddressPair, type Province, randomProvince, ruralAddress } from './places';
import { type Random, scramble, weighted } from './random';

/**
 * One generated party member: the register row with its derived columns (sort key, search text), its status
 * events and its unit history, with dates that hold together: birth < admission (at 18 to 60) ≤ official
 * (= admission + 12 months) ≤ today, and every unit period inside the life of the unit.
 */
export interface MemberRecord {
  id: string;
  fullName: string;
  sortKey: string;
  searchText: string;
  birthDate: string;
  sex: Sex;
  ethnicityCode: string;
  religionCode: string;
  citizenId: string | null;
  hometownOld: string;
  hometownNew: string;
  residenceOld: string;
  residenceNew: string;
  admissionDate: string | null;
  officialDate: string | null;
  cardNumber: string | null;
  recordNumber: string | null;
  unitId: string;
  unitPath: string;
  generalEducation: string;
  professionalDegree: ProfessionalDegree;
  major: string | null;
  academicTitle: AcademicTitle | null;
  theoryLevel: TheoryLevel;
  job: string;
  workplace: string;
  phone: string | null;
  email: string | null;
  status: MemberStatus;
  statusSince: string;
  events: StatusEvent[];
  history: UnitPeriod[];
}

export interface StatusEvent {
  status: MemberStatus;
  effectiveOn: string;
  decisionRef: string | null;
  note: string | null;
}

export interface UnitPeriod {
  unitId: string;
  fromDate: string;
  toDate: string | null;
  reason: string | null;
}

/** Who the members of a unit are: scientists of a union, the people of a commune, young officials … */
export type Profile = 'science' | 'general' | 'agency';

/** Where a member is placed: their unit today and what the unit says about their work and home. */
export interface Placement {
  unitId: string;
  unitPath: string;
  /** The member's unit periods start on or after this day. */
  foundedOn: string;
  workplace: string;
  majors: readonly string[];
  profile: Profile;
  residence: (rng: Random) => AddressPair;
  /** Most members of a provincial unit were born in one of its old provinces. */
  homeProvinces?: readonly Province[];
  /** Party code of the province in record numbers, e.g. `01` for Hà Nội. */
  recordProvince: string;
  emailDomain: string;
  /** Share of men among the members (default 0.62). */
  maleShare?: number;
  /** The member came from another unit (merged or dissolved) on that day. */
  previous?: { unitId: string; foundedOn: string; movedOn: string; reason: string };
}

export type PlannedStatus =
  | 'official'
  | 'probationary'
  | 'exempted'
  | 'candidate'
  | 'deceased'
  | 'transferred_out';

export interface MemberPlan {
  status: PlannedStatus;
  fullName?: string;
  sex?: Sex;
  /** Age today, in whole years. */
  age?: number;
}

/** Counters that make citizen IDs and card numbers unique across everything one generator run produces. */
export class Numbering {
  private readonly perProvince = new Map<string, number>();
  private cards = 0;
  private records = 0;
  constructor(private readonly salt: number) {}

  /** CCCD: province of birth registration (3), sex and century (1), year of birth (2), serial (6). */
  citizenId(provinceCode: string, sex: Sex, birthDate: string): string {
    const n = this.perProvince.get(provinceCode) ?? 0;
    if (n >= 1_000_000) throw new Error(`more than a million citizen IDs for province ${provinceCode}`);
    this.perProvince.set(provinceCode, n + 1);
    const year = Number(birthDate.slice(0, 4));
    const centuryDigit = (year >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
    const serial = scramble(n, 6, this.salt + Number(provinceCode) * 104_729);
    return `${provinceCode}${centuryDigit}${String(year % 100).padStart(2, '0')}${serial}`;
  }

  cardNumber(): string {
    return scramble(this.cards++, 8, this.salt * 7 + 13);
  }

  recordNumber(provinceCode: string): string {
    return `${scramble(this.records++, 6, this.salt * 3 + 5)}-${provinceCode}`;
  }
}

const ageBands: Record<Profile, ReturnType<typeof weighted<readonly [number, number]>>> = {
  // A science union: about half its members are over 60, a few over 85 (DOMAIN.md §1).
  science: weighted([
    [[27, 44], 20],
    [[45, 59], 30],
    [[60, 74], 34],
    [[75, 84], 12],
    [[85, 93], 4],
  ]),
  general: weighted([
    [[22, 34], 22],
    [[35, 49], 31],
    [[50, 59], 18],
    [[60, 74], 20],
    [[75, 92], 9],
  ]),
  // Staff of a central agency: working age; retired staff keep their membership where they live.
  agency: weighted([
    [[24, 34], 35],
    [[35, 49], 42],
    [[50, 60], 23],
  ]),
};

const otherEthnicities = weighted([
  ['02', 30],
  ['04', 18],
  ['03', 18],
  ['07', 12],
  ['06', 8],
  ['05', 8],
  ['09', 6],
  ['12', 3],
  ['17', 2],
  ['08', 3],
  ['13', 2],
]);

const religions = weighted([
  ['00', 940],
  ['01', 32],
  ['02', 20],
  ['03', 3],
  ['04', 3],
  ['05', 2],
]);

const degrees: Record<Profile, ReturnType<typeof weighted<ProfessionalDegree>>> = {
  science: weighted([
    ['doctor', 30],
    ['doctor_of_science', 3],
    ['master', 27],
    ['bachelor', 33],
    ['college', 3],
    ['intermediate', 4],
  ]),
  general: weighted([
    ['master', 7],
    ['doctor', 1],
    ['bachelor', 42],
    ['college', 9],
    ['intermediate', 16],
    ['vocational', 7],
    ['none', 18],
  ]),
  agency: weighted([
    ['master', 30],
    ['doctor', 4],
    ['bachelor', 62],
    ['college', 4],
  ]),
};

const theory = weighted<TheoryLevel>([
  ['advanced', 22],
  ['bachelor', 3],
  ['intermediate', 30],
  ['elementary', 33],
  ['none', 12],
]);

const jobs: Record<Profile, readonly string[]> = {
  science: [
    'Chuyên viên',
    'Chuyên viên chính',
    'Nghiên cứu viên',
    'Nghiên cứu viên chính',
    'Biên tập viên',
    'Kế toán viên',
    'Phó Trưởng ban',
    'Trưởng ban',
    'Phó Chủ tịch Hội',
    'Tổng Thư ký Hội',
    'Kỹ sư',
    'Giảng viên kiêm nhiệm',
  ],
  general: [
    'Công chức',
    'Viên chức',
    'Giáo viên',
    'Nông dân',
    'Công nhân',
    'Bác sĩ',
    'Điều dưỡng',
    'Kỹ sư',
    'Kế toán',
    'Cán bộ thôn',
    'Kinh doanh',
    'Bộ đội xuất ngũ',
  ],
  agency: [
    'Chuyên viên',
    'Chuyên viên chính',
    'Phóng viên',
    'Biên tập viên',
    'Kế toán viên',
    'Phó Trưởng ban',
  ],
};

const phonePrefixes = [
  '090',
  '091',
  '094',
  '098',
  '096',
  '097',
  '086',
  '088',
  '035',
  '039',
  '083',
  '084',
  '077',
  '093',
];

function decision(rng: Random, kind: 'QĐ' | 'NQ', body = 'ĐU'): string {
  return `${rng.int(1, 420)}-${kind}/${body}`;
}

function drawAge(rng: Random, profile: Profile, status: PlannedStatus): number {
  switch (status) {
    case 'probationary':
      return rng.int(22, 38);
    case 'candidate':
      return rng.int(21, 36);
    case 'exempted':
      return rng.int(77, 93);
    case 'deceased':
      return rng.int(78, 96);
    case 'transferred_out':
      return rng.int(28, 58);
    default: {
      const [lo, hi] = rng.pickWeighted(ageBands[profile]);
      return rng.int(lo, hi);
    }
  }
}

/** Admission: at 18 to 60 (counted in months), before `latest`; older people mostly joined young. */
function drawAdmission(rng: Random, birthDate: string, latest: string, profile: Profile): string {
  const earliest = addDays(addMonths(birthDate, 18 * 12), 1);
  const lastAllowed = minDate(latest, addMonths(birthDate, 60 * 12));
  const typicalAge = rng.normal(profile === 'agency' ? 25 : 27, 6, 18.1, 58);
  const wanted = addDays(addMonths(birthDate, Math.floor(typicalAge * 12)), rng.int(0, 27));
  return maxDate(earliest, minDate(wanted, lastAllowed));
}

function drawDegree(rng: Random, profile: Profile, age: number): ProfessionalDegree {
  const degree = rng.pickWeighted(degrees[profile]);
  // A doctorate of science (TSKH) was awarded until the 1990s: only older members hold one.
  if (degree === 'doctor_of_science' && age < 60) return 'doctor';
  return degree;
}

function drawTitle(rng: Random, degree: ProfessionalDegree, age: number): AcademicTitle | null {
  if (degree !== 'doctor' && degree !== 'doctor_of_science') return null;
  if (age >= 55 && rng.chance(0.16)) return 'professor';
  if (age >= 42 && rng.chance(0.32)) return 'associate_professor';
  return null;
}

function emailOf(rng: Random, fullName: string, domain: string): string {
  const words = fold(fullName).split(' ');
  const given = words.at(-1) ?? 'dv';
  const initials = words
    .slice(0, -1)
    .map((w) => w[0])
    .join('');
  return `${given}.${initials}${rng.int(1, 99)}@${domain}`;
}

/**
 * Draws one member for a placement. `today` anchors the relative dates (probation in the last 12 months,
 * ages); every other date follows from the draws.
 */
export function generateMember(
  rng: Random,
  numbering: Numbering,
  placement: Placement,
  plan: MemberPlan,
  today: string,
): MemberRecord {
  const { profile } = placement;
  const status = plan.status;
  if (placement.previous && (status === 'probationary' || status === 'candidate'))
    throw new Error('a member who came from another unit was admitted before the move');
  const sex: Sex = plan.sex ?? (rng.chance(placement.maleShare ?? 0.62) ? 'male' : 'female');
  const age = plan.age ?? drawAge(rng, profile, status);
  const birthDate = dayBetween(rng.float(), addYears(today, -age - 1), addDays(addYears(today, -age), -1));
  const birthYear = Number(birthDate.slice(0, 4));
  const ethnicityCode = rng.chance(profile === 'general' ? 0.11 : 0.045)
    ? rng.pickWeighted(otherEthnicities)
    : '01';
  const fullName = plan.fullName ?? personName(rng, sex, ethnicityCode, birthYear);
  const homeProvince =
    placement.homeProvinces && rng.chance(0.75) ? rng.pick(placement.homeProvinces) : randomProvince(rng);
  const hometown = ruralAddress(rng, homeProvince);
  const residence = placement.residence(rng);

  // The member's time in the unit (and in a predecessor unit, when there was one).
  const firstUnitDay = placement.previous?.foundedOn ?? placement.foundedOn;
  const events: StatusEvent[] = [];
  let admissionDate: string | null = null;
  let officialDate: string | null = null;
  let joined: string;
  let leftOn: string | null = null;
  let endStatus: StatusEvent | null = null;

  if (status === 'candidate') {
    joined = maxDate(firstUnitDay, dayBetween(rng.float(), addYears(today, -4), addDays(today, -200)));
    const since = dayBetween(rng.float(), maxDate(joined, addDays(today, -300)), addDays(today, -20));
    events.push({
      status: 'candidate',
      effectiveOn: since,
      decisionRef: null,
      note: 'Quần chúng ưu tú, đã học lớp bồi dưỡng nhận thức về Đảng',
    });
  } else {
    if (status === 'probationary') {
      admissionDate = dayBetween(rng.float(), addDays(today, -340), addDays(today, -25));
      joined = maxDate(firstUnitDay, admissionDate);
    } else {
      // Official for at least a few months before today (or before leaving).
      const latestAdmission = placement.previous
        ? minDate(addMonths(today, -14), addDays(placement.previous.movedOn, -60))
        : addMonths(today, -14);
      admissionDate = drawAdmission(rng, birthDate, latestAdmission, profile);
      officialDate = addMonths(admissionDate, 12);
      // Some were admitted in this unit; the others came later, most of them long ago.
      const from = maxDate(firstUnitDay, admissionDate);
      const to = placement.previous ? addDays(placement.previous.movedOn, -30) : addDays(today, -150);
      joined = rng.chance(0.3) ? from : dayBetween(rng.float() ** 1.6, from, maxDate(from, to));
    }
    events.push({
      status: 'probationary',
      effectiveOn: admissionDate,
      decisionRef: decision(rng, 'QĐ'),
      note: 'Kết nạp đảng viên',
    });
    if (officialDate) {
      events.push({
        status: 'official',
        effectiveOn: officialDate,
        decisionRef: decision(rng, 'QĐ'),
        note: 'Công nhận đảng viên chính thức',
      });
    }
    const stayFrom = placement.previous ? placement.previous.movedOn : joined;
    if (status === 'exempted') {
      const from = maxDate(stayFrom, addYears(birthDate, 75));
      const on = dayBetween(rng.float(), from, maxDate(from, addDays(today, -30)));
      endStatus = {
        status: 'exempted',
        effectiveOn: on,
        decisionRef: decision(rng, 'NQ', 'CB'),
        note: 'Miễn công tác và sinh hoạt đảng vì tuổi cao, sức yếu',
      };
    } else if (status === 'deceased' || status === 'transferred_out') {
      const from = maxDate(addDays(stayFrom, 60), '2020-01-01');
      const on = dayBetween(rng.float(), from, maxDate(from, addDays(today, -45)));
      leftOn = on;
      endStatus =
        status === 'deceased'
          ? { status, effectiveOn: on, decisionRef: null, note: 'Từ trần' }
          : {
              status,
              effectiveOn: on,
              decisionRef: null,
              note: 'Chuyển sinh hoạt đảng chính thức ra ngoài Đảng bộ',
            };
    }
    if (endStatus) events.push(endStatus);
  }

  const history: UnitPeriod[] = [];
  if (placement.previous) {
    const joinedBefore = minDate(joined, addDays(placement.previous.movedOn, -1));
    history.push({
      unitId: placement.previous.unitId,
      fromDate: joinedBefore,
      toDate: placement.previous.movedOn,
      reason: null,
    });
    history.push({
      unitId: placement.unitId,
      fromDate: placement.previous.movedOn,
      toDate: leftOn,
      reason: placement.previous.reason,
    });
  } else {
    history.push({ unitId: placement.unitId, fromDate: joined, toDate: leftOn, reason: null });
  }

  const last = events.at(-1) as StatusEvent;
  const degree = drawDegree(rng, profile, age);
  const retired = age >= (sex === 'male' ? 62 : 60);
  const working = !retired && status !== 'deceased';
  const hasCitizenId = !(status === 'deceased' && (leftOn ?? today) < '2021-07-01');
  const citizenId = hasCitizenId ? numbering.citizenId(homeProvince.code, sex, birthDate) : null;
  const cardNumber = admissionDate && status !== 'probationary' ? numbering.cardNumber() : null;
  const recordNumber = admissionDate ? numbering.recordNumber(placement.recordProvince) : null;
  const phone = status === 'deceased' ? null : `${rng.pick(phonePrefixes)}${rng.digits(7)}`;
  const email = working && rng.chance(0.4) ? emailOf(rng, fullName, placement.emailDomain) : null;
  const generalEducation = birthYear < 1962 && rng.chance(0.65) ? '10/10' : '12/12';
  let theoryLevel = rng.pickWeighted(theory);
  if (status === 'probationary' || status === 'candidate')
    theoryLevel = rng.chance(0.7) ? 'elementary' : 'none';

  return {
    id: rng.uuid(),
    fullName,
    ...memberDerivedColumns({ fullName, citizenId, cardNumber, phone }),
    birthDate,
    sex,
    ethnicityCode,
    religionCode: rng.pickWeighted(religions),
    citizenId,
    hometownOld: hometown.old,
    hometownNew: hometown.new,
    residenceOld: residence.old,
    residenceNew: residence.new,
    admissionDate,
    officialDate,
    cardNumber,
    recordNumber,
    unitId: placement.unitId,
    unitPath: placement.unitPath,
    generalEducation,
    professionalDegree: degree,
    major: degree === 'none' ? null : rng.pick(placement.majors),
    academicTitle: drawTitle(rng, degree, age),
    theoryLevel,
    job: working ? rng.pick(jobs[profile]) : 'Nghỉ hưu',
    workplace: working ? placement.workplace : `Nguyên cán bộ ${placement.workplace}`,
    phone,
    email,
    status: last.status,
    statusSince: last.effectiveOn,
    events,
    history,
  };
}

/** Whole years of age on a day (used by the reference plan to place elderly members). */
export const ageOn = (birthDate: string, day: string) => yearsBetween(birthDate, day);
