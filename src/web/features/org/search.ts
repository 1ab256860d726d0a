/** The tabs of the unit page, in order; the first is shown when the address names none. */
export const unitTabs = ['offices', 'units', 'members', 'history'] as const;
export type UnitTab = (typeof unitTabs)[number];

export const isUnitTab = (value: unknown): value is UnitTab =>
  typeof value === 'string' && (unitTabs as readonly string[]).includes(value);
