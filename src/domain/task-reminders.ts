import { addWorkingDays, subtractWorkingDays, type WorkingCalendar } from './working-days';

/**
 * When a task's owner is reminded, in working days around its deadline. This is the product's practice, not a
 * regulation: a notice some working days before, one on the day, one the working day after, then one every
 * few working days while the task stays open.
 */
export const taskReminderRule = { daysBefore: 3, repeatEvery: 5 } as const;

export type ReminderStage = 'upcoming' | 'due' | 'overdue';

export interface Reminder {
  stage: ReminderStage;
  /** The day the reminder is due (sent on the first sweep on or after it). */
  on: string;
}

function* reminders(dueOn: string, calendar: WorkingCalendar): Generator<Reminder> {
  yield { stage: 'upcoming', on: subtractWorkingDays(dueOn, taskReminderRule.daysBefore, calendar) };
  yield { stage: 'due', on: dueOn };
  for (let k = 0; ; k += 1)
    yield { stage: 'overdue', on: addWorkingDays(dueOn, 1 + k * taskReminderRule.repeatEvery, calendar) };
}

/** The first reminder on or after a day (the schedule of a task created or moved on that day). */
export function reminderFrom(dueOn: string, day: string, calendar: WorkingCalendar): Reminder {
  for (const r of reminders(dueOn, calendar)) if (r.on >= day) return r;
  throw new Error('unreachable');
}

/** The latest reminder reached by `today` (a sweep that missed some days sends only the last one). */
export function reminderReached(dueOn: string, today: string, calendar: WorkingCalendar): Reminder | null {
  let reached: Reminder | null = null;
  for (const r of reminders(dueOn, calendar)) {
    if (r.on > today) return reached;
    reached = r;
  }
  return reached;
}

/** Whole calendar days a deadline is past (0 when not yet past). */
export function daysOverdue(dueOn: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}
