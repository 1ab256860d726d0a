/** A version of a rule, in force from its effective date until the next version's. */
export interface Versioned {
  effectiveFrom: string;
  citation: string;
}

/** The version in force on a date (the earliest one for dates before all of them). */
export function inForceOn<T extends Versioned>(sets: readonly T[], date: string, what: string): T {
  let found = sets[0];
  for (const set of sets) if (set.effectiveFrom <= date) found = set;
  if (!found) throw new Error(`no ${what} rule set`);
  return found;
}
