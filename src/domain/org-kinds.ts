import type { UnitKind } from '../contracts/units';

/**
 * Which kinds of unit may sit directly under which (DOMAIN.md §2; Quy định 294-QĐ/TW removed the district
 * level from 01/07/2025). A grassroots organisation may also be a cell-level "chi bộ cơ sở" with no cells.
 */
const allowedChildren: Record<UnitKind, readonly UnitKind[]> = {
  central: ['provincial'],
  provincial: ['grassroots_superior', 'grassroots'],
  grassroots_superior: ['grassroots'],
  grassroots: ['partial', 'cell'],
  partial: ['cell'],
  cell: ['party_group'],
  party_group: [],
};

export function canContain(parent: UnitKind, child: UnitKind): boolean {
  return allowedChildren[parent].includes(child);
}

export const unitKindLabels: Record<UnitKind, { vi: string; en: string }> = {
  central: { vi: 'Trung ương', en: 'Central' },
  provincial: { vi: 'Đảng bộ tỉnh / trực thuộc Trung ương', en: 'Provincial-level committee' },
  grassroots_superior: { vi: 'Cấp trên cơ sở', en: 'Grassroots-superior committee' },
  grassroots: { vi: 'Đảng bộ cơ sở', en: 'Grassroots committee' },
  partial: { vi: 'Đảng bộ bộ phận', en: 'Partial committee' },
  cell: { vi: 'Chi bộ', en: 'Party cell' },
  party_group: { vi: 'Tổ đảng', en: 'Party group' },
};
