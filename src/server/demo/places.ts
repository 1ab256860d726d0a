import type { Random } from './random';
import { weighted } from './random';

/**
 * Places for the demo's addresses and citizen IDs: the 63 provinces before 01/07/2025 with their citizen-ID
 * codes (the first three digits of a CCCD), one or two of their districts, and the province each became part
 * of in 2025 (34 provinces, two-level local government). Communes keep their old name in the new address:
 * the demo does not model the 2025 commune mergers, so the new addresses are illustrative.
 */
export interface Province {
  code: string;
  name: string;
  city: boolean;
  /** The province after 01/07/2025. */
  becomes: string;
  districts: readonly string[];
  /** Rough population share, for drawing birthplaces and sizing the national tree. */
  weight: number;
}

const p = (
  code: string,
  name: string,
  becomes: string,
  weight: number,
  districts: string[],
  city = false,
): Province => ({ code, name, becomes, weight, districts, city });

export const provinces: readonly Province[] = [
  p('001', 'Hà Nội', 'Hà Nội', 85, ['huyện Đông Anh', 'huyện Thanh Oai', 'huyện Ba Vì'], true),
  p('002', 'Hà Giang', 'Tuyên Quang', 9, ['huyện Vị Xuyên', 'huyện Bắc Quang']),
  p('004', 'Cao Bằng', 'Cao Bằng', 5, ['huyện Hòa An', 'huyện Trùng Khánh']),
  p('006', 'Bắc Kạn', 'Thái Nguyên', 3, ['huyện Chợ Đồn', 'huyện Ba Bể']),
  p('008', 'Tuyên Quang', 'Tuyên Quang', 8, ['huyện Sơn Dương', 'huyện Yên Sơn']),
  p('010', 'Lào Cai', 'Lào Cai', 8, ['huyện Bảo Thắng', 'huyện Bát Xát']),
  p('011', 'Điện Biên', 'Điện Biên', 6, ['huyện Mường Ảng', 'huyện Điện Biên']),
  p('012', 'Lai Châu', 'Lai Châu', 5, ['huyện Tam Đường', 'huyện Phong Thổ']),
  p('014', 'Sơn La', 'Sơn La', 13, ['huyện Mai Sơn', 'huyện Thuận Châu']),
  p('015', 'Yên Bái', 'Lào Cai', 8, ['huyện Văn Chấn', 'huyện Trấn Yên']),
  p('017', 'Hòa Bình', 'Phú Thọ', 9, ['huyện Kỳ Sơn', 'huyện Lương Sơn']),
  p('019', 'Thái Nguyên', 'Thái Nguyên', 13, ['huyện Phú Bình', 'huyện Đại Từ']),
  p('020', 'Lạng Sơn', 'Lạng Sơn', 8, ['huyện Cao Lộc', 'huyện Hữu Lũng']),
  p('022', 'Quảng Ninh', 'Quảng Ninh', 13, ['huyện Đông Triều', 'huyện Tiên Yên']),
  p('024', 'Bắc Giang', 'Bắc Ninh', 19, ['huyện Lục Nam', 'huyện Yên Dũng']),
  p('025', 'Phú Thọ', 'Phú Thọ', 15, ['huyện Lâm Thao', 'huyện Thanh Ba']),
  p('026', 'Vĩnh Phúc', 'Phú Thọ', 12, ['huyện Vĩnh Tường', 'huyện Lập Thạch']),
  p('027', 'Bắc Ninh', 'Bắc Ninh', 15, ['huyện Tiên Du', 'huyện Gia Bình']),
  p('030', 'Hải Dương', 'Hải Phòng', 19, ['huyện Gia Lộc', 'huyện Cẩm Giàng']),
  p('031', 'Hải Phòng', 'Hải Phòng', 21, ['huyện Thủy Nguyên', 'huyện Vĩnh Bảo'], true),
  p('033', 'Hưng Yên', 'Hưng Yên', 13, ['huyện Văn Lâm', 'huyện Khoái Châu']),
  p('034', 'Thái Bình', 'Hưng Yên', 19, ['huyện Vũ Thư', 'huyện Kiến Xương']),
  p('035', 'Hà Nam', 'Ninh Bình', 9, ['huyện Duy Tiên', 'huyện Bình Lục']),
  p('036', 'Nam Định', 'Ninh Bình', 18, ['huyện Hải Hậu', 'huyện Giao Thủy']),
  p('037', 'Ninh Bình', 'Ninh Bình', 10, ['huyện Gia Viễn', 'huyện Yên Khánh']),
  p('038', 'Thanh Hóa', 'Thanh Hóa', 37, ['huyện Hoằng Hóa', 'huyện Thọ Xuân']),
  p('040', 'Nghệ An', 'Nghệ An', 34, ['huyện Nam Đàn', 'huyện Diễn Châu']),
  p('042', 'Hà Tĩnh', 'Hà Tĩnh', 13, ['huyện Đức Thọ', 'huyện Can Lộc']),
  p('044', 'Quảng Bình', 'Quảng Trị', 9, ['huyện Lệ Thủy', 'huyện Quảng Ninh']),
  p('045', 'Quảng Trị', 'Quảng Trị', 6, ['huyện Gio Linh', 'huyện Triệu Phong']),
  p('046', 'Thừa Thiên Huế', 'Huế', 11, ['huyện Phong Điền', 'huyện Phú Vang']),
  p('048', 'Đà Nẵng', 'Đà Nẵng', 12, ['huyện Hòa Vang'], true),
  p('049', 'Quảng Nam', 'Đà Nẵng', 15, ['huyện Duy Xuyên', 'huyện Điện Bàn']),
  p('051', 'Quảng Ngãi', 'Quảng Ngãi', 12, ['huyện Mộ Đức', 'huyện Tư Nghĩa']),
  p('052', 'Bình Định', 'Gia Lai', 15, ['huyện Phù Cát', 'huyện Tây Sơn']),
  p('054', 'Phú Yên', 'Đắk Lắk', 9, ['huyện Tuy An', 'huyện Đồng Xuân']),
  p('056', 'Khánh Hòa', 'Khánh Hòa', 12, ['huyện Diên Khánh', 'huyện Vạn Ninh']),
  p('058', 'Ninh Thuận', 'Khánh Hòa', 6, ['huyện Ninh Phước', 'huyện Ninh Hải']),
  p('060', 'Bình Thuận', 'Lâm Đồng', 12, ['huyện Hàm Thuận Bắc', 'huyện Tuy Phong']),
  p('062', 'Kon Tum', 'Quảng Ngãi', 6, ['huyện Đắk Hà', 'huyện Sa Thầy']),
  p('064', 'Gia Lai', 'Gia Lai', 15, ['huyện Chư Sê', 'huyện Đak Đoa']),
  p('066', 'Đắk Lắk', 'Đắk Lắk', 19, ['huyện Krông Pắc', 'huyện Cư M’gar']),
  p('067', 'Đắk Nông', 'Lâm Đồng', 7, ['huyện Đắk Mil', 'huyện Cư Jút']),
  p('068', 'Lâm Đồng', 'Lâm Đồng', 13, ['huyện Đức Trọng', 'huyện Di Linh']),
  p('070', 'Bình Phước', 'Đồng Nai', 10, ['huyện Đồng Phú', 'huyện Lộc Ninh']),
  p('072', 'Tây Ninh', 'Tây Ninh', 12, ['huyện Gò Dầu', 'huyện Châu Thành']),
  p('074', 'Bình Dương', 'Hồ Chí Minh', 27, ['huyện Bàu Bàng', 'huyện Phú Giáo']),
  p('075', 'Đồng Nai', 'Đồng Nai', 32, ['huyện Long Thành', 'huyện Định Quán']),
  p('077', 'Bà Rịa – Vũng Tàu', 'Hồ Chí Minh', 12, ['huyện Châu Đức', 'huyện Xuyên Mộc']),
  p('079', 'Hồ Chí Minh', 'Hồ Chí Minh', 92, ['huyện Củ Chi', 'huyện Hóc Môn', 'huyện Bình Chánh'], true),
  p('080', 'Long An', 'Tây Ninh', 17, ['huyện Đức Hòa', 'huyện Cần Giuộc']),
  p('082', 'Tiền Giang', 'Đồng Tháp', 18, ['huyện Cái Bè', 'huyện Chợ Gạo']),
  p('083', 'Bến Tre', 'Vĩnh Long', 13, ['huyện Mỏ Cày Nam', 'huyện Ba Tri']),
  p('084', 'Trà Vinh', 'Vĩnh Long', 10, ['huyện Cầu Kè', 'huyện Tiểu Cần']),
  p('086', 'Vĩnh Long', 'Vĩnh Long', 10, ['huyện Long Hồ', 'huyện Tam Bình']),
  p('087', 'Đồng Tháp', 'Đồng Tháp', 16, ['huyện Cao Lãnh', 'huyện Lấp Vò']),
  p('089', 'An Giang', 'An Giang', 19, ['huyện Chợ Mới', 'huyện Thoại Sơn']),
  p('091', 'Kiên Giang', 'An Giang', 17, ['huyện Châu Thành', 'huyện Gò Quao']),
  p('092', 'Cần Thơ', 'Cần Thơ', 12, ['huyện Phong Điền', 'huyện Cờ Đỏ'], true),
  p('093', 'Hậu Giang', 'Cần Thơ', 7, ['huyện Phụng Hiệp', 'huyện Vị Thủy']),
  p('094', 'Sóc Trăng', 'Cần Thơ', 12, ['huyện Mỹ Tú', 'huyện Kế Sách']),
  p('095', 'Bạc Liêu', 'Cà Mau', 9, ['huyện Hồng Dân', 'huyện Phước Long']),
  p('096', 'Cà Mau', 'Cà Mau', 12, ['huyện Trần Văn Thời', 'huyện Cái Nước']),
];

