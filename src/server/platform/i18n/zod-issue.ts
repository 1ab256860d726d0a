import type { z } from 'zod';
import type { Locale } from './locale';

type Issue = z.core.$ZodIssue;

/** A short reason for one zod issue, in the user's language. */
export function issueReason(issue: Issue, locale: Locale): string {
  const vi = locale === 'vi';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return vi ? 'bắt buộc phải nhập' : 'is required';
      return vi ? `sai kiểu dữ liệu (cần ${typeName(issue.expected, locale)})` : `must be ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? vi
            ? 'không được để trống'
            : 'must not be empty'
          : vi
            ? `tối thiểu ${issue.minimum} ký tự`
            : `must have at least ${issue.minimum} characters`;
      }
      return vi ? `tối thiểu là ${issue.minimum}` : `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') {
        return vi ? `tối đa ${issue.maximum} ký tự` : `must have at most ${issue.maximum} characters`;
      }
      if (issue.origin === 'array') {
        return vi ? `tối đa ${issue.maximum} mục` : `must have at most ${issue.maximum} items`;
      }
      return vi ? `tối đa là ${issue.maximum}` : `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return vi
        ? `không đúng định dạng (${formatName(issue.format, locale)})`
        : `has the wrong format (${issue.format})`;
    case 'invalid_value':
      return vi
        ? `phải là một trong: ${issue.values.map(String).join(', ')}`
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return vi
        ? `có trường không được phép: ${issue.keys.join(', ')}`
        : `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      return vi ? 'giá trị không hợp lệ' : 'is not valid';
  }
}

function typeName(expected: string, locale: Locale): string {
  if (locale === 'en') return expected;
  const names: Record<string, string> = {
    string: 'chuỗi ký tự',
    number: 'số',
    int: 'số nguyên',
    boolean: 'đúng/sai',
    array: 'danh sách',
    object: 'đối tượng',
  };
  return names[expected] ?? expected;
}

function formatName(format: string, locale: Locale): string {
  if (locale === 'en') return format;
  const names: Record<string, string> = {
    email: 'địa chỉ thư điện tử',
    uuid: 'mã định danh',
    date: 'ngày yyyy-mm-dd',
    regex: 'ký tự cho phép',
  };
  return names[format] ?? format;
}
