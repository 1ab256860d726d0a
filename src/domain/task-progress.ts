/**
 * A parent task's progress is the weighted mean of its children's (cancelled children do not count); it is
 * done when every counted child is. Progress is a whole percentage, 0–100.
 */
export interface ChildProgress {
  progress: number;
  weight: number;
  status: 'open' | 'done' | 'cancelled';
}

export interface RolledUp {
  progress: number;
  allDone: boolean;
}

/** Null when no child counts (all cancelled, or none): the parent keeps the progress reported on it. */
export function rollUp(children: readonly ChildProgress[]): RolledUp | null {
  const counted = children.filter((c) => c.status !== 'cancelled');
  const totalWeight = counted.reduce((sum, c) => sum + c.weight, 0);
  if (counted.length === 0 || totalWeight <= 0) return null;
  const weighted = counted.reduce((sum, c) => sum + c.weight * (c.status === 'done' ? 100 : c.progress), 0);
  const allDone = counted.every((c) => c.status === 'done');
  // A parent shows 100% only when every child is done, never by rounding 99.6 up.
  const progress = allDone ? 100 : Math.min(99, Math.round(weighted / totalWeight));
  return { progress, allDone };
}

export function isValidProgress(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}
