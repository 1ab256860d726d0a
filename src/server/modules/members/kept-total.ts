import type { MemberFilters } from '../../../contracts/members';
import { fold } from '../../../domain/text';
import { scopeIncludes } from '../../platform/access/grants';
import { type FilterContext, hiddenFacets } from './filters-sql';
import { hasSummaryRows } from './visibility';

export interface KeptTotal {
  /** The subtree whose kept counts are the list's total. */
  path: string;
  /** The user's own record counts too when it lies outside that subtree (no unit was chosen). */
  plusOwnRecord: boolean;
}

/**
 * Whether a list's total can be read from the kept subtree counts: the list is one whole subtree that the
 * user reads in full, filtered by status at most. Otherwise (a search, other filters, cell-mates seen as a
 * summary, several scopes) the rows are counted.
 */
export function keptTotalOf(filters: MemberFilters, { access, unitPath }: FilterContext): KeptTotal | null {
  if (filters.q && fold(filters.q)) return null;
  if (hiddenFacets.some((key) => filters[key] !== undefined)) return null;
  if (unitPath) return scopeIncludes(access.full, unitPath) ? { path: unitPath, plusOwnRecord: false } : null;
  const [only, ...more] = access.full.subtrees;
  if (!only || more.length > 0 || access.full.exact.length > 0 || hasSummaryRows(access)) return null;
  return { path: only, plusOwnRecord: true };
}
