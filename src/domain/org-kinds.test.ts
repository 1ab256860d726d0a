import { describe, expect, it } from 'vitest';
import { canContain } from './org-kinds';

describe('canContain', () => {
  it('places cells under grassroots and partial committees only', () => {
    expect(canContain('grassroots', 'cell')).toBe(true);
    expect(canContain('partial', 'cell')).toBe(true);
    expect(canContain('cell', 'cell')).toBe(false);
    expect(canContain('provincial', 'cell')).toBe(false);
  });

  it('lets nothing sit under a party group', () => {
    expect(canContain('party_group', 'party_group')).toBe(false);
  });
});
