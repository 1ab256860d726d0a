import dayjs from 'dayjs';
import type { StatusTone } from '../../components/StatusText';
import type { TaskSummary } from './api';

/** Whole calendar days from `dueOn` to `today` (both yyyy-mm-dd): positive once the deadline has passed. */
export const daysPast = (dueOn: string, today: string): number =>
  dayjs(today).startOf('day').diff(dayjs(dueOn).startOf('day'), 'day');

export const localToday = (): string => dayjs().format('YYYY-MM-DD');

export type TaskState =
  | { key: 'cancelled'; tone: StatusTone }
  | { key: 'done' | 'doneLate'; tone: StatusTone }
  | { key: 'overdue'; tone: StatusTone; days: number }
  | { key: 'dueToday'; tone: StatusTone }
  | { key: 'open'; tone: StatusTone; days: number };

/**
 * What a task's status line says: closed (on time or late), overdue by N days, due today, or N days left.
 * The server's `overdue` decides overdue; the days are counted from `today` (the board's, else the browser's).
 */
export function taskState(
  task: Pick<TaskSummary, 'status' | 'late' | 'overdue' | 'dueOn'>,
  today: string,
): TaskState {
  if (task.status === 'cancelled') return { key: 'cancelled', tone: 'off' };
  if (task.status === 'done')
    return task.late ? { key: 'doneLate', tone: 'warn' } : { key: 'done', tone: 'ok' };
  const past = daysPast(task.dueOn, today);
  if (task.overdue) return { key: 'overdue', tone: 'bad', days: Math.max(past, 1) };
  if (past === 0) return { key: 'dueToday', tone: 'warn' };
  return { key: 'open', tone: 'off', days: Math.max(-past, 0) };
}
