/**
 * Code lists of the member record (DOMAIN.md §3). Ethnic groups carry the GSO 2-digit codes of the national
 * list of 54 groups (Quyết định 121-TCTK/PPCĐ, 1979); religions the GSO list of recognised religions
 * (verify the codes against the current GSO catalogue before exchanging files that carry them).
 */
export const ethnicities = [
  ['01', 'Kinh'],
  ['02', 'Tày'],
  ['03', 'Thái'],
  ['04', 'Mường'],
  ['05', 'Khmer'],
  ['06', 'Hoa'],
  ['07', 'Nùng'],
  ['08', 'Mông'],
  ['09', 'Dao'],
  ['10', 'Gia Rai'],
  ['11', 'Ngái'],
  ['12', 'Ê Đê'],
  ['13', 'Ba Na'],
  ['14', 'Xơ Đăng'],
  ['15', 'Sán Chay'],
  ['16', 'Cơ Ho'],
  ['17', 'Chăm'],
  ['18', 'Sán Dìu'],
  ['19', 'Hrê'],
  ['20', 'Mnông'],
  ['21', 'Raglay'],
  ['22', 'Xtiêng'],
  ['23', 'Bru - Vân Kiều'],
  ['24', 'Thổ'],
  ['25', 'Giáy'],
  ['26', 'Cơ Tu'],
  ['27', 'Gié Triêng'],
  ['28', 'Mạ'],
  ['29', 'Khơ Mú'],
  ['30', 'Co'],
  ['31', 'Ta Ôi'],
  ['32', 'Chơ Ro'],
  ['33', 'Kháng'],
  ['34', 'Xinh Mun'],
  ['35', 'Hà Nhì'],
  ['36', 'Chu Ru'],
  ['37', 'Lào'],
  ['38', 'La Chí'],
  ['39', 'La Ha'],
  ['40', 'Phù Lá'],
  ['41', 'La Hủ'],
  ['42', 'Lự'],
  ['43', 'Lô Lô'],
  ['44', 'Chứt'],
  ['45', 'Mảng'],
  ['46', 'Pà Thẻn'],
  ['47', 'Cơ Lao'],
  ['48', 'Cống'],
  ['49', 'Bố Y'],
  ['50', 'Si La'],
  ['51', 'Pu Péo'],
  ['52', 'Brâu'],
  ['53', 'Ơ Đu'],
  ['54', 'Rơ Măm'],
  ['55', 'Người nước ngoài'],
] as const satisfies ReadonlyArray<readonly [string, string]>;
export type EthnicityCode = (typeof ethnicities)[number][0];
export const ethnicityCodes = ethnicities.map(([code]) => code) as [EthnicityCode, ...EthnicityCode[]];

export const religions = [
  ['00', 'Không'],
  ['01', 'Phật giáo'],
  ['02', 'Công giáo'],
  ['03', 'Tin lành'],
  ['04', 'Cao Đài'],
  ['05', 'Phật giáo Hòa Hảo'],
  ['06', 'Hồi giáo'],
  ['07', 'Bahá\u2019í'],
  ['08', 'Tịnh độ cư sĩ Phật hội Việt Nam'],
  ['09', 'Tứ Ân Hiếu Nghĩa'],
  ['10', 'Bửu Sơn Kỳ Hương'],
  ['11', 'Minh Sư đạo'],
  ['12', 'Minh Lý đạo - Tam Tông Miếu'],
  ['13', 'Bà-la-môn'],
  ['14', 'Mặc Môn'],
  ['15', 'Phật giáo Hiếu Nghĩa Tà Lơn'],
  ['16', 'Cơ đốc Phục lâm'],
  ['99', 'Tôn giáo khác'],
] as const satisfies ReadonlyArray<readonly [string, string]>;
export type ReligionCode = (typeof religions)[number][0];
export const religionCodes = religions.map(([code]) => code) as [ReligionCode, ...ReligionCode[]];

export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];

/** Trình độ chuyên môn. */
export const professionalDegrees = [
  'none',
  'vocational',
  'intermediate',
  'college',
  'bachelor',
  'master',
  'doctor',
  'doctor_of_science',
] as const;
export type ProfessionalDegree = (typeof professionalDegrees)[number];

/** Học hàm: Giáo sư, Phó Giáo sư. */
export const academicTitles = ['professor', 'associate_professor'] as const;
export type AcademicTitle = (typeof academicTitles)[number];

/** Lý luận chính trị: sơ cấp, trung cấp, cao cấp, cử nhân (DOMAIN.md §3 marks the exact list "verify"). */
export const theoryLevels = ['none', 'elementary', 'intermediate', 'advanced', 'bachelor'] as const;
export type TheoryLevel = (typeof theoryLevels)[number];

export const memberStatuses = [
  'candidate',
  'probationary',
  'official',
  'exempted',
  'transferred_out',
  'removed',
  'expelled',
  'deceased',
] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** Statuses of people who are party members of the unit today (counted in its membership). */
export const activeStatuses: readonly MemberStatus[] = ['probationary', 'official', 'exempted'];

export const ageBands = ['under_30', '30_40', '41_50', '51_60', '61_70', 'over_70'] as const;
export type AgeBand = (typeof ageBands)[number];

export const partyAgeBands = ['under_10', '10_19', '20_29', '30_39', '40_49', '50_plus'] as const;
export type PartyAgeBand = (typeof partyAgeBands)[number];
