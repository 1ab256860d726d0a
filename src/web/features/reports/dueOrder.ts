import type { DueReport } from '../../../contracts/reports';

/** How many due reports show before "show all": a long backlog must not push the current one out of sight. */
export const DUE_SHOWN = 6;

const rank = (item: DueReport): number => {
  if (item.status === 'returned') return 0;
  if (item.status === 'draft') return 1;
  if (item.timeliness === 'pending') return 2;
  if (item.timeliness === 'missing') return 3;
  return 4;
};

/**
 * The order of the "Cần nộp" cards: returned reports first (the level above waits for them), then drafts begun,
 * then the open periods by deadline, then the overdue ones newest first, then those already sent.
 */
export function orderDue(items: readonly DueReport[]): DueReport[] {
  return [...items].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    const byDue = a.dueOn.localeCompare(b.dueOn);
    return rank(a) === 3 ? -byDue : byDue;
  });
}

/** How many due reports the home page card lists; the rest are on /reports. */
export const HOME_SHOWN = 5;

const sent = (item: DueReport): number => (item.status === 'submitted' || item.status === 'accepted' ? 1 : 0);

/**
 * The home page card's order, most urgent first: what is still to send by deadline — so the overdue ones come
 * first, the longest overdue at the top, then those due soonest — and the ones already sent last.
 */
export function orderByDeadline(items: readonly DueReport[]): DueReport[] {
  return [...items].sort(
    (a, b) =>
      sent(a) - sent(b) || a.dueOn.localeCompare(b.dueOn) || a.form.name.localeCompare(b.form.name, 'vi'),
  );
}
