import type { PrefillSource } from '../../../contracts/report-forms';

/** How each source of a pre-filled figure is named in Word files and notices (the web has its own, i18n). */
export const prefillSourceLabels: Record<PrefillSource, string> = {
  'members.total': 'Tổng số đảng viên cuối kỳ (sổ đảng viên)',
  'members.official': 'Số đảng viên chính thức cuối kỳ (sổ đảng viên)',
  'members.probationary': 'Số đảng viên dự bị cuối kỳ (sổ đảng viên)',
  'admission.admitted': 'Số đảng viên được kết nạp trong kỳ (quyết định kết nạp)',
  'admission.officialized': 'Số đảng viên dự bị được công nhận chính thức trong kỳ',
  'transfers.in': 'Số đảng viên chuyển sinh hoạt chính thức đến trong kỳ',
  'transfers.out': 'Số đảng viên chuyển sinh hoạt chính thức đi trong kỳ',
  'meetings.held': 'Số cuộc sinh hoạt chi bộ đã tổ chức trong kỳ',
  'meetings.thematic': 'Số cuộc sinh hoạt chuyên đề trong kỳ',
  'meetings.attendanceRate': 'Tỷ lệ đảng viên dự sinh hoạt trong kỳ (%)',
  'documents.issued': 'Số văn bản đã ban hành trong kỳ (sổ văn bản đi)',
  'study.sessions': 'Số buổi học tập, quán triệt nghị quyết, chỉ thị trong kỳ',
  'tasks.done': 'Số nhiệm vụ được giao đã hoàn thành trong kỳ',
  'tasks.overdue': 'Số nhiệm vụ được giao quá hạn cuối kỳ',
};
