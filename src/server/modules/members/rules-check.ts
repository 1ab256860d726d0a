import { type MemberDates, type MemberRuleViolation, memberViolations } from '../../../domain/member-rules';
import { AppError } from '../../platform/errors/app-error';
import { displayDate } from '../org/calendar';

const key = (v: MemberRuleViolation) => `${v.code}:${v.field}:${v.params?.rule ?? ''}`;

function toError(v: MemberRuleViolation, field: string): AppError {
  const params = { ...v.params };
  if (typeof params.today === 'string') params.today = displayDate(params.today);
  return new AppError(400, v.code, { field, params });
}

/**
 * Refuses a record that breaks a member rule. With `before`, only rules the change newly breaks count: a record
 * imported with an old inconsistency can still have its phone number corrected.
 */
export function assertMemberRules(
  next: MemberDates,
  today: string,
  options: { before?: MemberDates; fieldOf?: (v: MemberRuleViolation) => string } = {},
): void {
  const known = new Set(options.before ? memberViolations(options.before, today).map(key) : []);
  const found = memberViolations(next, today).find((v) => !known.has(key(v)));
  if (found) throw toError(found, options.fieldOf?.(found) ?? found.field);
}
