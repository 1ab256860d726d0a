import { type Period, periodLabel, periodLabelEn } from '../../../domain/report-periods';
import { currentLanguage } from '../../app/i18n';

export const periodName = (period: Period) =>
  currentLanguage() === 'en' ? periodLabelEn(period) : periodLabel(period);

/** A short name for a chart's axis: "03/2026", "Quý I/2026". */
export const shortPeriodName = (period: Period) =>
  period.type === 'week' ? period.key.slice(5) : periodName(period).replace(/^Tháng /, '');
