import { type PrefillSource, prefillSources } from '../../../contracts/report-forms';
import type { Period } from '../../../domain/report-periods';
import type { Tx } from '../../db/client';
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

/** The submissions' pre-fill: every figure it knows, read through each module's own counts. */
export const prefillFigures: FigureSource = (tx, unit, period, today) =>
  computePrefill(tx, unit, period, prefillSources, today);

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
