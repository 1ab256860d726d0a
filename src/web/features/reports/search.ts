import { submissionStatuses } from '../../../contracts/reports';
import type { HistoryFilter, SubmissionStatus } from './api';

/** The reports page in the address bar: /reports?unitId=…&formId=…&periodKey=2026-03&status=accepted */
export interface ReportsSearch {
  unitId?: string;
  formId?: string;
  periodKey?: string;
  status?: SubmissionStatus;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PERIOD = /^\d{4}(-(W\d{2}|\d{2}|Q[1-4]|H[12]|\d{4}))?$/;

const text = (value: unknown): string | undefined => {
  const s = typeof value === 'number' ? String(value) : value;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
};
const matching = (pattern: RegExp, value: unknown) => {
  const s = text(value);
  return s && pattern.test(s) ? s : undefined;
};

export const parseReportsSearch = (search: Record<string, unknown>): ReportsSearch => ({
  unitId: matching(UUID, search.unitId),
  formId: matching(UUID, search.formId),
  periodKey: matching(PERIOD, search.periodKey),
  status: submissionStatuses.find((status) => status === text(search.status)),
});

/** The history's API filter: set filters only. */
export const historyFilterOf = (search: ReportsSearch & { unitId: string }): HistoryFilter => {
  const filter: HistoryFilter = { unitId: search.unitId };
  if (search.formId) filter.formId = search.formId;
  if (search.periodKey) filter.periodKey = search.periodKey;
  if (search.status) filter.status = search.status;
  return filter;
};
