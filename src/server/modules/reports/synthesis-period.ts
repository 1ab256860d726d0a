import {
  type Period,
  type PeriodType,
  periodLabel,
  periodOf,
  periodsEndingBetween,
  shiftPeriod,
} from '../../../domain/report-periods';
import { AppError } from '../../platform/errors/app-error';

/** A review is held at mid-year (sơ kết 6 tháng) or at year end (tổng kết năm). */
export function reviewPeriodOf(key: string): Period {
  const period = periodOf('half', key) ?? periodOf('year', key);
  if (!period) throw new AppError(400, 'REPORT_SYNTHESIS_PERIOD', { field: 'periodKey', params: { key } });
  return period;
}

/** The periods of a form's type that end inside the review (the six months of a half year, its quarters…). */
export function periodsInside(review: Period, type: PeriodType): Period[] {
  if (type === 'term') return [];
  return periodsEndingBetween(type, review.start, review.end).filter((p) => p.start >= review.start);
}

/** Period types whose reports a review of this kind compiles. */
export const compiledTypes = (review: Period): PeriodType[] =>
  review.type === 'year'
    ? ['week', 'month', 'quarter', 'half', 'year']
    : ['week', 'month', 'quarter', 'half'];

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

export interface ReviewNames {
  /** "Sơ kết 6 tháng đầu năm 2026" / "Tổng kết năm 2026". */
  kind: string;
  /** The document's summary: "Sơ kết công tác 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026". */
  summary: string;
  /** "6 tháng cuối năm 2026" / "năm 2027". */
  next: string;
  current: string;
}

export function reviewNames(review: Period): ReviewNames {
  const current = lowerFirst(periodLabel(review));
  const next = lowerFirst(periodLabel(shiftPeriod(review, 1)));
  const kind = review.type === 'year' ? `Tổng kết ${current}` : `Sơ kết ${current}`;
  const verb = review.type === 'year' ? 'Tổng kết' : 'Sơ kết';
  return { kind, current, next, summary: `${verb} công tác ${current}, phương hướng, nhiệm vụ ${next}` };
}

/** "tháng 03/2026" — how a compiled paragraph names the period of its source report. */
export const sourcePeriodName = (period: Period) => lowerFirst(periodLabel(period));