/** The 34 provinces from 01/07/2025, with the old provinces each took in. */
export const newProvinces: ReadonlyArray<{ name: string; city: boolean; parts: Province[] }> = (() => {
  const byName = new Map<string, Province[]>();
  for (const province of provinces) {
    const parts = byName.get(province.becomes) ?? [];
    parts.push(province);
    byName.set(province.becomes, parts);
  }
  const cities = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);
  return [...byName].map(([name, parts]) => ({ name, city: cities.has(name), parts }));
})();

export const provinceTitle = (name: string, city: boolean) =>
  `${city ? 'thành phố' : 'tỉnh'} ${name === 'Hồ Chí Minh' ? 'Hồ Chí Minh' : name}`;

const communeNames = [
  'An Bình',
  'Tân Phú',
  'Hòa Bình',
  'Thanh Sơn',
  'Đông Hưng',
  'Xuân Phương',
  'Minh Đức',
  'Quang Trung',
  'Hưng Đạo',
  'Yên Lạc',
  'Phú Lộc',
  'Tân Lập',
  'Hợp Thành',
  'Kim Đồng',
  'Vĩnh Hòa',
  'Đại Đồng',
  'Tiên Phong',
  'Nghĩa Hưng',
  'Đồng Tâm',
  'Thạch Bàn',
  'Cẩm Phúc',
  'Hải Anh',
  'Nam Thanh',
  'Phúc Thịnh',
  'Liên Minh',
  'Trung Hòa',
  'Hoàng Văn Thụ',
  'Tân Tiến',
  'Bình Minh',
  'Thống Nhất',
] as const;

