import type { Sex } from '../../domain/member-codes';
import { type Random, weighted } from './random';

/**
 * Vietnamese person names for the demo: family names by their approximate share of the population (Nguyễn
 * about 38%, then Trần, Lê, Phạm …), middle names by sex and generation, given names by sex; some ethnic groups
 * get their own common family names. About a third of the names whose tone mark may sit on either vowel of
 * oa/oe/uy are written in the "new" style (Hoà, Thuỷ), as people really spell them (DOMAIN.md §11).
 */

const kinhFamily = weighted<string>([
  ['Nguyễn', 380],
  ['Trần', 110],
  ['Lê', 95],
  ['Phạm', 70],
  ['Hoàng', 45],
  ['Huỳnh', 15],
  ['Phan', 45],
  ['Vũ', 30],
  ['Võ', 15],
  ['Đặng', 21],
  ['Bùi', 20],
  ['Đỗ', 14],
  ['Hồ', 13],
  ['Ngô', 13],
  ['Dương', 10],
  ['Lý', 5],
  ['Đinh', 8],
  ['Trịnh', 7],
  ['Đoàn', 7],
  ['Lương', 5],
  ['Mai', 5],
  ['Cao', 5],
  ['Lưu', 4],
  ['Tạ', 4],
  ['Tô', 3],
  ['Hà', 5],
  ['Chu', 3],
  ['Phùng', 3],
  ['Kiều', 2],
  ['Quách', 2],
  ['Lại', 2],
  ['Thái', 2],
  ['Vương', 2],
  ['Nghiêm', 2],
  ['Triệu', 2],
  ['Lâm', 2],
  ['Khúc', 1],
  ['Tăng', 1],
  ['La', 1],
  ['Văn', 1],
  ['Đào', 4],
  ['Trương', 4],
]);

/** Common family names of some ethnic groups (GSO code → names); others use the Kinh table. */
const ethnicFamily: Record<string, ReturnType<typeof weighted<string>>> = {
  '02': weighted([
    ['Nông', 4],
    ['Hoàng', 3],
    ['Lương', 2],
    ['Ma', 1],
    ['Đàm', 1],
  ]),
  '03': weighted([
    ['Lò', 3],
    ['Cầm', 2],
    ['Lường', 2],
    ['Vi', 1],
  ]),
  '04': weighted([
    ['Bùi', 4],
    ['Đinh', 3],
    ['Quách', 1],
    ['Hà', 2],
  ]),
  '05': weighted([
    ['Thạch', 3],
    ['Danh', 2],
    ['Sơn', 2],
    ['Kim', 1],
  ]),
  '06': weighted([
    ['Lý', 2],
    ['Trương', 2],
    ['Lương', 1],
    ['Quan', 1],
  ]),
  '07': weighted([
    ['Hoàng', 3],
    ['Nông', 2],
    ['Lương', 1],
    ['Vi', 1],
  ]),
};

type Table = ReturnType<typeof weighted<string>>;

