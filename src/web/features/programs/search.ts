/** /programs?unitId=…&year=2026 */
export interface ProgramsSearch {
  unitId?: string;
  year?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const parseProgramsSearch = (search: Record<string, unknown>): ProgramsSearch => {
  const unitId = typeof search.unitId === 'string' && UUID.test(search.unitId) ? search.unitId : undefined;
  const year = Number(search.year);
  return { unitId, year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined };
};
