/** /reports/forms?unitId=…&retired=1 and /reports/forms/new?ownerUnitId=… */
export interface FormsSearch {
  unitId?: string;
  retired?: boolean;
}
export interface NewFormSearch {
  ownerUnitId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOf = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);

export const parseFormsSearch = (search: Record<string, unknown>): FormsSearch => ({
  unitId: uuidOf(search.unitId),
  retired: search.retired === true || search.retired === '1' || search.retired === 1 ? true : undefined,
});

export const parseNewFormSearch = (search: Record<string, unknown>): NewFormSearch => ({
  ownerUnitId: uuidOf(search.ownerUnitId),
});
