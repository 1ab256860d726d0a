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