/** Hà Nội wards (old ward, old district) → the ward after 2025; the residences of the reference committee. */
const hanoiWards: ReadonlyArray<readonly [string, string, string]> = [
  ['Dịch Vọng Hậu', 'quận Cầu Giấy', 'Cầu Giấy'],
  ['Nghĩa Đô', 'quận Cầu Giấy', 'Nghĩa Đô'],
  ['Trung Hòa', 'quận Cầu Giấy', 'Yên Hòa'],
  ['Kim Mã', 'quận Ba Đình', 'Giảng Võ'],
  ['Điện Biên', 'quận Ba Đình', 'Ba Đình'],
  ['Láng Thượng', 'quận Đống Đa', 'Láng'],
  ['Kim Liên', 'quận Đống Đa', 'Kim Liên'],
  ['Bách Khoa', 'quận Hai Bà Trưng', 'Bạch Mai'],
  ['Thanh Xuân Trung', 'quận Thanh Xuân', 'Thanh Xuân'],
  ['Khương Trung', 'quận Thanh Xuân', 'Khương Đình'],
  ['Quảng An', 'quận Tây Hồ', 'Tây Hồ'],
  ['Văn Quán', 'quận Hà Đông', 'Hà Đông'],
  ['Ngọc Thụy', 'quận Long Biên', 'Bồ Đề'],
  ['Định Công', 'quận Hoàng Mai', 'Định Công'],
  ['Mỹ Đình 1', 'quận Nam Từ Liêm', 'Từ Liêm'],
];

const provinceTable = weighted(provinces.map((x) => [x, x.weight] as const));

export function randomProvince(rng: Random): Province {
  return rng.pickWeighted(provinceTable);
}

export interface AddressPair {
  old: string;
  new: string;
}

/** A commune of a province, as the old three-level and the new two-level address. */
export function ruralAddress(rng: Random, province: Province): AddressPair {
  const commune = rng.pick(communeNames);
  const oldTitle = provinceTitle(province.name, province.city);
  const newCity = newProvinces.find((n) => n.name === province.becomes)?.city ?? false;
  return {
    old: `xã ${commune}, ${rng.pick(province.districts)}, ${oldTitle}`,
    new: `xã ${commune}, ${provinceTitle(province.becomes, newCity)}`,
  };
}

/** A residence in Hà Nội (the reference committee's members live there). */
export function hanoiAddress(rng: Random): AddressPair {
  const [ward, district, newWard] = rng.pick(hanoiWards);
  const street = `số ${rng.int(1, 180)} ngõ ${rng.int(2, 320)}`;
  return {
    old: `${street}, phường ${ward}, ${district}, thành phố Hà Nội`,
    new: `${street}, phường ${newWard}, thành phố Hà Nội`,
  };
}
