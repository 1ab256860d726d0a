import { type PrefillSource, prefillSources } from '../../../contracts/report-forms';
import type { Period } from '../../../domain/report-periods';
import type { Tx } from '../../db/client';
import { subtreeMemberCounts, subtreeMemberCountsAsOf } from '../members/counts';
import type { ReportUnit } from '../org/report-units-read';
import { computePrefill } from './prefill-sources';

/** The figures of the review, in the order the draft's statistics table prints them. */
export const statisticRows: readonly { key: PrefillSource; label: string; unit: string }[] = [
  { key: 'members.total', label: 'Tổng số đảng viên cuối kỳ', unit: 'đồng chí' },
  { key: 'members.official', label: 'Trong đó: đảng viên chính thức', unit: 'đồng chí' },
  { key: 'members.probationary', label: 'Đảng viên dự bị', unit: 'đồng chí' },
  { key: 'admission.admitted', label: 'Kết nạp đảng viên mới', unit: 'đồng chí' },
  { key: 'admission.officialized', label: 'Công nhận đảng viên chính thức', unit: 'đồng chí' },
  { key: 'transfers.in', label: 'Tiếp nhận sinh hoạt đảng (chuyển đến)', unit: 'đồng chí' },
  { key: 'transfers.out', label: 'Chuyển sinh hoạt đảng đi', unit: 'đồng chí' },
  { key: 'meetings.held', label: 'Số cuộc sinh hoạt chi bộ đã tổ chức', unit: 'cuộc' },
  { key: 'meetings.thematic', label: 'Trong đó: sinh hoạt chuyên đề', unit: 'cuộc' },
  { key: 'meetings.attendanceRate', label: 'Tỷ lệ đảng viên dự sinh hoạt bình quân', unit: '%' },
  { key: 'documents.issued', label: 'Văn bản đã ban hành', unit: 'văn bản' },
  { key: 'study.sessions', label: 'Buổi học tập, quán triệt nghị quyết, chỉ thị', unit: 'buổi' },
  { key: 'tasks.done', label: 'Nhiệm vụ được giao đã hoàn thành', unit: 'nhiệm vụ' },
  { key: 'tasks.overdue', label: 'Nhiệm vụ quá hạn cuối kỳ', unit: 'nhiệm vụ' },
];

export type Figures = Partial<Record<PrefillSource, number | null>>;

/** Computes the figures of a unit's subtree for a period (the submissions' pre-fill by default). */
export type FigureSource = (tx: Tx, unit: ReportUnit, period: Period, today: string) => Promise<Figures>;

/** The members register's counts on the period's last day (today's while it runs). */
async function memberFigures(tx: Tx, unit: ReportUnit, period: Period, today: string): Promise<Figures> {
  const counts =
    period.end >= today
      ? (await subtreeMemberCounts(tx, [unit.path])).get(unit.path)
      : (await subtreeMemberCountsAsOf(tx, [unit.id], period.end)).get(unit.id);
  if (!counts) return {};
  return {
    'members.total': counts.official + counts.probationary,
    'members.official': counts.official,
    'members.probationary': counts.probationary,
  };
}

/**
 * The pre-fill's figures; the members' counts are read from the register when it gives none (while the
 * pre-fill sources are being filled in by their modules), so the table never loses what the product knows.
 */
export const prefillFigures: FigureSource = async (tx, unit, period, today) => {
  const figures = await computePrefill(tx, unit, period, prefillSources, today);
  if (figures['members.total'] !== undefined) return figures;
  return { ...figures, ...(await memberFigures(tx, unit, period, today)) };
};

export async function reviewStatistics(
  tx: Tx,
  unit: ReportUnit,
  period: Period,
  today: string,
  source: FigureSource = prefillFigures,
) {
  const figures = await source(tx, unit, period, today);
  return statisticRows.map((row) => ({ ...row, value: figures[row.key] ?? null }));
}
