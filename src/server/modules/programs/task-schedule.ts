import { type Reminder, reminderFrom } from '../../../domain/task-reminders';
import type { Tx } from '../../db/client';
import { loadWorkingCalendar } from '../calendar/service';
import { addDays } from '../org/calendar';

/** The working calendar around a deadline and a day, wide enough for every reminder between them. */
export async function calendarAround(tx: Tx, dueOn: string, day: string) {
  const from = addDays(dueOn < day ? dueOn : day, -21);
  const to = addDays(dueOn > day ? dueOn : day, 21);
  return loadWorkingCalendar(tx, from, to);
}

/** The next reminder of an open task from `day` on (when it is created, moved or reopened). */
export async function nextReminder(tx: Tx, dueOn: string, day: string): Promise<Reminder> {
  return reminderFrom(dueOn, day, await calendarAround(tx, dueOn, day));
}
