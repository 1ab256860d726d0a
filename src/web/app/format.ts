import dayjs from 'dayjs';
import { currentLanguage } from './i18n';

/**
 * The one place that turns values into display text. Dates are always dd/mm/yyyy (the Vietnamese convention,
 * kept in English too so that printed lists match), times 24-hour HH:mm, in the browser's time zone.
 */

type DateInput = string | number | Date | null | undefined;

const EMPTY = '—';

function parse(value: DateInput): dayjs.Dayjs | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed : null;
}

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

/** 07/08/2009 */
export const formatDate = (value: DateInput): string => parse(value)?.format(DATE_FORMAT) ?? EMPTY;

/** 07/08/2009 14:05 */
export const formatDateTime = (value: DateInput): string => parse(value)?.format(DATE_TIME_FORMAT) ?? EMPTY;

/** 07/08/2009 14:05:09 — for audit entries, where seconds matter. */
export const formatTimestamp = (value: DateInput): string =>
  parse(value)?.format('DD/MM/YYYY HH:mm:ss') ?? EMPTY;

/** "Thứ Sáu, 07/08/2009" / "Friday, 07/08/2009" */
export const formatLongDate = (value: DateInput): string => {
  const parsed = parse(value);
  if (!parsed) return EMPTY;
  const weekday = parsed.locale(currentLanguage()).format('dddd');
  return `${weekday.charAt(0).toLocaleUpperCase()}${weekday.slice(1)}, ${parsed.format(DATE_FORMAT)}`;
};

/** yyyy-mm-dd for API query parameters. */
export const toIsoDate = (value: dayjs.Dayjs | null | undefined): string | undefined =>
  value?.isValid() ? value.format('YYYY-MM-DD') : undefined;

/** 1.234.567 in Vietnamese, 1,234,567 in English. */
export const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? EMPTY
    : new Intl.NumberFormat(currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB').format(value);

/** A TOTP secret in groups of four for manual entry: "JBSW Y3DP EHPK 3PXP". */
export const groupSecret = (secret: string): string =>
  secret
    .replace(/\s+/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim();
