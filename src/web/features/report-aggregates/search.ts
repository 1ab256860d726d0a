/** The page's state in the address bar: /reports/aggregate?unitId=…&formId=…&periodKey=2026-03&field=…&text=… */
export interface AggregateSearch {
  unitId?: string;
  formId?: string;
  periodKey?: string;
  /** The figure whose trend is drawn. */
  field?: string;
  /** The text field compiled per unit. */
  text?: string;
}

const clean = (value: unknown): string | undefined => {
  const s = typeof value === 'number' ? String(value) : value;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: unknown) => {
  const s = clean(value);
  return s && UUID.test(s) ? s : undefined;
};
const matching = (pattern: RegExp) => (value: unknown) => {
  const s = clean(value);
  return s && pattern.test(s) ? s : undefined;
};
const periodKey = matching(/^\d{4}(-(W\d{2}|\d{2}|Q[1-4]|H[12]|\d{4}))?$/);
const fieldKey = matching(/^[a-z][a-z0-9_.]{0,129}$/);

export const parseAggregateSearch = (search: Record<string, unknown>): AggregateSearch => ({
  unitId: uuid(search.unitId),
  formId: uuid(search.formId),
  periodKey: periodKey(search.periodKey),
  field: fieldKey(search.field),
  text: fieldKey(search.text),
});
