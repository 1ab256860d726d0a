import { type ExchangeColumnKey, exchangeColumnKeys } from '../../../contracts/exchange';
import {
  type AcademicTitle,
  academicTitles,
  ethnicities,
  type MemberStatus,
  memberStatuses,
  type ProfessionalDegree,
  professionalDegrees,
  religions,
  type Sex,
  type TheoryLevel,
  theoryLevels,
} from '../../../domain/member-codes';
import { fold, toNfc } from '../../../domain/text';

/**
 * The column layout of the national member database export ("Cơ sở dữ liệu đảng viên" of the Central
 * Organisation Commission) — (verify against the national app's export: header wording, column order and the
 * code lists it writes). Export and import use this one layout, so a file exported here imports back to the
 * same records.
 *
 * Each column maps a cell to one field of the member record: `parse` reads what people actually type (names
 * of code-list values with or without tone marks, GSO codes, dates as real Excel dates or as text dd/mm/yyyy,
 * numbers that Excel stripped of their leading zero) and `format` writes what the national export writes.
 */

/** A cell as read from a workbook: text, number, boolean, a real date, a formula, or nothing. */
export type RawCell = string | number | boolean | { date: string } | { formula: string } | null;

/** The fields an imported row can carry. `unitName` is the cell (chi bộ) named in the row. */
export interface ImportedFields {
  fullName?: string;
  birthDate?: string;
  sex?: Sex;
  ethnicityCode?: string;
  religionCode?: string;
  citizenId?: string;
  hometownOld?: string;
  residenceNew?: string;
  admissionDate?: string;
  officialDate?: string;
  cardNumber?: string;
  recordNumber?: string;
  unitName?: string;
  generalEducation?: string;
  professionalDegree?: ProfessionalDegree;
  academicTitle?: AcademicTitle;
  theoryLevel?: TheoryLevel;
  job?: string;
  workplace?: string;
  phone?: string;
  email?: string;
  status?: MemberStatus;
}
export type ImportedField = keyof ImportedFields;

/** What an exported row is made of: the member record with its unit's name. */
export interface ExportedMember {
  fullName: string;
  birthDate: string;
  sex: Sex;
  ethnicityCode: string;
  religionCode: string;
  citizenId: string | null;
  hometownOld: string | null;
  residenceNew: string | null;
  admissionDate: string | null;
  officialDate: string | null;
  cardNumber: string | null;
  recordNumber: string | null;
  unitName: string;
  generalEducation: string | null;
  professionalDegree: ProfessionalDegree | null;
  academicTitle: AcademicTitle | null;
  theoryLevel: TheoryLevel | null;
  job: string | null;
  workplace: string | null;
  phone: string | null;
  email: string | null;
  status: MemberStatus;
}

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; reason: string };
/** A formatted cell: text, a date (written as a real Excel date, shown dd/mm/yyyy) or empty. */
export type FormattedCell = string | number | { date: string } | null;

export const columnKeys = exchangeColumnKeys;
export type ColumnKey = ExchangeColumnKey;

export interface LayoutColumn {
  key: ColumnKey;
  /** The header of the national export. */
  header: string;
  /** Other headers seen in files people keep (recognised without asking for a mapping). */
  aliases: readonly string[];
  kind: 'number' | 'text' | 'date' | 'code';
  width: number;
  /** The record field the column fills; `stt` (the row's ordinal) fills none. */
  field: ImportedField | null;
  parse(cell: RawCell): Parsed<string>;
  format(m: ExportedMember, ordinal: number): FormattedCell;
}

// ---------------------------------------------------------------- helpers

/** A header or code-list value reduced to letters and digits without tone marks ("Bru - Vân Kiều" → "bruvankieu"). */
export const compact = (value: string): string => fold(value).replace(/[^a-z0-9]/g, '');

const isObject = (cell: RawCell): cell is { date: string } | { formula: string } =>
  typeof cell === 'object' && cell !== null;

