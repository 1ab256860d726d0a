import type { BodyKind, PositionTitle } from '../../../contracts/units';

/** Body kinds in the order a unit page lists them. */
export const bodyKindList: readonly BodyKind[] = [
  'executive_committee',
  'standing_committee',
  'inspection_commission',
  'cell_committee',
  'advisory_board',
];

/** The titles that exist in each kind of body, most senior first (DOMAIN.md §2). */
const titlesByBody: Record<BodyKind, readonly PositionTitle[]> = {
  executive_committee: ['secretary', 'deputy_secretary', 'executive_member'],
  standing_committee: ['secretary', 'deputy_secretary', 'standing_member'],
  inspection_commission: ['inspection_chair', 'inspection_deputy_chair', 'inspection_member'],
  cell_committee: ['secretary', 'deputy_secretary', 'cell_committee_member'],
  advisory_board: ['board_head', 'board_deputy_head', 'board_member'],
};

/** Offices held in the unit itself, outside any body: a small cell's secretary and deputy. */
const unitTitles: readonly PositionTitle[] = ['secretary', 'deputy_secretary'];

/** The titles a position may have in a body of this kind, or in the unit itself when there is no body. */
export const titlesFor = (body: BodyKind | null | undefined): readonly PositionTitle[] =>
  body ? titlesByBody[body] : unitTitles;

const seniority: readonly PositionTitle[] = [
  'secretary',
  'deputy_secretary',
  'standing_member',
  'executive_member',
  'cell_committee_member',
  'inspection_chair',
  'inspection_deputy_chair',
  'inspection_member',
  'board_head',
  'board_deputy_head',
  'board_member',
];

/** Orders office holders the way a Party document lists them: by seniority of the title, then by start date. */
export const bySeniority = <T extends { title: PositionTitle; startsOn: string }>(a: T, b: T): number =>
  seniority.indexOf(a.title) - seniority.indexOf(b.title) || a.startsOn.localeCompare(b.startsOn);

export interface HolderGroup<T> {
  title: PositionTitle;
  bodyName: string | null;
  holders: T[];
}

/**
 * Holders of the same title in the same body, together, most senior title first: a committee of fifteen shows
 * "Ủy viên Ban Chấp hành" once with fifteen names under it.
 */
export function groupByTitle<T extends { title: PositionTitle; startsOn: string; bodyName: string | null }>(
  holders: readonly T[],
): HolderGroup<T>[] {
  const groups: HolderGroup<T>[] = [];
  for (const holder of [...holders].sort(bySeniority)) {
    const group = groups.find((g) => g.title === holder.title && g.bodyName === holder.bodyName);
    if (group) group.holders.push(holder);
    else groups.push({ title: holder.title, bodyName: holder.bodyName, holders: [holder] });
  }
  return groups;
}
