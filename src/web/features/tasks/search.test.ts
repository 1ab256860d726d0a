import { describe, expect, it } from 'vitest';
import { listFilterOf, parseTaskListSearch } from './search';

const unitId = '0b6f8c1e-4a53-4f0e-9d3a-2f7f5a1c9e01';

describe('task list address', () => {
  it('keeps known filters and drops the rest', () => {
    expect(
      parseTaskListSearch({
        unitId,
        reach: 'own',
        status: 'overdue',
        sourceKind: 'inspection',
        q: '  hồ sơ ',
      }),
    ).toEqual({ unitId, reach: 'own', status: 'overdue', sourceKind: 'inspection', q: 'hồ sơ' });
    expect(
      parseTaskListSearch({ unitId: 'x', reach: 'all', status: 'late', sourceKind: 'rumour', q: ' ' }),
    ).toEqual({
      unitId: undefined,
      reach: undefined,
      status: undefined,
      sourceKind: undefined,
      q: undefined,
    });
  });

  it('asks the API for open tasks of the subtree unless told otherwise', () => {
    expect(listFilterOf({ unitId })).toEqual({ unitId, reach: 'subtree', status: 'open' });
    expect(listFilterOf({ unitId, status: 'done', q: 'đảng phí' })).toEqual({
      unitId,
      reach: 'subtree',
      status: 'done',
      q: 'đảng phí',
    });
  });
});
