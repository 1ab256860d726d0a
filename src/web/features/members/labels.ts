import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PositionTitle } from '../../../contracts/units';
import {
  type AcademicTitle,
  type AgeBand,
  academicTitles,
  ageBands,
  ethnicities,
  type MemberStatus,
  memberStatuses,
  type PartyAgeBand,
  type ProfessionalDegree,
  partyAgeBands,
  professionalDegrees,
  religions,
  type Sex,
  sexes,
  type TheoryLevel,
  theoryLevels,
} from '../../../domain/member-codes';

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isMemberStatus = oneOf<MemberStatus>(memberStatuses);
export const isSex = oneOf<Sex>(sexes);
export const isAgeBand = oneOf<AgeBand>(ageBands);
export const isPartyAgeBand = oneOf<PartyAgeBand>(partyAgeBands);
export const isProfessionalDegree = oneOf<ProfessionalDegree>(professionalDegrees);
export const isTheoryLevel = oneOf<TheoryLevel>(theoryLevels);
export const isAcademicTitle = oneOf<AcademicTitle>(academicTitles);

const ethnicityNames = new Map<string, string>(ethnicities);
const religionNames = new Map<string, string>(religions);

/** "01 – Kinh": the GSO code with the group's name (a code the list does not know is shown as it is). */
export const ethnicityLabel = (code: string): string => {
  const name = ethnicityNames.get(code);
  return name ? `${code} – ${name}` : code;
};
export const religionLabel = (code: string): string => {
  const name = religionNames.get(code);
  return name ? `${code} – ${name}` : code;
};

export const ethnicityOptions = ethnicities.map(([code]) => ({ value: code, label: ethnicityLabel(code) }));
export const religionOptions = religions.map(([code]) => ({ value: code, label: religionLabel(code) }));

/** Names of the code-list values in the UI language. */
export function codeLabels(t: TFunction) {
  return {
    status: (value: MemberStatus) => t(`members.status.${value}`),
    sex: (value: Sex) => t(`members.sex.${value}`),
    ageBand: (value: AgeBand) => t(`members.ageBand.${value}`),
    partyAgeBand: (value: PartyAgeBand) => t(`members.partyAgeBand.${value}`),
    degree: (value: ProfessionalDegree) => t(`members.degree.${value}`),
    theoryLevel: (value: TheoryLevel) => t(`members.theoryLevel.${value}`),
    academicTitle: (value: AcademicTitle) => t(`members.academicTitle.${value}`),
    // Office titles are named once, in the organisation pages' catalog.
    position: (value: PositionTitle) => t(`offices.titles.${value}`),
  };
}

export type CodeLabels = ReturnType<typeof codeLabels>;

export function useCodeLabels(): CodeLabels {
  const { t } = useTranslation();
  return codeLabels(t);
}

/** Options of a select over a code list, in the list's order. */
export const optionsOf = <T extends string>(list: readonly T[], label: (value: T) => string) =>
  list.map((value) => ({ value, label: label(value) }));