/** The cell as trimmed NFC text (numbers as typed, real dates as dd/mm/yyyy), or null when empty. */
export function cellText(cell: RawCell): string | null {
  if (cell === null) return null;
  if (typeof cell === 'string') {
    const text = toNfc(cell).replace(/\s+/g, ' ').trim();
    return text === '' ? null : text;
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if ('date' in cell) return displayIso(cell.date);
  return null;
}

const displayIso = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A calendar date that exists, as ISO, or null (31/02/1980 does not exist). */
export function isoOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Excel's serial day numbers (1900 system; day 60 is Excel's non-existent 29/02/1900). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  const ms = Math.round((Math.floor(serial) - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

const DATE_REASON = 'ngày không hợp lệ (cần dạng dd/mm/yyyy, ví dụ 07/08/1975)';

/**
 * A date: a real Excel date, text typed as dd/mm/yyyy (also d/m/yyyy, with - or . between), ISO yyyy-mm-dd,
 * or Excel's serial number. An impossible date (31/02/1980) is a bad cell, never a guess.
 */
export function parseDate(cell: RawCell): Parsed<string> {
  if (cell === null) return { ok: true, value: null };
  if (isObject(cell) && 'date' in cell) return { ok: true, value: cell.date };
  if (typeof cell === 'number') {
    const iso = excelSerialToIso(cell);
    return iso ? { ok: true, value: iso } : { ok: false, reason: DATE_REASON };
  }
  const text = cellText(cell);
  if (text === null) return { ok: true, value: null };
  let match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (match) {
    const iso = isoOf(Number(match[3]), Number(match[2]), Number(match[1]));
    return iso ? { ok: true, value: iso } : { ok: false, reason: `ngày «${text}» không tồn tại` };
  }
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) {
    const iso = isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
    return iso ? { ok: true, value: iso } : { ok: false, reason: `ngày «${text}» không tồn tại` };
  }
  return { ok: false, reason: DATE_REASON };
}

const parseText = (cell: RawCell): Parsed<string> => ({ ok: true, value: cellText(cell) });

/** Digits that Excel may have turned into a number, losing leading zeros: padded back to `length`. */
function parseDigits(length: number) {
  return (cell: RawCell): Parsed<string> => {
    if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0)
      return { ok: true, value: String(cell).padStart(length, '0') };
    const text = cellText(cell);
    return { ok: true, value: text === null ? null : text.replace(/[\s.]/g, '') };
  };
}

/** A phone number typed as a number loses its leading 0 (912345678 → 0912345678). */
function parsePhone(cell: RawCell): Parsed<string> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0) {
    const digits = String(cell);
    return { ok: true, value: digits.length === 9 ? `0${digits}` : digits };
  }
  return parseText(cell);
}

/**
 * "12/12" typed into a cell that Excel read as a date (12 December) comes back as day/month of that date.
 */
function parseGeneralEducation(cell: RawCell): Parsed<string> {
  if (isObject(cell) && 'date' in cell) {
    const [, m, d] = cell.date.split('-').map(Number);
    return { ok: true, value: `${d}/${m}` };
  }
  const text = cellText(cell);
  return { ok: true, value: text === null ? null : text.replace(/\s/g, '') };
}

/** A code list read by label (with or without tone marks, any case), alias or code. */
function codeList<T extends string>(
  entries: ReadonlyArray<readonly [T, string]>,
  aliases: Record<string, T> = {},
  options: { numericCodes?: boolean; listName: string },
) {
  const byKey = new Map<string, T>();
  for (const [code, label] of entries) {
    byKey.set(compact(label), code);
    if (options.numericCodes) byKey.set(code, code);
  }
  for (const [alias, code] of Object.entries(aliases)) byKey.set(compact(alias), code);
  const labelOf = new Map(entries.map(([code, label]) => [code, label] as const));
  return {
    parse(cell: RawCell): Parsed<string> {
      let text = cellText(cell);
      if (text === null) return { ok: true, value: null };
      if (options.numericCodes && /^\d{1,2}$/.test(text)) text = text.padStart(2, '0');
      const code = byKey.get(compact(text));
      return code
        ? { ok: true, value: code }
        : { ok: false, reason: `«${text}» không có trong danh mục ${options.listName}` };
    },
    format: (code: T | null | undefined): string | null => (code ? (labelOf.get(code) ?? code) : null),
    labelOf: (code: string) => labelOf.get(code as T) ?? code,
  };
}

