import type { Locale } from './locale';

/** Names of input fields as users know them. A field missing here is shown by its API name. */
const labels: Record<string, Record<Locale, string>> = {
  username: { vi: 'Tên đăng nhập', en: 'User name' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  totp: { vi: 'Mã xác thực', en: 'Authentication code' },
  code: { vi: 'Mã', en: 'Code' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  roles: { vi: 'Vai trò', en: 'Roles' },
  role: { vi: 'Vai trò', en: 'Role' },
  unitId: { vi: 'Tổ chức đảng', en: 'Party unit' },
  parentId: { vi: 'Tổ chức cấp trên', en: 'Parent unit' },
  kind: { vi: 'Loại tổ chức', en: 'Unit kind' },
  name: { vi: 'Tên', en: 'Name' },
  version: { vi: 'Phiên bản', en: 'Version' },
  reason: { vi: 'Lý do', en: 'Reason' },
  disabled: { vi: 'Vô hiệu hóa', en: 'Disabled' },
  locale: { vi: 'Ngôn ngữ', en: 'Language' },
  limit: { vi: 'Số dòng', en: 'Limit' },
  cursor: { vi: 'Vị trí trang', en: 'Cursor' },
  q: { vi: 'Từ khóa', en: 'Search text' },
  id: { vi: 'Mã định danh', en: 'Identifier' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  mutedKinds: { vi: 'Loại thông báo tắt', en: 'Muted kinds' },
  body: { vi: 'Nội dung', en: 'Body' },
  // org module
  effectiveOn: { vi: 'Ngày hiệu lực', en: 'Effective date' },
  decisionRef: { vi: 'Số quyết định', en: 'Decision number' },
  note: { vi: 'Ghi chú', en: 'Note' },
  successorId: { vi: 'Tổ chức nhận sáp nhập', en: 'Successor unit' },
  asOf: { vi: 'Tại ngày', en: 'As of' },
  includeDissolved: { vi: 'Gồm tổ chức đã giải thể', en: 'Include dissolved units' },
  subtree: { vi: 'Gồm tổ chức trực thuộc', en: 'Include units below' },
  startsOn: { vi: 'Ngày bắt đầu', en: 'Start date' },
  endsOn: { vi: 'Ngày kết thúc', en: 'End date' },
  label: { vi: 'Tên nhiệm kỳ', en: 'Term label' },
  nextCongressDueOn: { vi: 'Hạn đại hội tiếp theo', en: 'Next congress due' },
  memberId: { vi: 'Đảng viên', en: 'Member' },
  title: { vi: 'Chức danh', en: 'Title' },
  bodyId: { vi: 'Cơ quan', en: 'Body' },
  termId: { vi: 'Nhiệm kỳ', en: 'Term' },
  // members module
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
  sex: { vi: 'Giới tính', en: 'Sex' },
  ethnicityCode: { vi: 'Dân tộc', en: 'Ethnicity' },
  religionCode: { vi: 'Tôn giáo', en: 'Religion' },
  citizenId: { vi: 'Số CCCD', en: 'Citizen ID' },
  hometownOld: { vi: 'Quê quán (địa chỉ cũ)', en: 'Hometown (old address)' },
  hometownNew: { vi: 'Quê quán (địa chỉ mới)', en: 'Hometown (new address)' },
  residenceOld: { vi: 'Nơi ở (địa chỉ cũ)', en: 'Residence (old address)' },
  residenceNew: { vi: 'Nơi ở (địa chỉ mới)', en: 'Residence (new address)' },
  admissionDate: { vi: 'Ngày vào Đảng', en: 'Admission date' },
  officialDate: { vi: 'Ngày chính thức', en: 'Official-membership date' },
  admissionAgeException: { vi: 'Ngoại lệ về tuổi khi kết nạp', en: 'Age exception at admission' },
  cardNumber: { vi: 'Số thẻ đảng viên', en: 'Party card number' },
  recordNumber: { vi: 'Số lý lịch đảng viên', en: 'Member record number' },
  generalEducation: { vi: 'Giáo dục phổ thông', en: 'General education' },
  professionalDegree: { vi: 'Trình độ chuyên môn', en: 'Professional degree' },
  major: { vi: 'Chuyên ngành', en: 'Major' },
  academicTitle: { vi: 'Học hàm', en: 'Academic title' },
  theoryLevel: { vi: 'Lý luận chính trị', en: 'Political theory level' },
  job: { vi: 'Nghề nghiệp, chức vụ', en: 'Job' },
  workplace: { vi: 'Nơi làm việc', en: 'Workplace' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  status: { vi: 'Trạng thái', en: 'Status' },
  statusSince: { vi: 'Ngày của trạng thái', en: 'Status date' },
  ageBand: { vi: 'Độ tuổi', en: 'Age band' },
  // exchange module
  file: { vi: 'Tệp', en: 'File' },
  fileName: { vi: 'Tên tệp', en: 'File name' },
  mapping: { vi: 'Ghép cột', en: 'Column mapping' },
  columns: { vi: 'Các cột', en: 'Columns' },
  unitName: { vi: 'Chi bộ', en: 'Cell' },
};

export function fieldLabel(path: string, locale: Locale): string {
  const last =
    path
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .pop() ?? path;
  const label = labels[last]?.[locale];
  if (!label) return path || (locale === 'vi' ? 'nội dung' : 'body');
  return label === path ? label : `${label} (${path})`;
}