const middle: Record<Sex, { older: Table; younger: Table; second: Table }> = {
  male: {
    older: weighted([
      ['Văn', 34],
      ['Đức', 8],
      ['Hữu', 7],
      ['Minh', 6],
      ['Quang', 6],
      ['Xuân', 6],
      ['Công', 5],
      ['Thành', 3],
      ['Ngọc', 5],
      ['Mạnh', 3],
      ['Đình', 6],
      ['Tiến', 3],
      ['Trọng', 3],
      ['Duy', 2],
      ['Thế', 3],
      ['Việt', 2],
      ['Hồng', 2],
      ['Bá', 2],
      ['Khắc', 2],
      ['Thanh', 3],
      ['Trung', 2],
      ['Kim', 1],
      ['Sỹ', 1],
      ['Doãn', 1],
    ]),
    younger: weighted([
      ['Văn', 14],
      ['Đức', 9],
      ['Minh', 10],
      ['Quang', 6],
      ['Hữu', 5],
      ['Tuấn', 4],
      ['Thành', 4],
      ['Ngọc', 3],
      ['Anh', 5],
      ['Duy', 4],
      ['Việt', 4],
      ['Hoàng', 4],
      ['Trung', 3],
      ['Tiến', 3],
      ['Huy', 3],
      ['Đình', 3],
      ['Xuân', 3],
      ['Thế', 2],
      ['Công', 2],
      ['Bảo', 2],
      ['Gia', 2],
    ]),
    second: weighted([
      ['Minh', 3],
      ['Anh', 2],
      ['Quốc', 2],
      ['Hoàng', 1],
      ['Thanh', 1],
      ['Trung', 1],
    ]),
  },
  female: {
    older: weighted([
      ['Thị', 55],
      ['Thu', 5],
      ['Thanh', 5],
      ['Ngọc', 4],
      ['Minh', 3],
      ['Hồng', 4],
      ['Thúy', 3],
      ['Kim', 3],
      ['Phương', 2],
      ['Bích', 2],
      ['Thủy', 1],
      ['Lan', 1],
      ['Diệu', 1],
    ]),
    younger: weighted([
      ['Thị', 25],
      ['Thu', 6],
      ['Thanh', 6],
      ['Ngọc', 6],
      ['Minh', 5],
      ['Hồng', 4],
      ['Thùy', 3],
      ['Phương', 4],
      ['Mai', 3],
      ['Hải', 2],
      ['Khánh', 3],
      ['Bảo', 2],
      ['Quỳnh', 2],
      ['Hoài', 2],
      ['Cẩm', 1],
      ['Tuyết', 1],
      ['Diệu', 2],
      ['Vân', 1],
    ]),
    second: weighted([
      ['Thu', 4],
      ['Thanh', 4],
      ['Minh', 3],
      ['Hồng', 3],
      ['Kim', 2],
      ['Ngọc', 3],
      ['Thúy', 2],
      ['Bích', 2],
      ['Thùy', 1],
      ['Mai', 1],
    ]),
  },
};

const given: Record<Sex, Table> = {
  male: weighted([
    ['Dũng', 5],
    ['Hùng', 6],
    ['Tuấn', 6],
    ['Thắng', 4],
    ['Hải', 5],
    ['Minh', 5],
    ['Hòa', 4],
    ['Long', 4],
    ['Nam', 5],
    ['Sơn', 5],
    ['Trung', 5],
    ['Cường', 4],
    ['Đức', 4],
    ['Hưng', 4],
    ['Khoa', 2],
    ['Bình', 4],
    ['Thành', 4],
    ['Quang', 3],
    ['Tiến', 3],
    ['Phúc', 2],
    ['Vinh', 3],
    ['Hiếu', 3],
    ['Toàn', 3],
    ['Tú', 2],
    ['Lâm', 2],
    ['Khánh', 3],
    ['Thịnh', 2],
    ['Tùng', 3],
    ['Quân', 3],
    ['Hoàng', 2],
    ['Hiển', 1],
    ['Đạt', 3],
    ['Duy', 2],
    ['Kiên', 2],
    ['Lợi', 1],
    ['Nghĩa', 2],
    ['Phong', 2],
    ['Quý', 1],
    ['Tài', 2],
    ['Thanh', 3],
    ['Thái', 2],
    ['Việt', 2],
    ['Vũ', 2],
    ['Huy', 3],
    ['Hậu', 1],
    ['Hoan', 1],
    ['Hợp', 1],
    ['Thụy', 1],
    ['Toản', 1],
    ['Chiến', 2],
    ['Giang', 2],
    ['Khải', 1],
    ['Lộc', 1],
    ['Mạnh', 2],
    ['Nhân', 1],
    ['Tân', 2],
    ['Trí', 2],
    ['Tường', 1],
    ['Thuận', 2],
    ['Bảo', 1],
    ['An', 2],
    ['Anh', 4],
    ['Định', 1],
    ['Luân', 1],
    ['Ninh', 1],
    ['Quyết', 1],
    ['Thông', 1],
    ['Trường', 2],
    ['Tuệ', 1],
    ['Vượng', 1],
    ['Khôi', 1],
    ['Thủy', 1],
    ['Hòe', 1],
  ]),
  female: weighted([
    ['Hoa', 4],
    ['Lan', 4],
    ['Hương', 6],
    ['Mai', 4],
    ['Hằng', 5],
    ['Hà', 4],
    ['Thủy', 5],
    ['Thúy', 3],
    ['Linh', 5],
    ['Ngọc', 3],
    ['Nga', 3],
    ['Nhung', 3],
    ['Oanh', 2],
    ['Phương', 4],
    ['Quỳnh', 2],
    ['Thảo', 4],
    ['Trang', 5],
    ['Vân', 3],
    ['Yến', 3],
    ['Hạnh', 3],
    ['Hiền', 3],
    ['Huyền', 4],
    ['Loan', 2],
    ['Liên', 2],
    ['Dung', 3],
    ['Hoài', 2],
    ['Hòa', 3],
    ['Thu', 3],
    ['Tâm', 2],
    ['Anh', 4],
    ['Giang', 2],
    ['Hồng', 3],
    ['Huệ', 2],
    ['Minh', 2],
    ['Nguyệt', 2],
    ['Tuyết', 2],
    ['Xuân', 2],
    ['Thùy', 2],
    ['Chi', 2],
    ['Diệp', 1],
    ['Đào', 1],
    ['Khánh', 1],
    ['Lệ', 1],
    ['My', 2],
    ['Ly', 2],
    ['Nhàn', 1],
    ['Phượng', 2],
    ['Thơ', 1],
    ['Trinh', 1],
    ['Uyên', 1],
    ['Ánh', 2],
    ['Bích', 1],
    ['Cúc', 1],
    ['Thoa', 1],
    ['Hòe', 1],
    ['Thụy', 1],
  ]),
};

