import { describe, expect, it } from 'vitest';
import { positionTitles } from '../../../contracts/units';
import { bodyKindList, bySeniority, groupByTitle, titlesFor } from './officeTitles';

describe('office titles', () => {
  it('offers every title of the contract in some body, and only titles of the contract', () => {
    const offered = new Set([...bodyKindList.flatMap((kind) => titlesFor(kind)), ...titlesFor(null)]);
    expect([...offered].sort()).toEqual([...positionTitles].sort());
  });

  it('offers a secretary and a deputy for an office held in the unit itself', () => {
    expect(titlesFor(null)).toEqual(['secretary', 'deputy_secretary']);
    expect(titlesFor('inspection_commission')).not.toContain('secretary');
  });

  it('lists holders by seniority of the title, then by start date', () => {
    const holders = [
      { title: 'executive_member' as const, startsOn: '2020-10-01' },
      { title: 'deputy_secretary' as const, startsOn: '2021-01-01' },
      { title: 'executive_member' as const, startsOn: '2020-09-01' },
      { title: 'secretary' as const, startsOn: '2022-05-01' },
    ];
    expect([...holders].sort(bySeniority)).toEqual([
      { title: 'secretary', startsOn: '2022-05-01' },
      { title: 'deputy_secretary', startsOn: '2021-01-01' },
      { title: 'executive_member', startsOn: '2020-09-01' },
      { title: 'executive_member', startsOn: '2020-10-01' },
    ]);
  });

  it('groups holders of one title in one body, most senior title first', () => {
    const holder = (id: string, title: 'secretary' | 'executive_member', bodyName: string | null) => ({
      id,
      title,
      bodyName,
      startsOn: `2020-01-0${id}`,
    });
    const groups = groupByTitle([
      holder('3', 'executive_member', 'Ban Chấp hành'),
      holder('1', 'secretary', 'Ban Chấp hành'),
      holder('2', 'executive_member', 'Ban Chấp hành'),
      holder('4', 'secretary', 'Ban Thường vụ'),
    ]);
    expect(groups.map((g) => [g.title, g.bodyName, g.holders.map((h) => h.id)])).toEqual([
      ['secretary', 'Ban Chấp hành', ['1']],
      ['secretary', 'Ban Thường vụ', ['4']],
      ['executive_member', 'Ban Chấp hành', ['2', '3']],
    ]);
  });
});
