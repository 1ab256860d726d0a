/** The field of the designer a refused save (its `field`) is about: by position (`definition.sections.0.fields.2.min`) or by key (a 409 names the field's key). */
export interface ErrorTarget {
  section?: number;
  field?: number;
  key?: string;
}

export function errorTarget(field: string | undefined): ErrorTarget | null {
  if (!field) return null;
  const at = /^definition\.sections\.(\d+)(?:\.fields\.(\d+))?/.exec(field);
  if (at) return { section: Number(at[1]), field: at[2] === undefined ? undefined : Number(at[2]) };
  if (/^[a-z][a-z0-9_]*$/.test(field)) return { key: field };
  return null;
}

/** The field at section `s`, position `f` with key `key` is the one the error names. */
export const isTarget = (target: ErrorTarget | null, s: number, f: number, key: string) =>
  target !== null &&
  ((target.key !== undefined && target.key === key) || (target.section === s && target.field === f));
