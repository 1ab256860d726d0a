import { and, asc, eq, lte } from 'drizzle-orm';
import { reminderFrom, reminderReached } from '../../../domain/task-reminders';
import type { Db } from '../../db/client';
import { systemContext } from '../../platform/context';
import { mutate } from '../../platform/mutate';
import { addDays } from '../org/calendar';
import { tasks } from './schema';
import { noticeTaskReminder } from './task-notices';
import { calendarAround } from './task-schedule';

/**
 * Sends the reminders due by `today` (before, on and after deadlines, in working days): takes batches of open
 * tasks whose next reminder has come with SKIP LOCKED (several app instances share the work, none sends twice),
 * sends the latest reminder each has reached and schedules its next one. Returns how many were sent.
 */
export async function sendTaskReminders(
  db: Db,
  today: string,
  publicUrl: string,
  batchSize = 200,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await mutate(db, systemContext('task-reminders'), async (w) => {
      const due = await w.tx
        .select()
        .from(tasks)
        .where(and(eq(tasks.status, 'open'), lte(tasks.nextReminderOn, today)))
        .orderBy(asc(tasks.nextReminderOn), asc(tasks.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      for (const task of due) {
        const calendar = await calendarAround(w.tx, task.dueOn, today);
        const reached = reminderReached(task.dueOn, today, calendar);
        if (reached) await noticeTaskReminder(w, task, reached.stage, publicUrl);
        const next = reminderFrom(task.dueOn, addDays(today, 1), calendar);
        await w.tx
          .update(tasks)
          .set({ nextReminderOn: next.on, nextReminderStage: next.stage })
          .where(eq(tasks.id, task.id));
      }
      return due.length;
    });
    sent += batch;
    if (batch < batchSize) return sent;
  }
}
