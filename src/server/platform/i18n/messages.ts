import type { Locale } from './locale';

type Params = Record<string, string | number>;
type Entry = Record<Locale, (p: Params) => string>;

/** Every message the API returns, in Vietnamese and English. The keys are the stable error codes. */
export const messages = {
  VALIDATION: {
    vi: (p) => `Trường «${p.label}»: ${p.reason}`,
    en: (p) => `Field "${p.label}": ${p.reason}`,
  },
  INVALID_CHARACTER: {
    vi: (p) => `Trường «${p.label}» chứa ký tự không hợp lệ (ký tự rỗng hoặc mã Unicode hỏng).`,
    en: (p) => `Field "${p.label}" contains an invalid character (NUL or broken Unicode).`,
  },
  BAD_REQUEST: {
    vi: () => 'Yêu cầu không hợp lệ.',
    en: () => 'The request is not valid.',
  },
  INVALID_JSON: {
    vi: () => 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: () => 'The request body is not valid JSON.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    vi: () => 'Kiểu nội dung không được hỗ trợ; hãy gửi JSON.',
    en: () => 'Unsupported content type; send JSON.',
  },
  PAYLOAD_TOO_LARGE: {
    vi: () => 'Nội dung gửi lên quá lớn.',
    en: () => 'The request body is too large.',
  },
  NOT_FOUND: {
    vi: () => 'Không tìm thấy.',
    en: () => 'Not found.',
  },
  ROUTE_NOT_FOUND: {
    vi: () => 'Không có chức năng này.',
    en: () => 'No such endpoint.',
  },
  METHOD_NOT_ALLOWED: {
    vi: () => 'Phương thức không được hỗ trợ.',
    en: () => 'Method not allowed.',
  },
  UNAUTHENTICATED: {
    vi: () => 'Bạn cần đăng nhập.',
    en: () => 'You need to sign in.',
  },
  FORBIDDEN: {
    vi: () => 'Bạn không có quyền thực hiện thao tác này.',
    en: () => 'You are not allowed to do this.',
  },
  CSRF: {
    vi: () => 'Phiên làm việc không xác thực được yêu cầu (thiếu mã CSRF). Hãy tải lại trang.',
    en: () => 'The request could not be verified (missing CSRF token). Reload the page.',
  },
  INVALID_CREDENTIALS: {
    vi: () => 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: () => 'Wrong user name or password.',
  },
  ACCOUNT_LOCKED: {
    vi: (p) =>
      `Tài khoản tạm khóa do nhập sai nhiều lần. Thử lại sau ${p.minutes} phút hoặc liên hệ quản trị.`,
    en: (p) =>
      `The account is locked after repeated failures. Try again in ${p.minutes} minutes or ask an admin.`,
  },
  ACCOUNT_DISABLED: {
    vi: () => 'Tài khoản đã bị vô hiệu hóa.',
    en: () => 'The account is disabled.',
  },
  RATE_LIMITED: {
    vi: () => 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    en: () => 'Too many requests. Please try again in a few minutes.',
  },
  TOTP_REQUIRED: {
    vi: () => 'Nhập mã xác thực 6 chữ số từ ứng dụng xác thực.',
    en: () => 'Enter the 6-digit code from your authenticator app.',
  },
  INVALID_TOTP: {
    vi: () => 'Mã xác thực không đúng hoặc đã hết hạn.',
    en: () => 'The authentication code is wrong or expired.',
  },
  TOTP_ENROLLMENT_REQUIRED: {
    vi: () => 'Vai trò của bạn bắt buộc xác thực hai bước. Hãy thiết lập trong trang Tài khoản.',
    en: () => 'Your role requires two-factor authentication. Set it up on the Account page.',
  },
  TOTP_NOT_SET_UP: {
    vi: () => 'Chưa khởi tạo xác thực hai bước; hãy bắt đầu thiết lập trước.',
    en: () => 'Two-factor setup has not been started.',
  },
  TOTP_CANNOT_DISABLE: {
    vi: () => 'Vai trò của bạn bắt buộc xác thực hai bước nên không thể tắt.',
    en: () => 'Your role requires two-factor authentication; it cannot be turned off.',
  },
  WRONG_PASSWORD: {
    vi: () => 'Mật khẩu hiện tại không đúng.',
    en: () => 'The current password is wrong.',
  },
  PASSWORD_REUSED: {
    vi: () => 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: () => 'The new password must differ from the current one.',
  },
  STALE_VERSION: {
    vi: () => 'Bản ghi đã được người khác thay đổi. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
    en: () => 'Someone else changed this record. Reload to see the latest version, then edit again.',
  },
  DUPLICATE: {
    vi: (p) => `Giá trị của trường «${p.label}» đã tồn tại.`,
    en: (p) => `The value of "${p.label}" already exists.`,
  },
  UNIT_KIND_NOT_ALLOWED: {
    vi: (p) => `Không thể đặt «${p.child}» trực thuộc «${p.parent}».`,
    en: (p) => `A "${p.child}" cannot be placed under a "${p.parent}".`,
  },
  CANNOT_CHANGE_OWN_ADMIN: {
    vi: () => 'Không thể tự gỡ quyền quản trị hoặc tự vô hiệu hóa tài khoản của mình.',
    en: () => 'You cannot remove your own admin role or disable your own account.',
  },
  INTERNAL: {
    vi: () => 'Lỗi hệ thống. Thao tác chưa được thực hiện; vui lòng thử lại.',
    en: () => 'Internal error. Nothing was changed; please try again.',
  },
  UNAVAILABLE: {
    vi: () => 'Hệ thống đang bận hoặc đang dừng. Vui lòng thử lại sau.',
    en: () => 'The service is busy or shutting down. Please try again later.',
  },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof messages;

export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  return messages[key][locale](params);
}
