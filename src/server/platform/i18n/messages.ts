import type { Locale } from './locale';

type Params = Record<string, string | number>;

const statusVi: Record<string, string> = {
  candidate: 'quần chúng ưu tú',
  probationary: 'dự bị',
  official: 'chính thức',
  exempted: 'miễn công tác và sinh hoạt',
  transferred_out: 'đã chuyển sinh hoạt đi',
  removed: 'đã xóa tên',
  expelled: 'đã khai trừ',
  deceased: 'từ trần',
};
const statusEn: Record<string, string> = {
  candidate: 'candidate',
  probationary: 'probationary',
  official: 'official',
  exempted: 'exempted',
  transferred_out: 'transferred out',
  removed: 'removed',
  expelled: 'expelled',
  deceased: 'deceased',
};
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
  // org module: dated tree changes, terms, bodies, positions
  DATE_IN_FUTURE: {
    vi: (p) =>
      `Trường «${p.label}»: không được sau ngày hôm nay (${p.today}); hãy ghi nhận khi thay đổi có hiệu lực.`,
    en: (p) =>
      `Field "${p.label}": must not be after today (${p.today}); record the change once it takes effect.`,
  },
  UNIT_DISSOLVED: {
    vi: (p) => `Tổ chức «${p.name}» đã giải thể (hoặc sáp nhập) từ ngày ${p.date}; không thể thay đổi.`,
    en: (p) => `"${p.name}" was dissolved (or merged) on ${p.date}; it cannot be changed.`,
  },
  UNIT_EFFECTIVE_TOO_EARLY: {
    vi: (p) =>
      `Ngày hiệu lực phải từ ${p.date} trở đi: «${p.name}» đã có thay đổi được ghi nhận vào ngày đó.`,
    en: (p) =>
      `The effective date must be on or after ${p.date}: "${p.name}" has a change recorded on that day.`,
  },
  UNIT_TARGET_TOO_EARLY: {
    vi: (p) => `Ngày hiệu lực phải từ ${p.date} trở đi: «${p.name}» ở vị trí hiện nay từ ngày đó.`,
    en: (p) =>
      `The effective date must be on or after ${p.date}: "${p.name}" has stood where it is since then.`,
  },
  UNIT_NOTHING_CHANGES: {
    vi: () => 'Tên và mã mới trùng với tên và mã hiện tại; không có gì để đổi.',
    en: () => 'The new name and code equal the current ones; nothing to change.',
  },
  UNIT_ALREADY_THERE: {
    vi: (p) => `«${p.name}» đang trực thuộc «${p.parent}»; hãy chọn tổ chức cấp trên khác.`,
    en: (p) => `"${p.name}" is already under "${p.parent}"; choose another parent.`,
  },
  UNIT_MOVE_INTO_ITSELF: {
    vi: (p) =>
      `Không thể chuyển «${p.name}» vào «${p.target}»: đó là chính tổ chức này hoặc tổ chức trực thuộc nó.`,
    en: (p) => `"${p.name}" cannot move under "${p.target}": that is the unit itself or a unit below it.`,
  },
  UNIT_MERGE_INTO_ITSELF: {
    vi: (p) =>
      `Không thể sáp nhập «${p.name}» vào «${p.target}»: đó là chính tổ chức này hoặc tổ chức trực thuộc nó.`,
    en: (p) => `"${p.name}" cannot merge into "${p.target}": that is the unit itself or a unit below it.`,
  },
  UNIT_SUCCESSOR_DISSOLVED: {
    vi: (p) => `Không thể sáp nhập vào «${p.name}»: tổ chức này đã giải thể từ ngày ${p.date}.`,
    en: (p) => `Cannot merge into "${p.name}": it was dissolved on ${p.date}.`,
  },
  UNIT_HAS_ACTIVE_CHILDREN: {
    vi: (p) =>
      `«${p.name}» còn ${p.count} tổ chức trực thuộc đang hoạt động; hãy chuyển, sáp nhập hoặc giải thể các tổ chức đó trước.`,
    en: (p) => `"${p.name}" still has ${p.count} active units below it; move, merge or dissolve them first.`,
  },
  UNIT_HAS_ACTIVE_MEMBERS: {
    vi: (p) =>
      `«${p.name}» còn ${p.count} đảng viên (kể cả quần chúng ưu tú) đang sinh hoạt; hãy chuyển sinh hoạt hoặc sáp nhập tổ chức thay vì giải thể.`,
    en: (p) =>
      `"${p.name}" still has ${p.count} active members or candidates; transfer them, or merge the unit instead.`,
  },
  END_NOT_AFTER_START: {
    vi: (p) => `Trường «${p.label}»: phải sau ngày bắt đầu (${p.start}).`,
    en: (p) => `Field "${p.label}": must be after the start date (${p.start}).`,
  },
  END_BEFORE_START: {
    vi: (p) => `Trường «${p.label}»: không được trước ngày bắt đầu (${p.start}).`,
    en: (p) => `Field "${p.label}": must not be before the start date (${p.start}).`,
  },
  TERM_OVERLAPS: {
    vi: (p) => `Nhiệm kỳ trùng thời gian với nhiệm kỳ ${p.label} (${p.from} – ${p.to}) đã ghi nhận.`,
    en: (p) => `The term overlaps the recorded term ${p.label} (${p.from} – ${p.to}).`,
  },
  BODY_KIND_NOT_ALLOWED: {
    vi: (p) => `«${p.unit}» không có «${p.body}».`,
    en: (p) => `A "${p.unit}" has no "${p.body}".`,
  },
  BODY_NAME_REQUIRED: {
    vi: () => 'Trường «Tên»: hãy nhập tên ban (ví dụ Ban Tổ chức, Ban Tuyên giáo, Văn phòng).',
    en: () => 'Field "Name": enter the name of the board (e.g. Organisation Board, Office).',
  },
  BODY_EXISTS: {
    vi: (p) => `«${p.unit}» đã có «${p.name}».`,
    en: (p) => `"${p.unit}" already has "${p.name}".`,
  },
  POSITION_MEMBER_OUTSIDE: {
    vi: (p) =>
      `Trường «${p.label}»: đảng viên này không sinh hoạt trong «${p.unit}» hoặc tổ chức trực thuộc.`,
    en: (p) => `Field "${p.label}": this member does not belong to "${p.unit}" or a unit below it.`,
  },
  NOT_OF_UNIT: {
    vi: (p) => `Trường «${p.label}»: không thuộc «${p.unit}».`,
    en: (p) => `Field "${p.label}": does not belong to "${p.unit}".`,
  },
  POSITION_TITLE_NOT_ALLOWED: {
    vi: (p) => `Chức danh «${p.title}» không có trong «${p.body}».`,
    en: (p) => `There is no "${p.title}" in "${p.body}".`,
  },
  POSITION_OUTSIDE_TERM: {
    vi: (p) => `Trường «${p.label}»: phải nằm trong nhiệm kỳ ${p.term} (${p.from} – ${p.to}).`,
    en: (p) => `Field "${p.label}": must fall within the term ${p.term} (${p.from} – ${p.to}).`,
  },
  POSITION_ENDED: {
    vi: (p) => `Chức vụ này đã kết thúc ngày ${p.date}.`,
    en: (p) => `This office already ended on ${p.date}.`,
  },
  // members module: the register's rules (src/domain/member-rules.ts), duplicates, moves
  MEMBER_DATE_IN_FUTURE: {
    vi: (p) => `Trường «${p.label}»: không được sau ngày hôm nay (${p.today}).`,
    en: (p) => `Field "${p.label}": must not be after today (${p.today}).`,
  },
  MEMBER_DATES: {
    vi: (p) =>
      ({
        birth_too_early: 'Ngày sinh phải từ năm 1900 trở đi.',
        admission_after_birth: 'Ngày vào Đảng phải sau ngày sinh.',
        official_needs_admission: 'Đã có ngày chính thức thì phải có ngày vào Đảng.',
        official_after_admission: 'Ngày chính thức không được trước ngày vào Đảng.',
        status_after_birth: `Trường «${p.label}»: không được trước ngày sinh.`,
        status_before_admission: 'Ngày của trạng thái không được trước ngày vào Đảng.',
        status_before_official: 'Ngày của trạng thái chính thức không được trước ngày chính thức.',
      })[String(p.rule)] ?? `Trường «${p.label}»: ngày không hợp lệ so với các ngày khác của hồ sơ.`,
    en: (p) =>
      ({
        birth_too_early: 'The date of birth must be in 1900 or later.',
        admission_after_birth: 'The admission date must be after the date of birth.',
        official_needs_admission: 'An official-membership date needs an admission date.',
        official_after_admission: 'The official-membership date must not be before the admission date.',
        status_after_birth: `Field "${p.label}": must not be before the date of birth.`,
        status_before_admission: 'The status date must not be before the admission date.',
        status_before_official: 'An official status must not date from before the official-membership date.',
      })[String(p.rule)] ?? `Field "${p.label}": the date does not fit the other dates of the record.`,
  },
  MEMBER_STATUS_DATES: {
    vi: (p) =>
      ({
        needs_admission: 'Đảng viên dự bị, chính thức hoặc miễn sinh hoạt phải có ngày vào Đảng.',
        needs_official: 'Đảng viên chính thức phải có ngày chính thức.',
        probationary_official:
          'Đảng viên dự bị chưa có ngày chính thức: hãy bỏ ngày chính thức, hoặc ghi nhận việc chuyển chính thức.',
      })[String(p.rule)] ?? 'Trạng thái không khớp với các ngày của hồ sơ.',
    en: (p) =>
      ({
        needs_admission: 'A probationary, official or exempted member needs an admission date.',
        needs_official: 'An official member needs an official-membership date.',
        probationary_official:
          'A probationary member has no official-membership date: clear it, or record the move to official membership.',
      })[String(p.rule)] ?? 'The status does not fit the dates of the record.',
  },
  MEMBER_ADMISSION_AGE: {
    vi: (p) =>
      `Tuổi khi vào Đảng là ${p.years} tuổi ${p.months} tháng, ngoài độ tuổi từ đủ ${p.min} đến đủ ${p.max} tuổi (tính theo tháng) theo ${p.citation}. Nếu cấp có thẩm quyền đã cho phép, hãy ghi căn cứ vào trường «Ngoại lệ về tuổi khi kết nạp».`,
    en: (p) =>
      `Age at admission is ${p.years} years ${p.months} months, outside ${p.min} to ${p.max} years (counted in months) under ${p.citation}. If the competent committee allowed it, record the decision in "Age exception at admission".`,
  },
  MEMBER_DUPLICATE_CITIZEN_ID: {
    vi: (p) =>
      p.name
        ? `Số CCCD này đã có trong hồ sơ đảng viên ${p.name}.`
        : 'Số CCCD này đã có trong hồ sơ của một đảng viên khác.',
    en: (p) =>
      p.name
        ? `This citizen ID is already on the record of ${p.name}.`
        : 'This citizen ID is already on the record of another member.',
  },
  MEMBER_DUPLICATE_CARD_NUMBER: {
    vi: (p) =>
      p.name
        ? `Số thẻ đảng viên này đã có trong hồ sơ đảng viên ${p.name}.`
        : 'Số thẻ đảng viên này đã có trong hồ sơ của một đảng viên khác.',
    en: (p) =>
      p.name
        ? `This party card number is already on the record of ${p.name}.`
        : 'This party card number is already on the record of another member.',
  },
  MEMBER_UNIT_INACTIVE: {
    vi: (p) => `«${p.unit}» đã giải thể (hoặc sáp nhập) từ ngày ${p.date}; không thể đưa đảng viên vào.`,
    en: (p) => `"${p.unit}" was dissolved (or merged) on ${p.date}; members cannot be placed in it.`,
  },
  MEMBER_SAME_UNIT: {
    vi: () => 'Đảng viên đang sinh hoạt tại tổ chức này; hãy chọn tổ chức khác.',
    en: () => 'The member already belongs to this unit; choose another one.',
  },
  MEMBER_MOVE_DATE: {
    vi: (p) =>
      `Ngày chuyển phải từ ${p.since} trở đi (ngày đảng viên bắt đầu sinh hoạt tại tổ chức hiện nay).`,
    en: (p) => `The move date must be on or after ${p.since} (when the member joined the current unit).`,
  },
  // admission module: the pipeline's rules (src/domain/admission-rules.ts) and the working-day calendar
  ADMISSION_DATE_IN_FUTURE: {
    vi: (p) => `Trường «${p.label}»: không được sau ngày hôm nay (${p.today}).`,
    en: (p) => `Field "${p.label}": must not be after today (${p.today}).`,
  },
  ADMISSION_STEP_ORDER: {
    vi: (p) => `Trường «${p.label}»: không được trước ngày ${p.after} của bước trước.`,
    en: (p) => `Field "${p.label}": must not be before ${p.after}, the date of the step before.`,
  },
  ADMISSION_STEP_MISSING: {
    vi: (p) =>
      p.rule === 'not_clear'
        ? 'Kết quả thẩm tra lý lịch chưa đạt: chưa thể đưa ra chi bộ xét kết nạp.'
        : `Chưa có bước «${p.label}»: hãy ghi nhận bước này trước.`,
    en: (p) =>
      p.rule === 'not_clear'
        ? 'The background check is not clear: the cell cannot vote yet.'
        : `The step "${p.label}" has not been recorded: record it first.`,
  },
  ADMISSION_STEP_DONE: {
    vi: (p) => `Bước này đã được ghi nhận (ngày ${p.date}) và không sửa được.`,
    en: (p) => `This step was already recorded (on ${p.date}) and cannot be changed.`,
  },
  ADMISSION_CASE_CLOSED: {
    vi: () => 'Hồ sơ này đã kết thúc; không ghi nhận thêm bước nào.',
    en: () => 'This case has ended; no further step can be recorded.',
  },
  ADMISSION_CLOSE_AFTER_CEREMONY: {
    vi: () =>
      'Đã tổ chức lễ kết nạp: người này là đảng viên dự bị; hãy ghi nhận việc xét công nhận chính thức.',
    en: () =>
      'The ceremony was held: this person is a probationary member; record the official-membership vote.',
  },
  ADMISSION_AGE: {
    vi: (p) =>
      `Trường «${p.label}»: tại ngày chi bộ xét (${p.date}) người được xét ${p.years} tuổi ${p.months} tháng, ngoài độ tuổi từ đủ ${p.min} đến đủ ${p.max} tuổi (tính theo tháng) theo ${p.citation}.`,
    en: (p) =>
      `Field "${p.label}": on the day the cell considers the case (${p.date}) the applicant is ${p.years} years ${p.months} months old, outside ${p.min} to ${p.max} years (counted in months) under ${p.citation}.`,
  },
  ADMISSION_EDUCATION: {
    vi: (p) =>
      `Trường «${p.label}»: trình độ «${p.value}» chưa đạt tốt nghiệp trung học cơ sở (9/12, hoặc 7/10 theo hệ cũ) theo ${p.citation}.`,
    en: (p) =>
      `Field "${p.label}": "${p.value}" is below lower-secondary education (9/12, or 7/10 in the old system) under ${p.citation}.`,
  },
  ADMISSION_INTRODUCERS: {
    vi: (p) =>
      `Trường «${p.label}»: cần ${p.needed} đảng viên chính thức giới thiệu, mới có ${p.given} (${p.citation}).`,
    en: (p) =>
      `Field "${p.label}": ${p.needed} official members must introduce, only ${p.given} given (${p.citation}).`,
  },
  ADMISSION_INTRODUCER_NOT_OFFICIAL: {
    vi: (p) => `Trường «${p.label}»: ${p.name} chưa là đảng viên chính thức tại ngày ${p.date}.`,
    en: (p) => `Field "${p.label}": ${p.name} is not an official member on ${p.date}.`,
  },
  ADMISSION_INTRODUCER_KNOWN: {
    vi: (p) =>
      `Trường «${p.label}»: ${p.name} mới công tác cùng người được giới thiệu ${p.months} tháng tính đến ngày ${p.date}; cần ít nhất ${p.needed} tháng.`,
    en: (p) =>
      `Field "${p.label}": ${p.name} has worked with the applicant for ${p.months} months up to ${p.date}; at least ${p.needed} are needed.`,
  },
  ADMISSION_INTRODUCER_DUPLICATE: {
    vi: (p) =>
      `Trường «${p.label}»: người giới thiệu phải là hai người khác nhau và khác người được giới thiệu.`,
    en: (p) => `Field "${p.label}": the introducers must be two different people, other than the applicant.`,
  },
  ADMISSION_VOTES: {
    vi: (p) =>
      `Trường «${p.label}»: số tán thành không được lớn hơn tổng số đảng viên chính thức (${p.total}).`,
    en: (p) => `Field "${p.label}": the votes in favour must not exceed the official members (${p.total}).`,
  },
  ADMISSION_PROBATION_NOT_OVER: {
    vi: (p) =>
      `Trường «${p.label}»: thời gian dự bị đến ngày ${p.date} mới hết; chi bộ xét công nhận chính thức từ ngày đó.`,
    en: (p) =>
      `Field "${p.label}": probation ends on ${p.date}; the cell considers official membership from then on.`,
  },
  ADMISSION_NOT_CANDIDATE: {
    vi: () => 'Người này không có trạng thái «Quần chúng ưu tú» trong danh sách đảng viên.',
    en: () => 'This person is not listed with the status "Candidate".',
  },
  ADMISSION_CASE_OPEN: {
    vi: () => 'Người này đã có một hồ sơ phát triển đảng viên đang theo dõi.',
    en: () => 'This person already has an open admission case.',
  },
  ADMISSION_NOT_A_CELL: {
    vi: () => 'Chỉ tiêu kết nạp được đặt cho từng chi bộ.',
    en: () => 'Admission targets are set per cell.',
  },
  CALENDAR_DAY_OFF_WEEKEND: {
    vi: (p) =>
      `Ngày ${p.date} là thứ Bảy hoặc Chủ nhật, vốn đã là ngày nghỉ: ngày nghỉ thêm phải là ngày thường.`,
    en: (p) => `${p.date} is a Saturday or Sunday, already a day off: an extra day off must be a weekday.`,
  },
  CALENDAR_WORKED_WEEKDAY: {
    vi: (p) =>
      `Ngày ${p.date} là ngày thường, vốn đã là ngày làm việc: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.`,
    en: (p) => `${p.date} is a weekday, already worked: a worked day in lieu must be a Saturday or Sunday.`,
  },
  // lifecycle module: decisions, party-age gaps, badges
  LIFECYCLE_STATUS: {
    vi: (p) =>
      `Quyết định này không áp dụng cho đảng viên đang ở trạng thái «${statusVi[String(p.status)] ?? p.status}».`,
    en: (p) =>
      `This decision does not apply to a member whose status is "${statusEn[String(p.status)] ?? p.status}".`,
  },
  LIFECYCLE_REQUIRED: {
    vi: (p) => `Trường «${p.label}»: bắt buộc đối với quyết định này.`,
    en: (p) => `Field "${p.label}": required for this decision.`,
  },
  LIFECYCLE_REASON: {
    vi: (p) => `Trường «${p.label}»: lý do này không dùng cho loại quyết định đã chọn.`,
    en: (p) => `Field "${p.label}": this reason does not fit the chosen kind of decision.`,
  },
  LIFECYCLE_DECISION_NUMBER: {
    vi: (p) => `Trường «${p.label}»: phải có số, ví dụ 12-QĐ/ĐU.`,
    en: (p) => `Field "${p.label}": must contain a number, e.g. 12-QĐ/ĐU.`,
  },
  LIFECYCLE_BEFORE_ADMISSION: {
    vi: (p) => `Trường «${p.label}»: không được trước ngày vào Đảng (${p.date}).`,
    en: (p) => `Field "${p.label}": must not be before the admission date (${p.date}).`,
  },
  LIFECYCLE_BEFORE_STATUS: {
    vi: (p) => `Trường «${p.label}»: không được trước ngày của trạng thái hiện nay (${p.date}).`,
    en: (p) => `Field "${p.label}": must not be before the date of the current status (${p.date}).`,
  },
  LIFECYCLE_NOTICE_BEFORE_DEATH: {
    vi: (p) => `Trường «${p.label}»: không được trước ngày từ trần.`,
    en: (p) => `Field "${p.label}": must not be before the date of death.`,
  },
  LIFECYCLE_NOT_ADMITTED: {
    vi: () => 'Người này chưa có ngày vào Đảng nên chưa có tuổi đảng.',
    en: () => 'This person has no admission date, so no party age.',
  },
  LIFECYCLE_GAP_OVERLAP: {
    vi: (p) => `Thời gian này trùng với thời gian gián đoạn đã ghi (${p.from} – ${p.to}).`,
    en: (p) => `This period overlaps a recorded gap (${p.from} – ${p.to}).`,
  },
  LIFECYCLE_BADGE_HELD: {
    vi: (p) => `Đồng chí ${p.name} đã được ghi nhận Huy hiệu ${p.years} năm tuổi đảng.`,
    en: (p) => `${p.name} already has the ${p.years}-year badge on record.`,
  },
  LIFECYCLE_BADGE_NOT_DUE: {
    vi: (p) => `Đồng chí ${p.name} chưa đủ ${p.years} năm tuổi đảng vào ngày ${p.date} (kể cả xét tặng sớm).`,
    en: (p) => `${p.name} does not have ${p.years} years of party age on ${p.date} (early awards included).`,
  },
  LIFECYCLE_AWARD_DATE: {
    vi: (p) => `Trường «${p.label}»: hãy chọn một trong các đợt trao tặng sắp tới: ${p.dates}.`,
    en: (p) => `Field "${p.label}": choose one of the coming award dates: ${p.dates}.`,
  },
  TRANSFER_PERIOD: {
    vi: (p) =>
      p.rule === 'required'
        ? `Trường «${p.label}»: chuyển sinh hoạt tạm thời cần ghi rõ thời gian.`
        : p.rule === 'study_range'
          ? `Trường «${p.label}»: đi học thì sinh hoạt tạm thời từ ${p.min} tháng đến ${p.max} tháng (${p.citation}).`
          : `Trường «${p.label}»: sinh hoạt tạm thời từ ${p.min} tháng đến dưới ${p.max} tháng; từ 1 năm trở lên phải chuyển chính thức (${p.citation}).`,
    en: (p) =>
      p.rule === 'required'
        ? `Field "${p.label}": a temporary transfer needs its period.`
        : p.rule === 'study_range'
          ? `Field "${p.label}": a temporary transfer for study lasts ${p.min} to ${p.max} months (${p.citation}).`
          : `Field "${p.label}": a temporary transfer lasts ${p.min} months to under ${p.max} months; a year or more needs an official transfer (${p.citation}).`,
  },
  TRANSFER_PERIOD_ORDER: {
    vi: (p) => `Trường «${p.label}»: phải sau ngày bắt đầu (${p.from}).`,
    en: (p) => `Field "${p.label}": must be after the start date (${p.from}).`,
  },
  TRANSFER_DATE_IN_FUTURE: {
    vi: (p) => `Trường «${p.label}»: không được sau ngày hôm nay (${p.today}).`,
    en: (p) => `Field "${p.label}": must not be after today (${p.today}).`,
  },
  TRANSFER_DESTINATION: {
    vi: () =>
      'Hãy chọn một tổ chức đảng nơi đến trong hệ thống, hoặc ghi tên tổ chức nơi đến ngoài hệ thống (chỉ một trong hai).',
    en: () =>
      'Choose a receiving unit of the tree, or name a receiving organisation outside it (one of the two).',
  },
  TRANSFER_SAME_UNIT: {
    vi: () => 'Đảng viên đang sinh hoạt tại tổ chức này; hãy chọn tổ chức nơi đến khác.',
    en: () => 'The member already belongs to this unit; choose another receiving unit.',
  },
  TRANSFER_UNIT_INACTIVE: {
    vi: (p) => `«${p.unit}» đã giải thể (hoặc sáp nhập) từ ngày ${p.date}; không thể chuyển đến.`,
    en: (p) => `"${p.unit}" was dissolved (or merged) on ${p.date}; no transfer can go to it.`,
  },
  TRANSFER_MEMBER_STATUS: {
    vi: (p) =>
      `Đồng chí ${p.name} không còn sinh hoạt đảng (đã chuyển đi, xóa tên, khai trừ hoặc từ trần) nên không thể chuyển sinh hoạt.`,
    en: (p) => `${p.name} is no longer an active member, so no transfer can be started.`,
  },
  TRANSFER_OPEN: {
    vi: (p) =>
      `Đồng chí ${p.name} đang có một việc chuyển sinh hoạt cùng loại chưa xong; hãy hoàn tất hoặc hủy việc đó trước.`,
    en: (p) => `${p.name} already has an unfinished transfer of this kind; complete or cancel it first.`,
  },
  TRANSFER_STATUS: {
    vi: () =>
      'Việc chuyển sinh hoạt này không còn ở bước cho phép thao tác đó (có thể đã được người khác xử lý). Hãy tải lại trang.',
    en: () =>
      'This transfer is no longer at a step that allows this (someone may have handled it). Reload the page.',
  },
  TRANSFER_MEMBER_ELSEWHERE: {
    vi: () =>
      'Đảng viên không còn sinh hoạt tại tổ chức nơi đi (đã được chuyển theo cách khác). Hãy hủy việc chuyển này.',
    en: () =>
      'The member no longer belongs to the sending unit (moved some other way). Cancel this transfer.',
  },
  TRANSFER_LATE_ISSUE: {
    vi: (p) =>
      `Trường «${p.label}»: đã quá hạn cấp giấy giới thiệu (${p.days} ngày làm việc kể từ ngày chuyển, hạn ${p.dueOn}); hãy ghi lý do chậm.`,
    en: (p) =>
      `Field "${p.label}": the letter is past its deadline (${p.days} working days from the move, due ${p.dueOn}); give the reason.`,
  },
  TRANSFER_LATE_RECEIPT: {
    vi: (p) =>
      `Trường «${p.label}»: giấy giới thiệu được xuất trình quá hạn ${p.days} ngày làm việc (hạn ${p.dueOn}); hãy ghi lý do.`,
    en: (p) =>
      `Field "${p.label}": the letter was presented after ${p.days} working days (due ${p.dueOn}); give the reason.`,
  },
  TRANSFER_RECEIVED_BEFORE_LETTER: {
    vi: (p) => `Trường «${p.label}»: không được trước ngày ký giấy giới thiệu (${p.date}).`,
    en: (p) => `Field "${p.label}": must not be before the letter's date (${p.date}).`,
  },
  TRANSFER_LETTER_TAKEN: {
    vi: (p) => `Trường «${p.label}»: số ${p.number} năm ${p.year} đã được dùng cho giấy giới thiệu khác.`,
    en: (p) => `Field "${p.label}": number ${p.number} of ${p.year} is already used by another letter.`,
  },
  // exchange module: Excel import and export of the member register
  EXCHANGE_FILE_EMPTY: {
    vi: () => 'Tệp trống: không có trang tính nào có dữ liệu.',
    en: () => 'The file is empty: no worksheet holds any data.',
  },
  EXCHANGE_FILE_TOO_LARGE: {
    vi: (p) => `Tệp quá lớn (tối đa ${p.max}). Hãy chia danh sách thành nhiều tệp nhỏ hơn.`,
    en: (p) => `The file is too large (at most ${p.max}). Split the list into smaller files.`,
  },
  EXCHANGE_UPLOAD_TYPE: {
    vi: () => 'Hãy gửi tệp Excel (.xlsx) làm nội dung yêu cầu.',
    en: () => 'Send the Excel file (.xlsx) as the request body.',
  },
  EXCHANGE_FILE_ENCRYPTED: {
    vi: () =>
      'Tệp Excel đang được đặt mật khẩu nên không đọc được. Hãy mở tệp trong Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi tải lên lại.',
    en: () =>
      'The Excel file is password-protected and cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook) and upload it again.',
  },
  EXCHANGE_FILE_XLS: {
    vi: () =>
      'Đây là tệp Excel định dạng cũ (.xls). Hãy mở tệp trong Excel và lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)» rồi tải lên lại.',
    en: () =>
      'This is an old-format Excel file (.xls). Open it in Excel, save it as "Excel Workbook (.xlsx)" and upload it again.',
  },
  EXCHANGE_FILE_NOT_EXCEL: {
    vi: () => 'Tệp này không phải tệp Excel (.xlsx). Hãy chọn tệp danh sách đảng viên xuất từ Excel.',
    en: () => 'This is not an Excel file (.xlsx). Choose a member list saved from Excel.',
  },
  EXCHANGE_FILE_MALFORMED: {
    vi: () => 'Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx nên không đọc được.',
    en: () => 'The Excel file is damaged or not a valid .xlsx and cannot be read.',
  },
  EXCHANGE_MERGED_HEADER: {
    vi: (p) =>
      `Dòng tiêu đề (dòng ${p.row}) có ô gộp (${p.cells}). Hãy bỏ gộp ô để mỗi cột có một tiêu đề riêng rồi tải lên lại.`,
    en: (p) =>
      `The header row (row ${p.row}) has merged cells (${p.cells}). Unmerge them so each column has its own header.`,
  },
  EXCHANGE_FORMULA_HEADER: {
    vi: (p) => `Dòng tiêu đề (dòng ${p.row}) chứa công thức; hãy nhập tiêu đề là chữ.`,
    en: (p) => `The header row (row ${p.row}) contains formulas; type the headers as text.`,
  },
  EXCHANGE_TOO_MANY_ROWS: {
    vi: (p) =>
      `Tệp có hơn ${p.max} dòng dữ liệu. Mỗi lần chỉ nhập được tối đa ${p.max} dòng; hãy chia thành nhiều tệp.`,
    en: (p) =>
      `The file has more than ${p.max} data rows. At most ${p.max} rows can be imported at once; split the file.`,
  },
  EXCHANGE_NO_ROWS: {
    vi: () => 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.',
    en: () => 'The file has no data rows below its header.',
  },
  EXCHANGE_IMPORT_NOT_READY: {
    vi: (p) =>
      ({
        validating: 'Tệp đang được kiểm tra; hãy chờ kiểm tra xong.',
        needs_mapping: 'Hãy ghép các cột của tệp với các cột của danh sách trước.',
        applied: 'Lần nhập này đã được ghi vào hồ sơ.',
        cancelled: 'Lần nhập này đã bị hủy.',
        failed: 'Lần nhập này bị lỗi; hãy tải tệp lên lại.',
      })[String(p.status)] ?? 'Lần nhập này chưa sẵn sàng.',
    en: (p) =>
      ({
        validating: 'The file is still being checked; wait until it is done.',
        needs_mapping: 'Map the columns of the file first.',
        applied: 'This import has already been written to the register.',
        cancelled: 'This import was cancelled.',
        failed: 'This import failed; upload the file again.',
      })[String(p.status)] ?? 'This import is not ready.',
  },
  EXCHANGE_IMPORT_STALE: {
    vi: () =>
      'Một số hồ sơ trong tệp đã được thay đổi sau khi xem trước; chưa có gì được ghi. Hãy tải tệp lên lại để xem trước với dữ liệu mới nhất.',
    en: () =>
      'Some records in the file changed after the preview; nothing was written. Upload the file again to preview it against the latest data.',
  },
  EXCHANGE_MAPPING_INVALID: {
    vi: (p) =>
      ({
        length: `Cần ghép đúng ${p.count} cột của tệp.`,
        required: `Phải ghép cột «${p.column}».`,
        duplicate: `Cột «${p.column}» được ghép hai lần.`,
      })[String(p.rule)] ?? 'Cách ghép cột không hợp lệ.',
    en: (p) =>
      ({
        length: `Map exactly the ${p.count} columns of the file.`,
        required: `The column "${p.column}" must be mapped.`,
        duplicate: `The column "${p.column}" is mapped twice.`,
      })[String(p.rule)] ?? 'The column mapping is not valid.',
  },
  EXCHANGE_CELL_FORMULA: {
    vi: () => 'ô chứa công thức; hãy dán giá trị (Dán đặc biệt › Giá trị) thay cho công thức',
    en: () => 'the cell holds a formula; paste its value instead (Paste Special › Values)',
  },
  EXCHANGE_REQUIRED: {
    vi: () => 'bắt buộc phải có',
    en: () => 'is required',
  },
  EXCHANGE_CITIZEN_ID_REQUIRED: {
    vi: () => 'bắt buộc phải có (số CCCD dùng để đối chiếu hồ sơ khi nhập lại)',
    en: () => 'is required (the citizen ID matches the record on re-import)',
  },
  EXCHANGE_DUPLICATE_IN_FILE: {
    vi: (p) => `trùng với dòng ${p.rows} trong cùng tệp`,
    en: (p) => `same as row ${p.rows} of this file`,
  },
  EXCHANGE_UNIT_NOT_FOUND: {
    vi: (p) => `không có chi bộ «${p.name}» đang hoạt động trong «${p.unit}»`,
    en: (p) => `there is no active unit "${p.name}" within "${p.unit}"`,
  },
  EXCHANGE_UNIT_AMBIGUOUS: {
    vi: (p) => `có nhiều tổ chức tên «${p.name}» trong «${p.unit}»; hãy nhập vào từng chi bộ`,
    en: (p) => `several units are named "${p.name}" within "${p.unit}"; import into each cell instead`,
  },
  EXCHANGE_MEMBER_OTHER_UNIT: {
    vi: (p) =>
      `đảng viên có số CCCD này đang sinh hoạt tại «${p.unit}»; nhập từ Excel không chuyển sinh hoạt đảng — hãy làm thủ tục chuyển sinh hoạt`,
    en: (p) =>
      `the member with this citizen ID belongs to "${p.unit}"; an import does not transfer members — record a transfer instead`,
  },
  EXCHANGE_OUTSIDE_SCOPE: {
    vi: () =>
      'Số CCCD này đã có trong hồ sơ của một đảng viên ngoài phạm vi bạn quản lý; không thể nhập dòng này.',
    en: () => 'This citizen ID is on the record of a member outside your scope; this row cannot be imported.',
  },
  CANNOT_CHANGE_OWN_ADMIN: {
    vi: () => 'Không thể tự gỡ quyền quản trị hoặc tự vô hiệu hóa tài khoản của mình.',
    en: () => 'You cannot remove your own admin role or disable your own account.',
  },
  MEETING_UNIT_DISSOLVED: {
    vi: () => 'Tổ chức đảng này đã giải thể; không lên lịch sinh hoạt được.',
    en: () => 'This party unit has been dissolved; no meeting can be scheduled for it.',
  },
  MEETING_BODY_NOT_OF_UNIT: {
    vi: () => 'Cơ quan (ban chấp hành, ban thường vụ) đã chọn không thuộc tổ chức đảng này.',
    en: () => 'The chosen body (executive or standing committee) does not belong to this unit.',
  },
  MEETING_UNIT_KIND: {
    vi: () =>
      'Chỉ chi bộ (hoặc chi bộ cơ sở) sinh hoạt chi bộ; với đảng ủy, hãy chọn ban chấp hành hoặc ban thường vụ.',
    en: () =>
      'Only a cell (or a grassroots cell) holds cell meetings; for a committee, choose its executive or standing committee.',
  },
  MEETING_ENDS_BEFORE_START: {
    vi: () => 'Giờ kết thúc phải sau giờ bắt đầu.',
    en: () => 'The end time must be after the start time.',
  },
  MEETING_TOO_LONG: {
    vi: (p) => `Một buổi sinh hoạt không kéo dài quá ${p.hours} giờ; hãy kiểm tra lại giờ kết thúc.`,
    en: (p) => `A meeting lasts at most ${p.hours} hours; check the end time.`,
  },
  MEETING_TOPIC_REQUIRED: {
    vi: () => 'Sinh hoạt chuyên đề cần ghi tên chuyên đề.',
    en: () => 'A thematic meeting needs its topic.',
  },
  MEETING_OVERLAP: {
    vi: (p) => `Chi bộ đã có buổi sinh hoạt trùng thời gian (lúc ${p.when}).`,
    en: (p) => `The cell already has a meeting at an overlapping time (${p.when}).`,
  },
  MEETING_NOT_ON_ROSTER: {
    vi: () => 'Đồng chí này không có trong danh sách đảng viên được triệu tập dự buổi sinh hoạt.',
    en: () => 'This member is not on the roster of the meeting.',
  },
  MEETING_CLOSED: {
    vi: () => 'Buổi sinh hoạt đã kết thúc và biên bản đã khóa; không sửa được nội dung này.',
    en: () => 'The meeting is closed and its minutes locked; this can no longer be changed.',
  },
  MEETING_CANCELLED: {
    vi: () => 'Buổi sinh hoạt đã bị hủy.',
    en: () => 'The meeting was cancelled.',
  },
  MEETING_END_IN_FUTURE: {
    vi: () => 'Giờ kết thúc chưa đến; chỉ kết thúc buổi sinh hoạt khi đã họp xong.',
    en: () => 'The end time has not come yet; close the meeting once it is over.',
  },
  ATTENDANCE_REPEATED: {
    vi: () => 'Một đảng viên được điểm danh hai lần trong cùng yêu cầu.',
    en: () => 'A member is marked twice in the same request.',
  },
  ATTENDANCE_REASON_REQUIRED: {
    vi: () => 'Vắng có lý do: hãy ghi lý do vắng.',
    en: () => 'Absent with a reason: give the reason.',
  },
  ATTENDANCE_INCOMPLETE: {
    vi: (p) => `Còn ${p.count} đảng viên chưa được điểm danh.`,
    en: (p) => `${p.count} members are not marked yet.`,
  },
  CHECK_IN_UNKNOWN: {
    vi: () => 'Mã điểm danh không đúng hoặc đã được thay bằng mã mới.',
    en: () => 'The check-in code is wrong or has been replaced by a new one.',
  },
  CHECK_IN_OUTSIDE_WINDOW: {
    vi: (p) => `Chỉ tự điểm danh được trong giờ sinh hoạt (từ ${p.from} đến ${p.to}).`,
    en: (p) => `Self check-in works only during the meeting (from ${p.from} to ${p.to}).`,
  },
  CHECK_IN_NOT_CALLED: {
    vi: () => 'Tài khoản của đồng chí không có trong danh sách dự buổi sinh hoạt này.',
    en: () => 'Your account is not on the roster of this meeting.',
  },
  CHECK_IN_TWICE: {
    vi: (p) => `Đồng chí đã điểm danh lúc ${p.when}.`,
    en: (p) => `You already checked in at ${p.when}.`,
  },
  DOCUMENT_TOO_LARGE: {
    vi: (p) => `Tệp quá lớn (tối đa ${p.max}).`,
    en: (p) => `The file is too large (at most ${p.max}).`,
  },
  DOCUMENT_UPLOAD_TYPE: {
    vi: () => 'Hãy gửi chính tệp tài liệu làm nội dung yêu cầu.',
    en: () => 'Send the file itself as the request body.',
  },
  DOCUMENT_EMPTY: {
    vi: () => 'Tệp tài liệu rỗng.',
    en: () => 'The file is empty.',
  },
  MINUTES_REASON_REQUIRED: {
    vi: () => 'Biên bản đã khóa: mỗi lần sửa là một phiên bản mới, hãy ghi lý do sửa.',
    en: () => 'The minutes are locked: each change is a new version; give the reason.',
  },
  MINUTES_EMPTY: {
    vi: () => 'Biên bản chưa có nội dung.',
    en: () => 'The minutes are empty.',
  },
  CONCLUSION_UNKNOWN: {
    vi: () => 'Kết luận này không thuộc buổi sinh hoạt.',
    en: () => 'This conclusion does not belong to the meeting.',
  },
  CONCLUSION_TASK_INCOMPLETE: {
    vi: () => 'Muốn giao thành nhiệm vụ, hãy ghi cả người phụ trách và thời hạn.',
    en: () => 'To make it a task, give both the owner and the deadline.',
  },
  RATING_UNKNOWN: {
    vi: (p) => `Mức xếp loại không có trong thang đang áp dụng (${p.levels}).`,
    en: (p) => `The rating is not on the scale in force (${p.levels}).`,
  },
  RATING_KEY_REPEATED: {
    vi: () => 'Mã mức xếp loại bị lặp.',
    en: () => 'A rating level key is repeated.',
  },
  RATING_SCALE_EXISTS: {
    vi: () => 'Đã có thang xếp loại áp dụng từ ngày này.',
    en: () => 'A rating scale already starts on this date.',
  },
  FILE_TYPE_NOT_ACCEPTED: {
    vi: (p) => `Không nhận tệp đuôi «${p.extension}». Các loại được nhận: ${p.accepted}.`,
    en: (p) => `Files ending in "${p.extension}" are not accepted. Accepted: ${p.accepted}.`,
  },
  FILE_CONTENT_MISMATCH: {
    vi: (p) => `Nội dung tệp không phải là tệp «${p.extension}» như tên tệp ghi.`,
    en: (p) => `The file's content is not a "${p.extension}" file as its name says.`,
  },
  DOCUMENT_ISSUER_REQUIRED: {
    vi: () => 'Hãy chọn cơ quan ban hành.',
    en: () => 'Choose the issuing body.',
  },
  DOCUMENT_ISSUER_UNKNOWN: {
    vi: (p) => `Không có cơ quan ban hành ký hiệu «${p.code}» trong danh mục; hãy thêm vào danh mục trước.`,
    en: (p) => `No issuing body with code "${p.code}" is listed; add it to the list first.`,
  },
  DOCUMENT_ISSUER_AMBIGUOUS: {
    vi: (p) => `Có nhiều cơ quan ban hành ký hiệu «${p.code}» (${p.names}); hãy chọn một.`,
    en: (p) => `Several issuing bodies have code "${p.code}" (${p.names}); choose one.`,
  },
  DOCUMENT_ISSUER_NOT_OF_UNIT: {
    vi: (p) => `Văn bản đi phải do ${p.unit} hoặc cơ quan của tổ chức này ban hành.`,
    en: (p) => `An outgoing document must be issued by ${p.unit} or one of its bodies.`,
  },
  ISSUER_EXISTS: {
    vi: () => 'Đã có cơ quan ban hành này (cùng ký hiệu và tên).',
    en: () => 'This issuing body (same code and name) is already listed.',
  },
  DOCUMENT_NUMBER_REQUIRED: {
    vi: () => 'Văn bản đến phải có số văn bản như in trên văn bản.',
    en: () => 'An incoming document needs its number as printed.',
  },
  DOCUMENT_DATE_REQUIRED: {
    vi: () => 'Hãy ghi ngày ban hành.',
    en: () => 'Give the date of issue.',
  },
  DOCUMENT_RECEIVED_BEFORE_ISSUED: {
    vi: () => 'Ngày đến không thể trước ngày ban hành.',
    en: () => 'The date received cannot be before the date of issue.',
  },
  DOCUMENT_NUMBER_USED: {
    vi: (p) => `Số ${p.number} đã được dùng trong nhiệm kỳ ${p.term}.`,
    en: (p) => `Number ${p.number} is already used in the term ${p.term}.`,
  },
  DOCUMENT_ALREADY_REGISTERED: {
    vi: () => 'Văn bản này (cùng cơ quan ban hành, số và ngày) đã có trong sổ.',
    en: () => 'This document (same issuer, number and date) is already registered.',
  },
  DOCUMENT_DATE_OUTSIDE_TERM: {
    vi: (p) => `Ngày ${p.date} không thuộc nhiệm kỳ nào của ${p.unit}; hãy khai báo nhiệm kỳ trước.`,
    en: (p) => `${p.date} falls in no term of ${p.unit}; record the term first.`,
  },
  DOCUMENT_NOT_IN_TREE: {
    vi: () => 'Cơ quan ban hành này không thuộc tổ chức trong hệ thống nên không cấp số được.',
    en: () => 'This issuing body is outside the organisation tree, so no number can be given.',
  },
  DOCUMENT_STATUS: {
    vi: (p) => `Không thực hiện được khi văn bản đang ở trạng thái «${p.status}».`,
    en: (p) => `Not possible while the document is "${p.status}".`,
  },
  DOCUMENT_INCOMING_ONLY_REGISTERED: {
    vi: () => 'Văn bản đến chỉ được vào sổ, không duyệt hay ban hành ở đây.',
    en: () => 'An incoming document is only registered here, not approved or issued.',
  },
  DOCUMENT_LINK_SELF: {
    vi: () => 'Văn bản không thể liên kết với chính nó.',
    en: () => 'A document cannot link to itself.',
  },
  DOCUMENT_LINK_EXISTS: {
    vi: () => 'Liên kết này đã có.',
    en: () => 'This link already exists.',
  },
  // -- study of documents (học tập, quán triệt) --
  STUDY_DOCUMENT_CLASSIFIED: {
    vi: () => 'Văn bản mật không giao học tập qua hệ thống; hãy tổ chức quán triệt theo quy định bảo mật.',
    en: () => 'Classified documents are not assigned for study here; organise it under the secrecy rules.',
  },
  STUDY_DOCUMENT_NOT_ISSUED: {
    vi: () => 'Chỉ giao học tập, quán triệt văn bản đã ban hành (còn hiệu lực).',
    en: () => 'Only issued documents (still in force) can be assigned for study.',
  },
  STUDY_DUE_PAST: {
    vi: (p) => `Thời hạn học tập không được trước ngày hôm nay (${p.today}).`,
    en: (p) => `The study deadline cannot be before today (${p.today}).`,
  },
  STUDY_CELL_NOT_UNDER: {
    vi: (p) =>
      `Chỉ giao cho chi bộ (hoặc đảng bộ cơ sở không có chi bộ) đang hoạt động trực thuộc ${p.unit}.`,
    en: (p) => `Assign only to active cells (or grassroots units without cells) under ${p.unit}.`,
  },
  STUDY_NO_CELLS: {
    vi: (p) => `${p.unit} không có chi bộ nào đang hoạt động để giao học tập.`,
    en: (p) => `${p.unit} has no active cell to assign the study to.`,
  },
  STUDY_DATE_IN_FUTURE: {
    vi: (p) => `Ngày học tập không được sau ngày hôm nay (${p.today}); hãy ghi nhận sau buổi học tập.`,
    en: (p) => `The study date cannot be after today (${p.today}); record it after the session.`,
  },
  STUDY_BEFORE_ASSIGNED: {
    vi: (p) => `Ngày học tập không được trước ngày giao học tập (${p.date}).`,
    en: (p) => `The study date cannot be before the day it was assigned (${p.date}).`,
  },
  STUDY_MEETING_NOT_OF_CELL: {
    vi: (p) => `Buổi sinh hoạt này không phải của ${p.unit}.`,
    en: (p) => `This meeting is not one of ${p.unit}.`,
  },
  STUDY_MEETING_CANCELLED: {
    vi: () => 'Buổi sinh hoạt này đã bị hủy.',
    en: () => 'This meeting was cancelled.',
  },
  STUDY_MEETING_DATE: {
    vi: (p) => `Ngày học tập phải là ngày của buổi sinh hoạt (${p.date}).`,
    en: (p) => `The study date must be the day of the meeting (${p.date}).`,
  },
  STUDY_NOT_CELL_MEMBER: {
    vi: (p) => `Có người trong danh sách dự không phải đảng viên của ${p.unit}.`,
    en: (p) => `Someone on the attendance list is not a member of ${p.unit}.`,
  },
  STUDY_NO_PLAN: {
    vi: () => 'Chi bộ chưa gửi kế hoạch thực hiện.',
    en: () => 'The cell has not sent its implementation plan yet.',
  },
  STUDY_NOT_A_MEMBER: {
    vi: () => 'Chỉ đảng viên có hồ sơ trong hệ thống mới xác nhận đã đọc văn bản.',
    en: () => 'Only a member with a record in the system can confirm reading.',
  },
  // -- work programs (chương trình làm việc) --
  PROGRAM_EXISTS: {
    vi: (p) => `Đã có chương trình làm việc năm ${p.year} của ${p.holder}; mỗi năm chỉ có một chương trình.`,
    en: (p) => `${p.holder} already has a work program for ${p.year}; there is one program a year.`,
  },
  PROGRAM_BODY_NOT_OF_UNIT: {
    vi: () =>
      'Cơ quan đã chọn không phải ban chấp hành, ban thường vụ, ủy ban kiểm tra hay chi ủy của tổ chức đảng này.',
    en: () =>
      'The chosen body is not an executive or standing committee, inspection commission or cell committee of this unit.',
  },
  PROGRAM_UNIT_DISSOLVED: {
    vi: () => 'Tổ chức đảng này đã giải thể, không lập chương trình làm việc mới.',
    en: () => 'This unit is dissolved; no new work program can be made for it.',
  },
  PROGRAM_NO_PREVIOUS: {
    vi: (p) => `Chưa có chương trình làm việc năm trước (trước năm ${p.year}) để sao chép.`,
    en: (p) => `There is no earlier program (before ${p.year}) to copy.`,
  },
  PROGRAM_HAS_DONE_ITEMS: {
    vi: () => 'Chương trình đã có nội dung hoàn thành, không xóa được; hãy hủy từng nội dung nếu cần.',
    en: () => 'The program has items already done and cannot be deleted; cancel single items instead.',
  },
  PROGRAM_PERIOD_REQUIRED: {
    vi: () => 'Chọn đúng một thời hạn: tháng hoặc quý.',
    en: () => 'Choose exactly one period: a month or a quarter.',
  },
  PROGRAM_DOCUMENT_TYPE_REQUIRED: {
    vi: () => 'Nội dung là văn bản dự kiến ban hành cần có loại văn bản.',
    en: () => 'A planned document needs its document type.',
  },
  PROGRAM_RESPONSIBLE_BODY: {
    vi: () => 'Cơ quan chủ trì phải là một cơ quan của tổ chức đảng có chương trình.',
    en: () => "The responsible body must be a body of the program's unit.",
  },
  PROGRAM_RESPONSIBLE_MEMBER: {
    vi: () => 'Người chủ trì phải là đảng viên của tổ chức đảng có chương trình (hoặc cấp dưới).',
    en: () => "The responsible person must be a member of the program's unit or a unit below it.",
  },
  PROGRAM_ITEM_DONE_BY_DOCUMENT: {
    vi: () =>
      'Văn bản dự kiến ban hành được đánh dấu hoàn thành khi văn bản được ban hành; hãy gắn văn bản vào nội dung này.',
    en: () => 'A planned document is done when its document is issued; link the document to this item.',
  },
  PROGRAM_ITEM_HAS_DOCUMENT: {
    vi: () => 'Nội dung đã gắn văn bản; hãy gỡ văn bản trước khi đổi trạng thái hoặc loại văn bản.',
    en: () => 'The item has a linked document; unlink it before changing its status or document type.',
  },
  PROGRAM_DONE_IN_FUTURE: {
    vi: () => 'Ngày hoàn thành không được sau hôm nay.',
    en: () => 'The day it was done cannot be after today.',
  },
  PROGRAM_DONE_BEFORE_YEAR: {
    vi: (p) => `Ngày hoàn thành không được trước năm của chương trình (01/01/${p.year}).`,
    en: (p) => `The day it was done cannot be before the program's year (01/01/${p.year}).`,
  },
  PROGRAM_CANCEL_REASON: {
    vi: () => 'Cần ghi lý do khi hủy nội dung của chương trình.',
    en: () => 'Give a reason when cancelling an item.',
  },
  PROGRAM_ITEM_STATUS: {
    vi: (p) => `Không thực hiện được khi nội dung đang ở trạng thái «${p.status}».`,
    en: (p) => `Not possible while the item is "${p.status}".`,
  },
  PROGRAM_ITEM_DONE_UNDELETABLE: {
    vi: () => 'Nội dung đã hoàn thành, không xóa được.',
    en: () => 'An item already done cannot be deleted.',
  },
  PROGRAM_ITEM_NOT_DOCUMENT: {
    vi: () => 'Chỉ gắn văn bản vào nội dung là văn bản dự kiến ban hành.',
    en: () => 'Only planned-document items take a document.',
  },
  PROGRAM_DOCUMENT_MISMATCH: {
    vi: () =>
      'Văn bản phải là văn bản đi trong sổ văn bản của tổ chức đảng có chương trình và đúng loại văn bản dự kiến.',
    en: () =>
      "The document must be an outgoing document in the registry of the program's unit, of the planned type.",
  },
  PROGRAM_DOCUMENT_WITHDRAWN: {
    vi: () => 'Văn bản đã bị thu hồi, không gắn vào chương trình được.',
    en: () => 'The document was withdrawn and cannot be linked.',
  },
  PROGRAM_ITEM_FOR_DRAFT: {
    vi: () =>
      'Nội dung chương trình đã chọn không phải văn bản dự kiến ban hành của tổ chức đảng này, cùng loại văn bản, chưa hoàn thành.',
    en: () =>
      'The chosen program item is not an open planned document of this unit of the same document type.',
  },
  // -- end of work programs --
  // -- tasks (nhiệm vụ) --
  TASK_UNIT_UNKNOWN: {
    vi: () => 'Không tìm thấy tổ chức đảng này.',
    en: () => 'This party unit was not found.',
  },
  TASK_UNIT_DISSOLVED: {
    vi: (p) => `${p.name} đã giải thể hoặc hợp nhất; không giao nhiệm vụ cho tổ chức này được.`,
    en: (p) => `${p.name} has been dissolved or merged; no task can be given to it.`,
  },
  TASK_ASSIGNEE_OUTSIDE: {
    vi: () => 'Chỉ giao nhiệm vụ cho tổ chức đảng trực thuộc đơn vị giao (hoặc chính đơn vị đó).',
    en: () => 'A task can only be given to the assigning unit or a unit under it.',
  },
  TASK_MEMBER_OUTSIDE: {
    vi: () => 'Đảng viên được giao phải sinh hoạt tại đơn vị nhận nhiệm vụ.',
    en: () => 'The member given the task must belong to the unit that carries it.',
  },
  TASK_SOURCE_IN_FUTURE: {
    vi: () => 'Ngày của kết luận (nguồn nhiệm vụ) không được sau hôm nay.',
    en: () => 'The date of the conclusion (the task source) cannot be after today.',
  },
  TASK_DUE_BEFORE_SOURCE: {
    vi: () => 'Thời hạn không được trước ngày của kết luận giao nhiệm vụ.',
    en: () => 'The deadline cannot be before the date of the conclusion that gave the task.',
  },
  TASK_PARENT_UNKNOWN: {
    vi: () => 'Không tìm thấy nhiệm vụ cha.',
    en: () => 'The parent task was not found.',
  },
  TASK_PARENT_OUTSIDE: {
    vi: () => 'Nhiệm vụ cha phải do chính đơn vị này hoặc đơn vị cấp trên của nó giao.',
    en: () => 'The parent task must be given by this unit or a unit above it.',
  },
  TASK_PARENT_CLOSED: {
    vi: () => 'Nhiệm vụ cha đã đóng (hoàn thành hoặc hủy).',
    en: () => 'The parent task is closed (done or cancelled).',
  },
  TASK_PARENT_CYCLE: {
    vi: () =>
      'Không chọn được nhiệm vụ này làm nhiệm vụ cha: nó là chính nhiệm vụ hoặc nhiệm vụ con của nhiệm vụ đang sửa.',
    en: () => 'This task cannot be the parent: it is the task itself or one of its sub-tasks.',
  },
  TASK_CLOSED: {
    vi: () => 'Nhiệm vụ đã đóng (hoàn thành hoặc hủy); hãy mở lại trước khi thay đổi.',
    en: () => 'The task is closed (done or cancelled); reopen it before changing it.',
  },
  TASK_ALREADY_OPEN: {
    vi: () => 'Nhiệm vụ đang mở.',
    en: () => 'The task is already open.',
  },
  TASK_PROGRESS_ROLLED_UP: {
    vi: () => 'Tiến độ của nhiệm vụ này được tổng hợp từ các nhiệm vụ con; hãy cập nhật nhiệm vụ con.',
    en: () => 'This task takes its progress from its sub-tasks; update those instead.',
  },
  TASK_CANCEL_REASON: {
    vi: () => 'Hủy nhiệm vụ cần nêu lý do.',
    en: () => 'Cancelling a task needs a reason.',
  },
  TASK_CHILDREN_OPEN: {
    vi: () => 'Nhiệm vụ còn nhiệm vụ con chưa đóng; hãy hoàn thành hoặc hủy các nhiệm vụ con trước.',
    en: () => 'Sub-tasks are still open; close them first.',
  },
  TASK_UPDATE_HAS_FILE: {
    vi: () => 'Báo cáo tiến độ này đã có tệp đính kèm.',
    en: () => 'This progress report already has a file.',
  },
  TASK_HAS_PROGRESS: {
    vi: () => 'Nhiệm vụ đã có báo cáo tiến độ; không xóa được, hãy hủy nhiệm vụ với lý do.',
    en: () => 'The task has progress reports; it cannot be deleted — cancel it with a reason.',
  },
  CONCLUSION_DUE_BEFORE_MEETING: {
    vi: () => 'Thời hạn của kết luận không được trước ngày họp.',
    en: () => 'A conclusion’s deadline cannot be before the meeting date.',
  },
  // -- end of tasks --
  // -- working sessions with the superior committee --
  SESSION_UNIT_DISSOLVED: {
    vi: () => 'Tổ chức đảng này đã giải thể hoặc sáp nhập; không ghi nhận buổi làm việc mới.',
    en: () => 'This party unit was dissolved or merged; no new working session can be recorded.',
  },
  SESSION_DATE_IN_FUTURE: {
    vi: (p) => `Ngày làm việc không được sau ngày hôm nay (${p.today}); hãy ghi nhận sau buổi làm việc.`,
    en: (p) => `The session date cannot be after today (${p.today}); record it after the session.`,
  },
  SESSION_SUPERIOR_NOT_ANCESTOR: {
    vi: () => 'Cơ quan cấp trên được chọn không phải cấp trên của tổ chức đảng này.',
    en: () => 'The superior body chosen is not above this party unit.',
  },
  SESSION_REPORT_NOT_IN_REGISTRY: {
    vi: () => 'Báo cáo phải là một văn bản trong sổ văn bản của chính tổ chức đảng này.',
    en: () => "The report must be a document in this party unit's own registry.",
  },
  SESSION_DATE_FIXED_BY_TASKS: {
    vi: () => 'Đã giao nhiệm vụ từ kết luận của buổi làm việc nên không sửa được ngày làm việc.',
    en: () => 'Tasks were given from the conclusions of this session, so its date can no longer change.',
  },
  // -- end of working sessions --
  // -- petitions (đề xuất, kiến nghị) --
  PETITION_NOT_SUPERIOR: {
    vi: (p) => `Đề xuất, kiến nghị chỉ gửi lên cấp ủy cấp trên của ${p.unit}.`,
    en: (p) => `A petition goes only to a committee above ${p.unit}.`,
  },
  PETITION_NOT_A_MEMBER: {
    vi: () => 'Chỉ đảng viên có hồ sơ trong hệ thống mới gửi đề xuất, kiến nghị với danh nghĩa cá nhân.',
    en: () => 'Only a member with a record in the system can send a petition in their own name.',
  },
  PETITION_NOT_OWN_CELL: {
    vi: () => 'Đảng viên gửi đề xuất, kiến nghị từ chi bộ mình đang sinh hoạt.',
    en: () => 'A member sends a petition from the cell they belong to.',
  },
  PETITION_UNIT_DISSOLVED: {
    vi: () => 'Tổ chức đảng này đã giải thể, không gửi đề xuất, kiến nghị được.',
    en: () => 'This party unit was dissolved; it cannot send petitions.',
  },
  PETITION_ALREADY_CLASSIFIED: {
    vi: () => 'Đề xuất, kiến nghị này đã được phân loại theo thẩm quyền.',
    en: () => 'This petition has already been classified.',
  },
  PETITION_NOT_TO_FORWARD: {
    vi: () =>
      'Chỉ chuyển lên cấp trên đề xuất, kiến nghị đã phân loại là vượt thẩm quyền và chưa được chuyển.',
    en: () => 'Only a petition classified as beyond the authority, not yet forwarded, is forwarded.',
  },
  PETITION_NOT_FORWARDED: {
    vi: () => 'Đề xuất, kiến nghị này chưa được chuyển lên cấp trên nên chưa có ý kiến trả lời của cấp trên.',
    en: () => 'This petition was not forwarded, so there is no answer of the superior to record.',
  },
  PETITION_ANSWER_RECORDED: {
    vi: () => 'Ý kiến trả lời của cấp trên đã được ghi nhận.',
    en: () => "The superior's answer has already been recorded.",
  },
  PETITION_NOT_READY_TO_REPLY: {
    vi: () =>
      'Chưa trả lời được: đề xuất, kiến nghị cần được phân loại thuộc thẩm quyền, hoặc đã có ý kiến trả lời của cấp trên.',
    en: () =>
      "Not ready for a reply: classify the petition within the authority, or record the superior's answer first.",
  },
  PETITION_CLOSED: {
    vi: () => 'Đề xuất, kiến nghị này đã được trả lời và kết thúc; không trả lời lần nữa.',
    en: () => 'This petition has been replied to and closed; it takes no second reply.',
  },
  PETITION_DATE_IN_FUTURE: {
    vi: (p) => `Ngày không được sau ngày hôm nay (${p.today}).`,
    en: (p) => `The date cannot be after today (${p.today}).`,
  },
  PETITION_DATE_TOO_EARLY: {
    vi: (p) => `Ngày không được trước ${p.what} (${p.date}).`,
    en: (p) => `The date cannot be before the ${p.whatEn} (${p.date}).`,
  },
  // -- end of petitions --
  // -- report forms (biểu mẫu báo cáo) --
  REPORT_FORM_CODE_TAKEN: {
    vi: (p) => `Mã biểu mẫu «${p.code}» đã có ở tổ chức này; hãy chọn mã khác.`,
    en: (p) => `The form code “${p.code}” is already used by this unit; choose another.`,
  },
  REPORT_FORM_OWNER_IS_CELL: {
    vi: () => 'Chi bộ không tự đặt biểu mẫu báo cáo; biểu mẫu do cấp ủy cấp trên ban hành.',
    en: () => 'Cells do not define report forms; the committee above does.',
  },
  REPORT_FORM_OWNER_DISSOLVED: {
    vi: () => 'Tổ chức đảng này đã giải thể, không ban hành biểu mẫu mới.',
    en: () => 'This party unit is dissolved and issues no new forms.',
  },
  REPORT_FORM_STATUS_SAME: {
    vi: () => 'Biểu mẫu đã ở trạng thái này.',
    en: () => 'The form already has this status.',
  },
  REPORT_FORM_KEY_DUPLICATE: {
    vi: (p) => `Mã mục «${p.key}» bị trùng; mỗi mục của biểu mẫu cần một mã riêng.`,
    en: (p) => `The field key “${p.key}” is used twice; every field needs its own key.`,
  },
  REPORT_FORM_SECTION_KEY_DUPLICATE: {
    vi: (p) => `Mã phần «${p.key}» bị trùng; mỗi phần cần một mã riêng.`,
    en: (p) => `The section key “${p.key}” is used twice.`,
  },
  REPORT_FORM_RULE_KEY_DUPLICATE: {
    vi: (p) => `Mã quy tắc «${p.key}» bị trùng.`,
    en: (p) => `The rule key “${p.key}” is used twice.`,
  },
  REPORT_FORM_COLUMN_DUPLICATE: {
    vi: (p) => `Bảng «${p.label}» có hai cột cùng mã «${p.key}».`,
    en: (p) => `The table “${p.label}” has two columns keyed “${p.key}”.`,
  },
  REPORT_FORM_ROW_DUPLICATE: {
    vi: (p) => `Bảng «${p.label}» có hai dòng cùng mã «${p.key}».`,
    en: (p) => `The table “${p.label}” has two rows keyed “${p.key}”.`,
  },
  REPORT_FORM_MIN_ABOVE_MAX: {
    vi: (p) => `«${p.label}»: giá trị nhỏ nhất (${p.min}) lớn hơn giá trị lớn nhất (${p.max}).`,
    en: (p) => `“${p.label}”: the minimum (${p.min}) is above the maximum (${p.max}).`,
  },
  REPORT_FORM_RULE_FIELD_UNKNOWN: {
    vi: (p) => `Quy tắc «${p.rule}» dùng mục «${p.key}» không có trong biểu mẫu.`,
    en: (p) => `The rule “${p.rule}” uses “${p.key}”, which the form does not have.`,
  },
  REPORT_FORM_RULE_FIELD_NOT_NUMBER: {
    vi: (p) => `Quy tắc «${p.rule}» chỉ so sánh các mục số; «${p.label}» không phải mục số.`,
    en: (p) => `The rule “${p.rule}” compares numbers only; “${p.label}” is not a number field.`,
  },
  REPORT_FORM_FIELD_REMOVED: {
    vi: (p) =>
      `Không xóa được mục «${p.label}»: đã có báo cáo gửi lên có số liệu của mục này; hãy đánh dấu «Không dùng nữa» thay vì xóa.`,
    en: (p) =>
      `“${p.label}” cannot be removed: reports already sent hold its data; mark it "No longer used" instead.`,
  },
  REPORT_FORM_FIELD_KIND_CHANGED: {
    vi: (p) =>
      `Không đổi được loại của mục «${p.label}»: đã có báo cáo gửi lên; hãy đánh dấu «Không dùng nữa» cho mục cũ (và thêm mục mới nếu cần) thay vì sửa.`,
    en: (p) =>
      `The kind of “${p.label}” cannot change: reports were already sent; mark the old field "No longer used" (and add a new one if needed) instead.`,
  },
  REPORT_FORM_AGGREGATE_CHANGED: {
    vi: (p) =>
      `Không đổi được cách tổng hợp (cộng/trung bình) của mục «${p.label}»: đã có báo cáo gửi lên; hãy đánh dấu «Không dùng nữa» cho mục cũ (và thêm mục mới nếu cần) thay vì sửa.`,
    en: (p) =>
      `How “${p.label}” adds up (sum/average) cannot change: reports were already sent; mark the old field "No longer used" (and add a new one if needed) instead.`,
  },
  REPORT_FORM_INTEGER_CHANGED: {
    vi: (p) =>
      `Không đổi được «số nguyên» của mục «${p.label}»: đã có báo cáo gửi lên; hãy đánh dấu «Không dùng nữa» cho mục cũ (và thêm mục mới nếu cần) thay vì sửa.`,
    en: (p) =>
      `Whether “${p.label}” is a whole number cannot change: reports were already sent; mark the old field "No longer used" (and add a new one if needed) instead.`,
  },
  REPORT_FORM_COLUMNS_DROPPED: {
    vi: (p) =>
      `Không bỏ được cột ${p.columns} của bảng «${p.label}»: đã có báo cáo gửi lên có số liệu; hãy đánh dấu «Không dùng nữa» cho mục cũ (và thêm mục mới nếu cần) thay vì sửa.`,
    en: (p) =>
      `The columns ${p.columns} of “${p.label}” cannot go: reports already sent hold them; mark the old field "No longer used" (and add a new one if needed) instead.`,
  },
  REPORT_FORM_COLUMN_KIND_CHANGED: {
    vi: (p) =>
      `Không đổi được loại cột «${p.column}» của bảng «${p.label}»: đã có báo cáo gửi lên; hãy đánh dấu «Không dùng nữa» cho mục cũ (và thêm mục mới nếu cần) thay vì sửa.`,
    en: (p) =>
      `The kind of column “${p.column}” of “${p.label}” cannot change: reports were already sent; mark the old field "No longer used" (and add a new one if needed) instead.`,
  },
  REPORT_FORM_ROWS_DROPPED: {
    vi: (p) =>
      `Không bỏ được dòng ${p.rows} của bảng «${p.label}»: đã có báo cáo gửi lên có số liệu; hãy đánh dấu «Không dùng nữa» cho mục cũ (và thêm mục mới nếu cần) thay vì sửa.`,
    en: (p) =>
      `The rows ${p.rows} of “${p.label}” cannot go: reports already sent hold them; mark the old field "No longer used" (and add a new one if needed) instead.`,
  },
  REPORT_FORM_ROWS_MODE_CHANGED: {
    vi: (p) =>
      `Không đổi được bảng «${p.label}» giữa dòng cố định và dòng tự do: đã có báo cáo gửi lên; hãy đánh dấu «Không dùng nữa» cho mục cũ (và thêm mục mới nếu cần) thay vì sửa.`,
    en: (p) =>
      `“${p.label}” cannot switch between fixed and free rows: reports were already sent; mark the old field "No longer used" (and add a new one if needed) instead.`,
  },
  REPORT_FORM_PERIOD_TYPE_CHANGED: {
    vi: () =>
      'Không đổi được kỳ báo cáo: biểu mẫu đã có báo cáo; hãy ngừng sử dụng biểu mẫu này và lập biểu mẫu mới.',
    en: () => 'The period type cannot change: the form already has reports; retire it and create a new form.',
  },
  // -- end of report forms --
  // -- report submissions (báo cáo định kỳ) --
  REPORT_FIELD_UNKNOWN: {
    vi: (p) => `Biểu mẫu không có mục «${p.key}».`,
    en: (p) => `The form has no field “${p.key}”.`,
  },
  REPORT_NOT_A_NUMBER: {
    vi: (p) => `«${p.label}» phải là một số.`,
    en: (p) => `“${p.label}” must be a number.`,
  },
  REPORT_NOT_TEXT: {
    vi: (p) => `«${p.label}» phải là văn bản.`,
    en: (p) => `“${p.label}” must be text.`,
  },
  REPORT_TEXT_TOO_LONG: {
    vi: (p) => `«${p.label}» dài quá ${p.max} ký tự.`,
    en: (p) => `“${p.label}” is longer than ${p.max} characters.`,
  },
  REPORT_TABLE_INVALID: {
    vi: (p) => `Bảng «${p.label}» có dòng hoặc ô không đúng với biểu mẫu.`,
    en: (p) => `The table “${p.label}” has a row or cell the form does not have.`,
  },
  REPORT_TABLE_TOO_MANY_ROWS: {
    vi: (p) => `Bảng «${p.label}» có quá ${p.max} dòng.`,
    en: (p) => `The table “${p.label}” has more than ${p.max} rows.`,
  },
  REPORT_FIELD_REQUIRED: {
    vi: (p) => `Chưa điền «${p.label}» (bắt buộc).`,
    en: (p) => `“${p.label}” is required.`,
  },
  REPORT_NOT_WHOLE: {
    vi: (p) => `«${p.label}» phải là số nguyên.`,
    en: (p) => `“${p.label}” must be a whole number.`,
  },
  REPORT_BELOW_MIN: {
    vi: (p) => `«${p.label}» không được nhỏ hơn ${p.min}.`,
    en: (p) => `“${p.label}” may not be below ${p.min}.`,
  },
  REPORT_ABOVE_MAX: {
    vi: (p) => `«${p.label}» không được lớn hơn ${p.max}.`,
    en: (p) => `“${p.label}” may not be above ${p.max}.`,
  },
  REPORT_RULE_FAILED: {
    vi: (p) => `Không thỏa quy tắc «${p.rule}»: ${p.left} so với ${p.right}.`,
    en: (p) => `The rule “${p.rule}” is not met: ${p.left} against ${p.right}.`,
  },
  REPORT_FORM_RETIRED: {
    vi: () => 'Biểu mẫu này đã ngừng sử dụng.',
    en: () => 'This form is no longer in use.',
  },
  REPORT_UNIT_NOT_EXPECTED: {
    vi: (p) => `${p.unit} không thuộc diện nộp biểu mẫu này.`,
    en: (p) => `${p.unit} does not submit this form.`,
  },
  REPORT_PERIOD_INVALID: {
    vi: (p) => `Kỳ báo cáo «${p.key}» không hợp lệ với biểu mẫu này (ví dụ đúng: ${p.example}).`,
    en: (p) => `“${p.key}” is not a period of this form (for example: ${p.example}).`,
  },
  REPORT_PERIOD_NOT_OPEN: {
    vi: (p) => `Chưa đến thời gian nộp báo cáo ${p.period} (mở từ ${p.opensOn}).`,
    en: (p) => `Reports for ${p.period} open on ${p.opensOn}.`,
  },
  REPORT_PERIOD_BEFORE_FORM: {
    vi: (p) => `Biểu mẫu áp dụng từ ngày ${p.startsOn}; kỳ ${p.period} không phải nộp.`,
    en: (p) => `The form applies from ${p.startsOn}; ${p.period} is not asked for.`,
  },
  REPORT_UNIT_NOT_IN_PERIOD: {
    vi: (p) => `${p.unit} không hoạt động trong kỳ ${p.period}.`,
    en: (p) => `${p.unit} was not active in ${p.period}.`,
  },
  REPORT_NOT_EDITABLE: {
    vi: (p) => `Báo cáo đang ở trạng thái «${p.status}», không sửa được.`,
    en: (p) => `The report is ${p.status} and cannot be changed.`,
  },
  REPORT_NOT_SUBMITTED: {
    vi: () => 'Chỉ duyệt hoặc trả lại báo cáo đã gửi.',
    en: () => 'Only a sent report can be accepted or returned.',
  },
  REPORT_NOT_ACCEPTED: {
    vi: () => 'Chỉ mở lại báo cáo đã được tiếp nhận.',
    en: () => 'Only an accepted report can be reopened.',
  },
  REPORT_NOT_REVIEWER: {
    vi: () => 'Chỉ cấp ủy cấp trên trực tiếp duyệt báo cáo này.',
    en: () => 'Only the committee directly above reviews this report.',
  },
  REPORT_RECEIVED_ON_REVIEWER_ONLY: {
    vi: () => 'Chỉ cấp trên nhập hộ báo cáo giấy mới ghi ngày nhận.',
    en: () => 'Only the level above entering a paper report records the day it arrived.',
  },
  REPORT_RECEIVED_ON_OUT_OF_RANGE: {
    vi: (p) => `Ngày nhận phải từ ${p.opensOn} đến hôm nay.`,
    en: (p) => `The day received must be between ${p.opensOn} and today.`,
  },
  // -- end of report submissions --
  // -- report completeness and reminders --
  // -- end of report completeness --
  // -- report aggregation --
  REPORT_AGGREGATE_FIELD_UNKNOWN: {
    vi: (p) => `Biểu mẫu không có chỉ tiêu «${p.key}» để tổng hợp.`,
    en: (p) => `The form has no field “${p.key}” to aggregate.`,
  },
  // -- end of report aggregation --
  // -- ideological-situation reports and themes --
  REPORT_THEME_NAME_TAKEN: {
    vi: (p) => `Cấp ủy đã có chủ đề «${p.name}»; hãy dùng chủ đề đó hoặc đặt tên khác.`,
    en: (p) => `The committee already follows the theme “${p.name}”; use it or choose another name.`,
  },
  REPORT_THEME_OWNER_NOT_COMMITTEE: {
    vi: (p) => `${p.unit} không phải cấp ủy; chủ đề dư luận do cấp ủy cơ sở trở lên theo dõi.`,
    en: (p) => `${p.unit} is not a committee; themes of opinion are followed by committees.`,
  },
  REPORT_THEME_NOTE_REQUIRED: {
    vi: () => 'Ghi rõ kết quả xử lý trước khi chuyển chủ đề sang «Đã xử lý».',
    en: () => 'Record how the theme was handled before marking it handled.',
  },
  REPORT_THEME_HANDLED_ON_REQUIRED: {
    vi: () => 'Chọn ngày xử lý xong.',
    en: () => 'Choose the day the theme was handled.',
  },
  REPORT_THEME_HANDLED_ON_FUTURE: {
    vi: (p) => `Ngày xử lý xong không được sau hôm nay (${p.today}).`,
    en: (p) => `The day handled may not be after today (${p.today}).`,
  },
  REPORT_THEME_HANDLED_ON_NOT_HANDLED: {
    vi: () => 'Chỉ ghi ngày xử lý xong khi chủ đề đã xử lý.',
    en: () => 'The day handled is given only for a handled theme.',
  },
  REPORT_THEME_UNKNOWN: {
    vi: (p) => `Dòng ${p.row} của «${p.label}»: chủ đề đã chọn không thuộc các chủ đề mà cấp ủy theo dõi.`,
    en: (p) => `Row ${p.row} of “${p.label}”: the theme chosen is not one the committee follows.`,
  },
  REPORT_THEME_RANGE: {
    vi: () => 'Ngày kết thúc khoảng thời gian phải từ ngày bắt đầu trở đi.',
    en: () => 'The end of the range must not be before its start.',
  },
  // -- end of ideological-situation reports --
  // -- synthesis drafting (dự thảo báo cáo sơ kết, tổng kết) --
  REPORT_SYNTHESIS_PERIOD: {
    vi: (p) =>
      `«${p.key}» không phải kỳ sơ kết, tổng kết: chọn 6 tháng (ví dụ 2026-H1, 2026-H2) hoặc một năm (ví dụ 2026).`,
    en: (p) => `“${p.key}” is not a review period: choose a half year (e.g. 2026-H1) or a year (e.g. 2026).`,
  },
  REPORT_SYNTHESIS_FORM: {
    vi: (p) => `Biểu mẫu ${p.id} không thuộc các biểu mẫu tổng hợp được cho cấp ủy và kỳ này.`,
    en: (p) => `Form ${p.id} is not one this committee's review can compile.`,
  },
  REPORT_SYNTHESIS_NOT_DOCX: {
    vi: () => 'Báo cáo chính thức phải là tệp Word (.docx) đã chỉnh sửa từ dự thảo.',
    en: () => 'The final report must be the edited Word file (.docx).',
  },
  REPORT_SYNTHESIS_NO_ISSUER: {
    vi: (p) =>
      `${p.unit} chưa có cơ quan ban hành trong sổ văn bản; thêm cơ quan ban hành ở mục Văn bản rồi đăng ký lại.`,
    en: (p) => `${p.unit} has no issuer in the registry yet; add one under Documents and register again.`,
  },
  // -- end of synthesis drafting --
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
