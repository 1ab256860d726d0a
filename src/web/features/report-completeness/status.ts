import type { Timeliness } from '../../../domain/report-periods';
import type { StatusTone } from '../../components/StatusText';

export const timelinessTones: Record<Timeliness, StatusTone> = {
  on_time: 'ok',
  late: 'warn',
  missing: 'bad',
  pending: 'off',
};

/** A share as a whole percent, for bars and labels. */
export const percentOf = (rate: number | null) => (rate === null ? 0 : Math.round(rate * 100));
