import { asc, desc, eq } from 'drizzle-orm';
import type { BadgeEntry, BadgeLists, MemberLifecycle, RemovalProposal } from '../../../contracts/lifecycle';
import { type DecisionKind, decisionKinds, decisionRules } from '../../../domain/member-decisions';
import { addMonthsIso, dateReaching } from '../../../domain/party-age';
import {
  badgeLists,
  badgeRuleSetOn,
  isLongOverdue,
  isOverdue,
  nextAwardDates,
} from '../../../domain/party-badges';
import { type RemovalFacts, removalGrounds, removalRuleSetOn } from '../../../domain/removal-rules';
import type { Db } from '../../db/client';
import { admittedMembersIn, type MemberRow } from '../members/queries';
import type { MemberUnit } from '../members/units-read';
import { gapsOf, partyAgeOf } from './party-age-read';
import { badgeAwards, memberDecisions, memberPartyGaps } from './schema';
import { awardsOf, illnessOf } from './service';

type Member = MemberRow & { unitName: string };

/** The profile's lifecycle section: party age and its gaps, decisions, badges, the illness flag. */
export async function lifecycleOf(
  db: Db,
  member: Member,
  canEdit: boolean,
  today: string,
): Promise<MemberLifecycle> {
  const [gapRows, decisions, awards, ill] = await Promise.all([
    db
      .select()
      .from(memberPartyGaps)
      .where(eq(memberPartyGaps.memberId, member.id))
      .orderBy(asc(memberPartyGaps.fromDate)),
    db
      .select()
      .from(memberDecisions)
      .where(eq(memberDecisions.memberId, member.id))
      .orderBy(desc(memberDecisions.effectiveOn), desc(memberDecisions.createdAt)),
    db.select().from(badgeAwards).where(eq(badgeAwards.memberId, member.id)).orderBy(asc(badgeAwards.years)),
    illnessOf({ tx: db }, [member.id]),
  ]);
  const gaps = gapRows.map((g) => ({ from: g.fromDate, to: g.toDate, reason: g.reason }));
  const age = partyAgeOf(member, gaps, today);
  const highest = Math.max(0, ...awards.map((a) => a.years));
  let nextBadge: MemberLifecycle['nextBadge'] = null;
  if (member.admissionDate && (member.status === 'official' || member.status === 'exempted')) {
    for (const years of badgeRuleSetOn(today).milestones) {
      if (years <= highest) continue;
      const reachesOn = dateReaching({ admissionDate: member.admissionDate, gaps }, years);
      if (reachesOn) {
        if (reachesOn >= today) {
          nextBadge = { years, reachesOn };
          break;
        }
      }
    }
  }
  const flag = ill[0];
  return {
    memberId: member.id,
    status: member.status,
    admissionDate: member.admissionDate,
    version: member.version,
    canEdit,
    partyAge: age,
    nextBadge,
    gaps: gapRows.map((g) => ({
      id: g.id,
      fromDate: g.fromDate,
      toDate: g.toDate,
      reason: g.reason,
      note: g.note,
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      effectiveOn: d.effectiveOn,
      decisionNumber: d.decisionNumber,
      decisionDate: d.decisionDate,
      issuingBody: d.issuingBody,
      reason: d.reason,
      note: d.note,
    })),
    awards: awards.map((a) => ({
      id: a.id,
      years: a.years,
      awardDate: a.awardDate,
      decisionRef: a.decisionRef,
      early: a.early,
    })),
    seriouslyIll: flag ? { since: flag.since, note: flag.note } : null,
    allowedDecisions: decisionKinds.filter((k: DecisionKind) =>
      decisionRules[k].from.includes(member.status),
    ),
  };
}

/**
 * Where attendance and dues facts come from. The meetings and dues modules will provide them; until then the
 * provider finds none and the proposal is an empty form.
 */
export interface RemovalFactsProvider {
  factsOf(db: Db, memberId: string, asOf: string): Promise<RemovalFacts | null>;
}
export const noRemovalFacts: RemovalFactsProvider = { factsOf: async () => null };

export async function removalProposalOf(
  db: Db,
  member: Member,
  provider: RemovalFactsProvider,
  today: string,
): Promise<RemovalProposal> {
  const facts = await provider.factsOf(db, member.id, today);
  const grounds = facts ? removalGrounds(facts, today) : [];
  return {
    memberId: member.id,
    fullName: member.fullName,
    unitName: member.unitName,
    asOf: today,
    factsAvailable: facts !== null,
    proposed: grounds.length > 0,
    grounds,
    citation: removalRuleSetOn(today).citation,
  };
}

/** Who badges can go to: members today (exempted ones included). */
const badgeStatuses = ['official', 'exempted'] as const;

/**
 * The badge lists of a subtree for the next four award dates: members reaching each badge by each date (early
 * cases marked), those who already hold it left out. Candidates are read in SQL by subtree and admission date
 * (nobody admitted later than 28 years before the last date can reach 30 years by then, even 24 months early).
 */
export async function badgeListsOf(db: Db, unit: MemberUnit, today: string): Promise<BadgeLists> {
  const dates = nextAwardDates(today, 4);
  const last = dates.at(-1) ?? today;
  const rules = badgeRuleSetOn(last);
  const firstMilestone = rules.milestones[0] ?? 30;
  const latestAdmission = addMonthsIso(last, -(firstMilestone * 12 - rules.earlyMonths(firstMilestone)));
  const members = await admittedMembersIn(db, unit.path, badgeStatuses, latestAdmission);
  const ids = members.map((m) => m.id);
  const [gaps, awards, ill] = await Promise.all([
    gapsOf(db, ids),
    awardsOf({ tx: db }, ids),
    illnessOf({ tx: db }, ids),
  ]);
  const awardedBy = new Map<string, number[]>();
  for (const a of awards) awardedBy.set(a.memberId, [...(awardedBy.get(a.memberId) ?? []), a.years]);
  const illIds = new Set(ill.map((f) => f.memberId));
  const candidates = members.map((m) => ({
    ...m,
    gaps: gaps.get(m.id) ?? [],
    awarded: (awardedBy.get(m.id) ?? []).sort((a, b) => a - b),
    seriouslyIll: illIds.has(m.id),
  }));
  const lists = badgeLists(candidates, dates);
  return {
    unitId: unit.id,
    unitName: unit.name,
    citation: rules.citation,
    awardDates: lists.map((list) => {
      const groups = new Map<number, BadgeEntry[]>();
      for (const { candidate: c, due } of list.entries) {
        const entry: BadgeEntry = {
          memberId: c.id,
          fullName: c.fullName,
          birthDate: c.birthDate,
          admissionDate: c.admissionDate,
          unitId: c.unitId,
          unitName: c.unitName,
          cardNumber: c.cardNumber,
          status: c.status,
          years: due.years,
          reachesOn: due.reachesOn,
          early: due.early,
          overdue: isOverdue(due, list.awardDate),
          longOverdue: isLongOverdue(due, list.awardDate),
          awarded: c.awarded,
        };
        groups.set(due.years, [...(groups.get(due.years) ?? []), entry]);
      }
      return {
        awardDate: list.awardDate,
        total: list.entries.length,
        groups: [...groups.entries()]
          .sort(([a], [b]) => b - a)
          .map(([years, members]) => ({ years, members })),
      };
    }),
  };
}