// ---------------------------------------------------------------- code lists

export const sexList = codeList<Sex>(
  [
    ['male', 'Nam'],
    ['female', 'Nữ'],
  ],
  {},
  { listName: 'giới tính (Nam, Nữ)' },
);

export const ethnicityList = codeList<string>(
  ethnicities,
  { 'H’Mông': '08', "H'Mông": '08', Hmông: '08', Mèo: '08', Êđê: '12', 'Bru Vân Kiều': '23' },
  { numericCodes: true, listName: 'dân tộc' },
);

export const religionList = codeList<string>(
  religions,
  {
    'Không tôn giáo': '00',
    'Không có': '00',
    'Đạo Phật': '01',
    'Thiên Chúa giáo': '02',
    'Đạo Tin lành': '03',
  },
  { numericCodes: true, listName: 'tôn giáo' },
);

const degreeLabels: Record<ProfessionalDegree, string> = {
  none: 'Chưa qua đào tạo',
  vocational: 'Sơ cấp, công nhân kỹ thuật',
  intermediate: 'Trung cấp',
  college: 'Cao đẳng',
  bachelor: 'Đại học',
  master: 'Thạc sĩ',
  doctor: 'Tiến sĩ',
  doctor_of_science: 'Tiến sĩ khoa học',
};
export const degreeList = codeList<ProfessionalDegree>(
  professionalDegrees.map((d) => [d, degreeLabels[d]] as const),
  {
    Không: 'none',
    'Sơ cấp': 'vocational',
    'Công nhân kỹ thuật': 'vocational',
    'Cử nhân': 'bachelor',
    'Kỹ sư': 'bachelor',
    'Bác sĩ': 'bachelor',
    'Thạc sỹ': 'master',
    'Tiến sỹ': 'doctor',
    TSKH: 'doctor_of_science',
    ThS: 'master',
    TS: 'doctor',
  },
  { listName: 'trình độ chuyên môn' },
);

const academicLabels: Record<AcademicTitle, string> = {
  professor: 'Giáo sư',
  associate_professor: 'Phó Giáo sư',
};
export const academicList = codeList<AcademicTitle>(
  academicTitles.map((a) => [a, academicLabels[a]] as const),
  { GS: 'professor', PGS: 'associate_professor' },
  { listName: 'học hàm (Giáo sư, Phó Giáo sư)' },
);

const theoryLabels: Record<TheoryLevel, string> = {
  none: 'Chưa qua đào tạo',
  elementary: 'Sơ cấp',
  intermediate: 'Trung cấp',
  advanced: 'Cao cấp',
  bachelor: 'Cử nhân',
};
export const theoryList = codeList<TheoryLevel>(
  theoryLevels.map((t) => [t, theoryLabels[t]] as const),
  {
    Không: 'none',
    'Sơ cấp lý luận chính trị': 'elementary',
    'Trung cấp lý luận chính trị': 'intermediate',
    'Cao cấp lý luận chính trị': 'advanced',
    'Cử nhân lý luận chính trị': 'bachelor',
    'Cử nhân chính trị': 'bachelor',
  },
  { listName: 'lý luận chính trị' },
);

const statusLabels: Record<MemberStatus, string> = {
  candidate: 'Quần chúng ưu tú',
  probationary: 'Đảng viên dự bị',
  official: 'Đảng viên chính thức',
  exempted: 'Miễn công tác và sinh hoạt đảng',
  transferred_out: 'Đã chuyển sinh hoạt đi',
  removed: 'Đã xóa tên',
  expelled: 'Đã khai trừ',
  deceased: 'Đã từ trần',
};
export const statusList = codeList<MemberStatus>(
  memberStatuses.map((s) => [s, statusLabels[s]] as const),
  {
    'Dự bị': 'probationary',
    'Chính thức': 'official',
    'Miễn sinh hoạt': 'exempted',
    'Miễn công tác, sinh hoạt đảng': 'exempted',
    'Chuyển đi': 'transferred_out',
    'Xóa tên': 'removed',
    'Khai trừ': 'expelled',
    'Từ trần': 'deceased',
    'Đã mất': 'deceased',
  },
  { listName: 'tình trạng đảng viên' },
);

