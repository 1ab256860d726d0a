import { and, eq, inArray, lte } from 'drizzle-orm';
import { addMonthsIso, dateReaching } from '../../domain/party-age';
import { badgeRuleSetOn, nextAwardDates, previousAwardDate } from '../../domain/party-badges';
import type { Db } from '../db/client';
import { badgeAwards, memberDecisions } from '../modules/lifecycle/schema';
import { members } from '../modules/members/schema';

/**
 * The demo's lifecycle history: the badges its long-standing members received at past award dates (so the
 * badge lists show who is due next, not everyone whose badges were never recorded), and the decisions behind
 * its exempted members. Reference data only (a few thousand members); skipped at national scale.
 */
export async function seedLifecycleHistory(
  db: Db,
  today: string,
): Promise<{ awards: number; decisions: number }> {
  const rules = badgeRuleSetOn(today);
  const lastPast = previousAwardDate(today);
  const first = rules.milestones[0] ?? 30;
  const rows = await db
    .select({
      id: members.id,
      admissionDate: members.admissionDate,
      status: members.status,
      statusSince: members.statusSince,
      birthDate: members.birthDate,
    })
    .from(members)
    .where(
      and(
        inArray(members.status, ['official', 'exempted']),
        lte(members.admissionDate, addMonthsIso(today, -12 * first)),
      ),
    );
  const awards: (typeof badgeAwards.$inferInsert)[] = [];
  for (const m of rows) {
    if (!m.admissionDate) continue;
    for (const years of rules.milestones) {
      const reached = dateReaching({ admissionDate: m.admissionDate, gaps: [] }, years);
      if (!reached || reached > lastPast) break;
      // Presented on the first award date once the age was reached.
      const awardDate = nextAwardDates(reached, 1)[0];
      if (awardDate && awardDate <= lastPast)
        awards.push({ memberId: m.id, years, awardDate, decisionRef: null });
    }
  }
  for (let i = 0; i < awards.length; i += 1000)
    await db.insert(badgeAwards).values(awards.slice(i, i + 1000));

  const exempted = await db
    .select({ id: members.id, since: members.statusSince, birthDate: members.birthDate })
    .from(members)
    .where(eq(members.status, 'exempted'));
  const decisions = exempted.map((m, i) => ({
    memberId: m.id,
    kind: 'exemption' as const,
    effectiveOn: m.since,
    decisionNumber: `${(i % 40) + 1}-QĐ/CB`,
    decisionDate: m.since,
    reason: Number(m.since.slice(0, 4)) - Number(m.birthDate.slice(0, 4)) >= 70 ? 'age' : 'health',
    note: 'Theo đơn của đảng viên',
  }));
  for (let i = 0; i < decisions.length; i += 1000)
    await db.insert(memberDecisions).values(decisions.slice(i, i + 1000));
  return { awards: awards.length, decisions: decisions.length };
}
