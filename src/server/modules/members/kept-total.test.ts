import { describe, expect, it } from 'vitest';
import type { FilterContext } from './filters-sql';
import { keptTotalOf } from './kept-total';

const scope = (subtrees: string[], exact: string[] = []) => ({ subtrees, exact });
const context = (
  over: Partial<FilterContext['access']> = {},
  unitPath: string | null = null,
): FilterContext => ({
  access: { userId: 'u', full: scope(['r']), summary: scope([]), write: scope(['r']), ...over },
  unitPath,
  today: '2026-12-01',
});

describe('a list total from the kept subtree counts', () => {
  it('answers a whole subtree read in full, filtered by status at most, paging options aside', () => {
    const list = { limit: 50, cursor: undefined };
    expect(keptTotalOf({ ...list, unitId: 'x' }, context({}, 'r.a'))).toEqual({
      path: 'r.a',
      plusOwnRecord: false,
    });
    expect(keptTotalOf({ ...list, status: ['official'] }, context())).toEqual({
      path: 'r',
      plusOwnRecord: true,
    });
    expect(keptTotalOf({ q: '   ' }, context({}, 'r'))).toEqual({ path: 'r', plusOwnRecord: false });
  });

  it('leaves searches, other filters, summaries and several scopes to counting the rows', () => {
    expect(keptTotalOf({ q: 'hoa' }, context({}, 'r'))).toBeNull();
    expect(keptTotalOf({ sex: 'female' }, context({}, 'r'))).toBeNull();
    expect(keptTotalOf({ ageBand: 'under_30' }, context())).toBeNull();
    expect(keptTotalOf({}, context({ full: scope([]), summary: scope([], ['r.c']) }, 'r.c'))).toBeNull();
    expect(keptTotalOf({}, context({ full: scope(['r.a', 'r.b']) }))).toBeNull();
    expect(keptTotalOf({}, context({ summary: scope([], ['s']) }))).toBeNull();
  });
});
