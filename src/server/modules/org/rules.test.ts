import { describe, expect, it } from 'vitest';
import { bodyKinds, positionTitles } from '../../../contracts/units';
import { bodyKindLabels, positionTitleLabels, termLabel, titleAllowed, unitMayHaveBody } from './rules';

describe('bodies and offices', () => {
  it('gives a cell only a cell committee and a party group no body', () => {
    expect(bodyKinds.filter((b) => unitMayHaveBody('cell', b))).toEqual(['cell_committee']);
    expect(bodyKinds.filter((b) => unitMayHaveBody('party_group', b))).toEqual([]);
    expect(unitMayHaveBody('grassroots', 'inspection_commission')).toBe(true);
    expect(unitMayHaveBody('grassroots', 'cell_committee')).toBe(false);
  });

  it('allows each title in its own body, and only secretaries outside a body', () => {
    expect(titleAllowed('inspection_commission', 'inspection_chair')).toBe(true);
    expect(titleAllowed('executive_committee', 'inspection_chair')).toBe(false);
    expect(positionTitles.filter((title) => titleAllowed(null, title))).toEqual([
      'secretary',
      'deputy_secretary',
    ]);
    // Every title exists in some body, so none is unreachable.
    for (const title of positionTitles) expect(bodyKinds.some((b) => titleAllowed(b, title))).toBe(true);
  });

  it('labels every kind and title in both languages, and names a term by its years', () => {
    for (const kind of bodyKinds) expect(bodyKindLabels[kind].vi).not.toBe('');
    for (const title of positionTitles) expect(positionTitleLabels[title].en).not.toBe('');
    expect(termLabel('2020-10-15', '2025-10-14')).toBe('2020-2025');
  });
});
