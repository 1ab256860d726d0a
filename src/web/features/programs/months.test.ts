import { describe, expect, it } from 'vitest';
import { groupByMonth } from './months';

describe('groupByMonth', () => {
  it('puts month items under their month and quarter items after the quarter’s last month', () => {
    const items = [
      { id: 'a', dueMonth: 3, dueQuarter: null },
      { id: 'b', dueMonth: null, dueQuarter: 1 },
      { id: 'c', dueMonth: 12, dueQuarter: null },
    ];
    const groups = groupByMonth(items);
    expect(groups.map((g) => g.key)).toEqual([
      'm1',
      'm2',
      'm3',
      'q1',
      'm4',
      'm5',
      'm6',
      'm7',
      'm8',
      'm9',
      'm10',
      'm11',
      'm12',
    ]);
    expect(groups.find((g) => g.key === 'q1')?.items.map((i) => i.id)).toEqual(['b']);
    expect(groups.find((g) => g.key === 'm12')?.items.map((i) => i.id)).toEqual(['c']);
  });
});