/** Old style (tone on the first vowel: òa, òe, ùy) → new style (oà, oè, uỳ), for a syllable with no final consonant. */
const newStyle: Record<string, string> = {};
for (const [oldMarks, newMarks] of [
  ['òa óa ỏa õa ọa', 'oà oá oả oã oạ'],
  ['òe óe ỏe õe ọe', 'oè oé oẻ oẽ oẹ'],
  ['ùy úy ủy ũy ụy', 'uỳ uý uỷ uỹ uỵ'],
]) {
  const to = (newMarks as string).split(' ');
  (oldMarks as string).split(' ').forEach((from, i) => {
    newStyle[from] = to[i] as string;
  });
}
const oldStyleEnding = /(òa|óa|ỏa|õa|ọa|òe|óe|ỏe|õe|ọe|ùy|úy|ủy|ũy|ụy)$/u;

/** The new-style spelling of a word (Hòa → Hoà, Thủy → Thuỷ), or the word itself when it has none. */
export function newStyleSpelling(word: string): string {
  if (/^qu/iu.test(word)) return word;
  return word.replace(oldStyleEnding, (m) => newStyle[m] ?? m);
}

export const hasSpellingVariant = (word: string) => newStyleSpelling(word) !== word;

export interface PersonName {
  fullName: string;
  family: string;
}

/** A full name for a person of the given sex, ethnicity and birth year. */
export function personName(rng: Random, sex: Sex, ethnicityCode: string, birthYear: number): string {
  const family = rng.pickWeighted(ethnicFamily[ethnicityCode] ?? kinhFamily);
  const tables = middle[sex];
  const parts = [family, rng.pickWeighted(birthYear >= 1985 ? tables.younger : tables.older)];
  if (rng.chance(sex === 'female' ? 0.22 : 0.06)) {
    const second = rng.pickWeighted(tables.second);
    if (second !== parts[1]) parts.push(second);
  }
  const givenName = rng.pickWeighted(given[sex]);
  if (givenName === parts.at(-1)) parts.pop();
  parts.push(givenName);
  const newStyleWriter = rng.chance(0.33);
  return parts.map((word) => (newStyleWriter ? newStyleSpelling(word) : word)).join(' ');
}
