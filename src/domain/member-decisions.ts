import type { MemberStatus } from './member-codes';

/**
 * Decisions that end or suspend a member's party activity (DOMAIN.md §3): exemption from work and activities
 * (miễn công tác và sinh hoạt đảng) and its end, removal from the rolls (xóa tên), expulsion (khai trừ) and
 * death (từ trần). Each is a dated decision with its reference and moves the member's status.
 */
export const decisionKinds = ['exemption', 'exemption_end', 'removal', 'expulsion', 'death'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

export const exemptionReasons = ['age', 'health', 'other'] as const;
export const removalReasons = [
  'missed_activities',
  'unpaid_dues',
  'lost_will',
  'failed_standard',
  'other',
] as const;
export type DecisionReason = (typeof exemptionReasons)[number] | (typeof removalReasons)[number];

export interface DecisionRule {
  /** Statuses the member may hold before the decision. */
  from: readonly MemberStatus[];
  to: MemberStatus;
  /** Whether a decision number is required (a death is recorded with or without one). */
  needsNumber: boolean;
  needsIssuer: boolean;
  reasons: readonly DecisionReason[] | null;
  citation: string;
}

const members: readonly MemberStatus[] = ['probationary', 'official', 'exempted'];

export const decisionRules: Record<DecisionKind, DecisionRule> = {
  exemption: {
    from: ['official'],
    to: 'exempted',
    needsNumber: true,
    needsIssuer: false,
    reasons: exemptionReasons,
    citation:
      'Quy định 24-QĐ/TW (2021) mục 7 / Quy định 294-QĐ/TW (2025): miễn công tác và sinh hoạt đảng (verify)',
  },
  exemption_end: {
    from: ['exempted'],
    to: 'official',
    needsNumber: true,
    needsIssuer: false,
    reasons: null,
    citation: 'Quy định 24-QĐ/TW (2021) mục 7 / Quy định 294-QĐ/TW (2025) (verify)',
  },
  removal: {
    from: members,
    to: 'removed',
    needsNumber: true,
    needsIssuer: true,
    reasons: removalReasons,
    citation: 'Điều lệ Đảng, Điều 8 khoản 2 (verify)',
  },
  expulsion: {
    from: members,
    to: 'expelled',
    needsNumber: true,
    needsIssuer: true,
    reasons: null,
    citation: 'Điều lệ Đảng, Điều 35 và Điều 36; Quy định 22-QĐ/TW (2021) về kỷ luật (verify)',
  },
  death: {
    from: members,
    to: 'deceased',
    needsNumber: false,
    needsIssuer: false,
    reasons: null,
    citation: 'Quy định 24-QĐ/TW (2021): xóa tên đảng viên từ trần khỏi danh sách (verify)',
  },
};

/**
 * Whether a member takes part in the annual evaluation and classification (DOMAIN.md §8): exempted members are
 * not evaluated (they may still receive badges); only probationary and official members are.
 */
export const isEvaluated = (status: MemberStatus): boolean =>
  status === 'probationary' || status === 'official';