// ---------------------------------------------------------------- the layout

const text = (m: string | null) => m ?? null;
const dateCell = (iso: string | null): FormattedCell => (iso ? { date: iso } : null);

type ColumnSpec = Omit<LayoutColumn, 'aliases' | 'width'> & { aliases?: readonly string[]; width?: number };
const column = (spec: ColumnSpec): LayoutColumn => ({ aliases: [], width: 16, ...spec });

export const layout: readonly LayoutColumn[] = [
  column({
    key: 'stt',
    header: 'STT',
    aliases: ['Số thứ tự', 'TT', 'Số TT'],
    kind: 'number',
    width: 6,
    field: null,
    parse: () => ({ ok: true, value: null }),
    format: (_m, ordinal) => ordinal,
  }),
  column({
    key: 'fullName',
    header: 'Họ và tên',
    aliases: ['Họ tên', 'Họ và tên đảng viên', 'Họ tên đảng viên'],
    kind: 'text',
    width: 28,
    field: 'fullName',
    parse: parseText,
    format: (m) => m.fullName,
  }),
  column({
    key: 'birthDate',
    header: 'Ngày sinh',
    aliases: ['Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Sinh ngày'],
    kind: 'date',
    width: 12,
    field: 'birthDate',
    parse: parseDate,
    format: (m) => dateCell(m.birthDate),
  }),
  column({
    key: 'sex',
    header: 'Giới tính',
    aliases: ['Giới'],
    kind: 'code',
    width: 9,
    field: 'sex',
    parse: sexList.parse,
    format: (m) => sexList.format(m.sex),
  }),
  column({
    key: 'ethnicityCode',
    header: 'Dân tộc',
    kind: 'code',
    width: 12,
    field: 'ethnicityCode',
    parse: ethnicityList.parse,
    format: (m) => ethnicityList.format(m.ethnicityCode),
  }),
  column({
    key: 'religionCode',
    header: 'Tôn giáo',
    kind: 'code',
    width: 12,
    field: 'religionCode',
    parse: religionList.parse,
    format: (m) => religionList.format(m.religionCode),
  }),
  column({
    key: 'citizenId',
    header: 'Số CCCD',
    aliases: ['CCCD', 'Số căn cước công dân', 'Số căn cước', 'Số định danh cá nhân', 'Số CMND/CCCD'],
    kind: 'text',
    width: 15,
    field: 'citizenId',
    parse: parseDigits(12),
    format: (m) => text(m.citizenId),
  }),
  column({
    key: 'hometownOld',
    header: 'Quê quán',
    kind: 'text',
    width: 30,
    field: 'hometownOld',
    parse: parseText,
    format: (m) => text(m.hometownOld),
  }),
  column({
    key: 'residenceNew',
    header: 'Nơi ở hiện nay',
    aliases: ['Nơi ở', 'Chỗ ở hiện nay', 'Nơi cư trú'],
    kind: 'text',
    width: 30,
    field: 'residenceNew',
    parse: parseText,
    format: (m) => text(m.residenceNew),
  }),
  column({
    key: 'admissionDate',
    header: 'Ngày vào Đảng',
    aliases: ['Ngày kết nạp', 'Ngày vào đảng'],
    kind: 'date',
    width: 12,
    field: 'admissionDate',
    parse: parseDate,
    format: (m) => dateCell(m.admissionDate),
  }),
  column({
    key: 'officialDate',
    header: 'Ngày chính thức',
    aliases: ['Ngày công nhận chính thức', 'Ngày vào Đảng chính thức'],
    kind: 'date',
    width: 12,
    field: 'officialDate',
    parse: parseDate,
    format: (m) => dateCell(m.officialDate),
  }),
  column({
    key: 'cardNumber',
    header: 'Số thẻ đảng viên',
    aliases: ['Số thẻ', 'Số thẻ ĐV'],
    kind: 'text',
    width: 14,
    field: 'cardNumber',
    parse: parseDigits(0),
    format: (m) => text(m.cardNumber),
  }),
  column({
    key: 'recordNumber',
    header: 'Số lý lịch đảng viên',
    aliases: ['Số lý lịch', 'Số LLĐV'],
    kind: 'text',
    width: 14,
    field: 'recordNumber',
    parse: parseText,
    format: (m) => text(m.recordNumber),
  }),
  column({
    key: 'unitName',
    header: 'Chi bộ',
    aliases: ['Tên chi bộ', 'Chi bộ sinh hoạt', 'Tổ chức đảng'],
    kind: 'text',
    width: 24,
    field: 'unitName',
    parse: parseText,
    format: (m) => m.unitName,
  }),
  column({
    key: 'generalEducation',
    header: 'Trình độ GDPT',
    aliases: ['Giáo dục phổ thông', 'Trình độ giáo dục phổ thông', 'Trình độ văn hóa'],
    kind: 'text',
    width: 10,
    field: 'generalEducation',
    parse: parseGeneralEducation,
    format: (m) => text(m.generalEducation),
  }),
  column({
    key: 'professionalDegree',
    header: 'Trình độ chuyên môn',
    aliases: ['Chuyên môn nghiệp vụ', 'Trình độ chuyên môn nghiệp vụ'],
    kind: 'code',
    width: 16,
    field: 'professionalDegree',
    parse: degreeList.parse,
    format: (m) => degreeList.format(m.professionalDegree),
  }),
  column({
    key: 'academicTitle',
    header: 'Học hàm',
    kind: 'code',
    width: 12,
    field: 'academicTitle',
    parse: academicList.parse,
    format: (m) => academicList.format(m.academicTitle),
  }),
  column({
    key: 'theoryLevel',
    header: 'Lý luận chính trị',
    aliases: ['Trình độ lý luận chính trị', 'LLCT'],
    kind: 'code',
    width: 14,
    field: 'theoryLevel',
    parse: theoryList.parse,
    format: (m) => theoryList.format(m.theoryLevel),
  }),
  column({
    key: 'job',
    header: 'Nghề nghiệp',
    aliases: ['Nghề nghiệp, chức vụ', 'Chức vụ'],
    kind: 'text',
    width: 20,
    field: 'job',
    parse: parseText,
    format: (m) => text(m.job),
  }),
  column({
    key: 'workplace',
    header: 'Đơn vị công tác',
    aliases: ['Nơi làm việc', 'Nơi công tác', 'Cơ quan công tác'],
    kind: 'text',
    width: 24,
    field: 'workplace',
    parse: parseText,
    format: (m) => text(m.workplace),
  }),
  column({
    key: 'phone',
    header: 'Điện thoại',
    aliases: ['Số điện thoại', 'SĐT', 'Điện thoại di động'],
    kind: 'text',
    width: 13,
    field: 'phone',
    parse: parsePhone,
    format: (m) => text(m.phone),
  }),
  column({
    key: 'email',
    header: 'Email',
    aliases: ['Thư điện tử', 'E-mail', 'Địa chỉ email'],
    kind: 'text',
    width: 24,
    field: 'email',
    parse: parseText,
    format: (m) => text(m.email),
  }),
  column({
    key: 'status',
    header: 'Tình trạng',
    aliases: ['Trạng thái', 'Tình trạng đảng viên'],
    kind: 'code',
    width: 18,
    field: 'status',
    parse: statusList.parse,
    format: (m) => statusList.format(m.status),
  }),
];

export const layoutByKey = new Map(layout.map((c) => [c.key, c]));
export const columnOf = (key: ColumnKey): LayoutColumn => {
  const found = layoutByKey.get(key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
};

const byHeader = new Map<string, ColumnKey>();
for (const c of layout) for (const h of [c.header, ...c.aliases]) byHeader.set(compact(h), c.key);

/** The layout column a header names (the national header or a known alias), or null. */
export const columnForHeader = (header: string): ColumnKey | null => byHeader.get(compact(header)) ?? null;

/** A file's header, as the key a saved mapping is stored under. */
export const headerKey = (header: string): string => compact(header);

/** Columns a file must have for rows to be imported: the name, and the citizen ID that matches on re-import. */
export const requiredColumns: readonly ColumnKey[] = ['fullName', 'citizenId'];
