import {
  addDays,
  type Period,
  type PeriodType,
  periodContaining,
  type ReportDeadline,
  reportWindow,
  shiftPeriod,
} from './report-periods';
import { addWorkingDays, type WorkingCalendar } from './working-days';

/**
 * When a unit is reminded of a periodic report it has not sent. This is the product's practice, not a
 * regulation: on the due day, the working day after, then every few working days while the report is missing,
 * for a month at most (after that the committee reminds by hand, from the completeness view).
 */
export const reportReminderRule = { repeatEvery: 3, forDays: 30 } as const;

/** The reminder days of a report due on `dueOn`, in order (an endless schedule). */
export function* reportReminderDays(dueOn: string, calendar: WorkingCalendar): Generator<string> {
  yield dueOn;
  for (let k = 0; ; k += 1) yield addWorkingDays(dueOn, 1 + k * reportReminderRule.repeatEvery, calendar);
}

/**
 * The latest reminder day reached by `today`, or null before the due day. A unit is reminded when it has had
 * no reminder on or after that day, so a sweep that missed some days sends one reminder, not several.
 */
export function reportReminderReached(
  dueOn: string,
  today: string,
  calendar: WorkingCalendar,
): string | null {
  if (today > addDays(dueOn, reportReminderRule.forDays)) return null;
  let reached: string | null = null;
  for (const day of reportReminderDays(dueOn, calendar)) {
    if (day > today) return reached;
    reached = day;
  }
  return reached;
}

/**
 * The latest period of a form whose due day has come by `today` — the one the automatic reminders chase (an
 * older missing report is not chased again once the next one is due).
 */
export function latestDuePeriod(type: PeriodType, deadline: ReportDeadline, today: string): Period {
  let period = periodContaining(type, today);
  while (reportWindow(period, deadline).dueOn > today) period = shiftPeriod(period, -1);
  return period;
}
