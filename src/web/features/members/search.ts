import {
  type AgeBand,
  ageBands,
  type EthnicityCode,
  ethnicityCodes,
  type MemberStatus,
  memberStatuses,
  type ProfessionalDegree,
  professionalDegrees,
  type Sex,
  sexes,
  type TheoryLevel,
  theoryLevels,
} from '../../../domain/member-codes';
import type { MemberSearch, StatisticsSearch } from './api';

/** Search params arrive untyped from the URL (numeric-looking ones as numbers): keep non-empty text. */
const text = (value: unknown): string | undefined => {
  const s = typeof value === 'number' ? String(value) : value;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
};

/** A value of a code list, or nothing (an unknown value in a hand-edited address is dropped, not an error). */
const pick = <T extends string>(list: readonly T[], value: unknown): T | undefined => {
  // "01" becomes the number 1 when the URL is parsed: restore the two digits of GSO codes.
  const s = typeof value === 'number' && value < 10 ? `0${value}` : text(value);
  return list.find((item) => item === s);
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: unknown): string | undefined => {
  const s = text(value);
  return s && UUID.test(s) ? s : undefined;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseMemberSearch(search: Record<string, unknown>): MemberSearch {
  return {
    q: text(search.q)?.slice(0, 200),
    unitId: uuid(search.unitId),
    status: pick<MemberStatus>(memberStatuses, search.status),
    sex: pick<Sex>(sexes, search.sex),
    ageBand: pick<AgeBand>(ageBands, search.ageBand),
    ethnicityCode: pick<EthnicityCode>(ethnicityCodes, search.ethnicityCode),
    professionalDegree: pick<ProfessionalDegree>(professionalDegrees, search.professionalDegree),
    theoryLevel: pick<TheoryLevel>(theoryLevels, search.theoryLevel),
  };
}

export function parseStatisticsSearch(search: Record<string, unknown>): StatisticsSearch {
  const asOf = text(search.asOf);
  return { unitId: uuid(search.unitId), asOf: asOf && ISO_DATE.test(asOf) ? asOf : undefined };
}

/** The filters that are set (the query key and the API call leave the rest out). */
export const activeFilters = (search: MemberSearch): MemberSearch =>
  Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as MemberSearch;

/** Whether anything narrows the list (search text or a filter). */
export const hasFilters = (search: MemberSearch): boolean => Object.keys(activeFilters(search)).length > 0;
