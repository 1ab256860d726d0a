import type { BodyKind, PositionTitle, UnitKind } from '../../../contracts/units';

/**
 * Which bodies and offices exist where (DOMAIN.md §2): committees above the cell have an executive committee,
 * a standing committee, an inspection commission and advisory boards; a cell has at most a cell committee
 * (chi ủy, when it has 9 or more official members); a party group has no bodies.
 */
const bodiesOfUnit: Record<UnitKind, readonly BodyKind[]> = {
  central: ['executive_committee', 'standing_committee', 'inspection_commission', 'advisory_board'],
  provincial: ['executive_committee', 'standing_committee', 'inspection_commission', 'advisory_board'],
  grassroots_superior: [
    'executive_committee',
    'standing_committee',
    'inspection_commission',
    'advisory_board',
  ],
  grassroots: ['executive_committee', 'standing_committee', 'inspection_commission', 'advisory_board'],
  partial: ['executive_committee', 'advisory_board'],
  cell: ['cell_committee'],
  party_group: [],
};

export const unitMayHaveBody = (unit: UnitKind, body: BodyKind): boolean => bodiesOfUnit[unit].includes(body);

/** A unit has one body of each kind, except advisory boards (Ban Tổ chức, Ban Tuyên giáo, Văn phòng …). */
export const singleBodyKind = (body: BodyKind): boolean => body !== 'advisory_board';

export const defaultBodyNames: Record<BodyKind, string | null> = {
  executive_committee: 'Ban Chấp hành',
  standing_committee: 'Ban Thường vụ',
  inspection_commission: 'Ủy ban Kiểm tra',
  cell_committee: 'Chi ủy',
  advisory_board: null,
};

const titlesOfBody: Record<BodyKind, readonly PositionTitle[]> = {
  executive_committee: ['secretary', 'deputy_secretary', 'executive_member'],
  standing_committee: ['secretary', 'deputy_secretary', 'standing_member'],
  inspection_commission: ['inspection_chair', 'inspection_deputy_chair', 'inspection_member'],
  cell_committee: ['secretary', 'deputy_secretary', 'cell_committee_member'],
  advisory_board: ['board_head', 'board_deputy_head', 'board_member'],
};

/** Offices held in the unit itself, outside any body: a small cell's secretary and deputy. */
const unitTitles: readonly PositionTitle[] = ['secretary', 'deputy_secretary'];

export const titleAllowed = (body: BodyKind | null, title: PositionTitle): boolean =>
  (body ? titlesOfBody[body] : unitTitles).includes(title);

export const bodyKindLabels: Record<BodyKind, { vi: string; en: string }> = {
  executive_committee: { vi: 'Ban Chấp hành', en: 'Executive committee' },
  standing_committee: { vi: 'Ban Thường vụ', en: 'Standing committee' },
  inspection_commission: { vi: 'Ủy ban Kiểm tra', en: 'Inspection commission' },
  cell_committee: { vi: 'Chi ủy', en: 'Cell committee' },
  advisory_board: { vi: 'Ban tham mưu', en: 'Advisory board' },
};

export const positionTitleLabels: Record<PositionTitle, { vi: string; en: string }> = {
  secretary: { vi: 'Bí thư', en: 'Secretary' },
  deputy_secretary: { vi: 'Phó Bí thư', en: 'Deputy secretary' },
  standing_member: { vi: 'Ủy viên Ban Thường vụ', en: 'Standing committee member' },
  executive_member: { vi: 'Ủy viên Ban Chấp hành', en: 'Executive committee member' },
  cell_committee_member: { vi: 'Chi ủy viên', en: 'Cell committee member' },
  inspection_chair: { vi: 'Chủ nhiệm Ủy ban Kiểm tra', en: 'Inspection commission chair' },
  inspection_deputy_chair: { vi: 'Phó Chủ nhiệm Ủy ban Kiểm tra', en: 'Inspection commission deputy chair' },
  inspection_member: { vi: 'Ủy viên Ủy ban Kiểm tra', en: 'Inspection commission member' },
  board_head: { vi: 'Trưởng ban', en: 'Board head' },
  board_deputy_head: { vi: 'Phó Trưởng ban', en: 'Board deputy head' },
  board_member: { vi: 'Ủy viên ban', en: 'Board member' },
};

/** A term's default label: the years it spans, "2020-2025". */
export const termLabel = (startsOn: string, endsOn: string): string =>
  `${startsOn.slice(0, 4)}-${endsOn.slice(0, 4)}`;
