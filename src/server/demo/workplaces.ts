/** What a cell's name says about its members' work: their workplace and the fields they trained in. */

const fields: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/Y học|Y tế|Đông y|Dinh dưỡng/u, ['Y học', 'Y tế công cộng', 'Y học cổ truyền', 'Dinh dưỡng']],
  [/Dược/u, ['Dược học', 'Hóa dược']],
  [/Hóa học/u, ['Hóa học', 'Công nghệ hóa học']],
  [/Vật lý|Năng lượng Nguyên tử/u, ['Vật lý', 'Vật lý hạt nhân']],
  [
    /Toán|Tin học|Tự động hóa|Vô tuyến/u,
    ['Toán học', 'Công nghệ thông tin', 'Điện tử – Viễn thông', 'Tự động hóa'],
  ],
  [/Cơ học|Cơ khí|Hàn|Nhiệt/u, ['Cơ học', 'Cơ khí chế tạo', 'Kỹ thuật nhiệt']],
  [
    /Xây dựng|Kiến trúc|Quy hoạch|Cầu đường/u,
    ['Xây dựng dân dụng', 'Kiến trúc', 'Quy hoạch đô thị', 'Cầu đường'],
  ],
  [
    /Địa chất|Trắc địa|Đất|Biển|Khí tượng/u,
    ['Địa chất', 'Trắc địa – Bản đồ', 'Khoa học đất', 'Hải dương học', 'Khí tượng – Thủy văn'],
  ],
  [/Điện lực|Dầu khí/u, ['Hệ thống điện', 'Kỹ thuật dầu khí']],
  [
    /Lâm nghiệp|Thủy lợi|Thủy sản|Chăn nuôi|Nông/u,
    ['Lâm nghiệp', 'Thủy lợi', 'Nuôi trồng thủy sản', 'Chăn nuôi thú y', 'Nông học'],
  ],
  [/Sinh học|Môi trường|Thiên nhiên/u, ['Sinh học', 'Khoa học môi trường', 'Sinh thái học']],
  [/Lịch sử|Khảo cổ|Dân tộc học|Ngôn ngữ/u, ['Lịch sử', 'Khảo cổ học', 'Nhân học', 'Ngôn ngữ học']],
  [/Kinh tế|Tài chính|Kế hoạch/u, ['Kinh tế', 'Tài chính – Kế toán', 'Quản trị kinh doanh']],
  [/Luật|Sở hữu trí tuệ|Tiêu chuẩn/u, ['Luật', 'Sở hữu trí tuệ', 'Tiêu chuẩn – Đo lường']],
  [/Tâm lý|Giáo dục|nguồn nhân lực|Nữ trí thức/u, ['Tâm lý học', 'Giáo dục học', 'Quản lý nguồn nhân lực']],
  [
    /Báo|Tạp chí|xuất bản|Thông tin|Truyền thông|Phổ biến|Tuyên giáo/u,
    ['Báo chí', 'Xuất bản', 'Ngữ văn', 'Truyền thông'],
  ],
];

const general = [
  'Quản lý khoa học',
  'Kinh tế',
  'Luật',
  'Hành chính công',
  'Xây dựng Đảng và Chính quyền nhà nước',
];

export function majorsFor(unitName: string): readonly string[] {
  return fields.find(([pattern]) => pattern.test(unitName))?.[1] ?? general;
}

/** The workplace of a cell's members: an association's own name, or an office of the organisation. */
export function workplaceOf(cellName: string, organisation: string): string {
  const rest = cellName.replace(/^Chi bộ\s+/u, '');
  return /^(Hội|Tổng hội|Liên hiệp|Báo|Tạp chí|Nhà xuất bản|Học viện|Viện)\b/u.test(rest)
    ? rest
    : `${rest}, ${organisation}`;
}
