import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { decisionBody, gapBody, illnessBody, recordAwardsBody } from '../../../contracts/lifecycle';
import { shortDate } from '../../../domain/document-dates';
import { decisionRules } from '../../../domain/member-decisions';
import { badgeDueOn } from '../../../domain/party-badges';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { findMember, type MemberRow } from '../members/queries';
import { addStatusEvent } from '../members/service';
import { displayDate } from '../org/calendar';
import { gapsOf } from './party-age-read';
import { badgeAwards, memberDecisions, memberIllnessFlags, memberPartyGaps } from './schema';

type Member = MemberRow & { unitName: string };

const notFuture = (value: string | null | undefined, field: string, today: string) => {
  if (value && value > today)
    throw new AppError(400, 'MEMBER_DATE_IN_FUTURE', { field, params: { today: displayDate(today) } });
};
const required = (value: unknown, field: string) => {
  if (value === undefined || value === null || value === '')
    throw new AppError(400, 'LIFECYCLE_REQUIRED', { field });
};
const notBeforeAdmission = (value: string | null | undefined, field: string, m: Member) => {
  if (value && m.admissionDate && value < m.admissionDate)
    throw new AppError(400, 'LIFECYCLE_BEFORE_ADMISSION', {
      field,
      params: { date: displayDate(m.admissionDate) },
    });
};

async function memberOf(w: Writer, id: string): Promise<Member> {
  const row = await findMember(w.tx, id);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  return row;
}

/** "số 12-QĐ/ĐU ngày 01/02/2026 của Ban Thường vụ Đảng ủy": the reference the status event carries. */
function referenceOf(input: z.infer<typeof decisionBody>): string | undefined {
  if (!input.decisionNumber) return undefined;
  return [
    `Số ${input.decisionNumber}`,
    input.decisionDate ? `ngày ${shortDate(input.decisionDate)}` : null,
    input.issuingBody ? `của ${input.issuingBody}` : null,
  ]
    .filter(Boolean)
    .join(' ')
    .slice(0, 200);
}

/**
 * Records a decision and the status it brings, in the caller's transaction: the decision row, the dated status
 * event (members service, which also checks the record's version), one audit entry. Bad input names the field.
 */
export async function recordDecision(
  w: Writer,
  memberId: string,
  input: z.infer<typeof decisionBody>,
  today: string,
) {
  const member = await memberOf(w, memberId);
  const rule = decisionRules[input.kind];
  if (!rule.from.includes(member.status))
    throw new AppError(409, 'LIFECYCLE_STATUS', { field: 'kind', params: { status: member.status } });
  if (rule.needsNumber) {
    required(input.decisionNumber, 'decisionNumber');
    required(input.decisionDate, 'decisionDate');
  }
  if (rule.needsIssuer) required(input.issuingBody, 'issuingBody');
  if (rule.reasons) {
    required(input.reason, 'reason');
    if (input.reason && !rule.reasons.includes(input.reason))
      throw new AppError(400, 'LIFECYCLE_REASON', { field: 'reason' });
  }
  if (input.decisionNumber && !/\d/.test(input.decisionNumber))
    throw new AppError(400, 'LIFECYCLE_DECISION_NUMBER', { field: 'decisionNumber' });
  notFuture(input.effectiveOn, 'effectiveOn', today);
  notFuture(input.decisionDate, 'decisionDate', today);
  notBeforeAdmission(input.effectiveOn, 'effectiveOn', member);
  notBeforeAdmission(input.decisionDate, 'decisionDate', member);
  if (input.effectiveOn < member.statusSince)
    throw new AppError(400, 'LIFECYCLE_BEFORE_STATUS', {
      field: 'effectiveOn',
      params: { date: displayDate(member.statusSince) },
    });
  if (input.kind === 'death' && input.decisionDate && input.decisionDate < input.effectiveOn)
    throw new AppError(400, 'LIFECYCLE_NOTICE_BEFORE_DEATH', { field: 'decisionDate' });

  const [decision] = await w.tx
    .insert(memberDecisions)
    .values({
      memberId,
      kind: input.kind,
      effectiveOn: input.effectiveOn,
      decisionNumber: input.decisionNumber ?? null,
      decisionDate: input.decisionDate ?? null,
      issuingBody: input.issuingBody ?? null,
      reason: rule.reasons ? (input.reason ?? null) : null,
      note: input.note ?? null,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning();
  if (!decision) throw new Error('insert returned nothing');
  const after = await addStatusEvent(
    w,
    memberId,
    {
      status: rule.to,
      effectiveOn: input.effectiveOn,
      decisionRef: referenceOf(input),
      note: input.note,
      version: input.version,
    },
    today,
  );
  w.audit({
    action: `member.decision.${input.kind}`,
    entity: 'member_decision',
    entityId: decision.id,
    scopePath: after.unitPath,
    after: decision,
    reason: referenceOf(input) ?? input.note ?? null,
  });
  return decision;
}

export async function addGap(w: Writer, memberId: string, input: z.infer<typeof gapBody>, today: string) {
  const member = await memberOf(w, memberId);
  if (!member.admissionDate) throw new AppError(400, 'LIFECYCLE_NOT_ADMITTED', { field: 'fromDate' });
  notFuture(input.fromDate, 'fromDate', today);
  notFuture(input.toDate, 'toDate', today);
  notBeforeAdmission(input.fromDate, 'fromDate', member);
  if (input.toDate && input.toDate <= input.fromDate)
    throw new AppError(400, 'END_NOT_AFTER_START', {
      field: 'toDate',
      params: { start: displayDate(input.fromDate) },
    });
  const existing = (await gapsOf(w.tx, [memberId])).get(memberId) ?? [];
  const to = input.toDate ?? '9999-12-31';
  const clash = existing.find((g) => g.from < to && (g.to ?? '9999-12-31') > input.fromDate);
  if (clash)
    throw new AppError(409, 'LIFECYCLE_GAP_OVERLAP', {
      field: 'fromDate',
      params: { from: displayDate(clash.from), to: clash.to ? displayDate(clash.to) : '…' },
    });
  const [gap] = await w.tx
    .insert(memberPartyGaps)
    .values({
      memberId,
      fromDate: input.fromDate,
      toDate: input.toDate ?? null,
      reason: input.reason,
      note: input.note ?? null,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning();
  if (!gap) throw new Error('insert returned nothing');
  w.audit({
    action: 'member.party_gap_added',
    entity: 'member_party_gap',
    entityId: gap.id,
    scopePath: member.unitPath,
    after: gap,
  });
  return gap;
}

export async function gapById(w: Writer | { tx: Writer['tx'] }, id: string) {
  const [gap] = await w.tx.select().from(memberPartyGaps).where(eq(memberPartyGaps.id, id)).limit(1);
  return gap ?? null;
}

export async function removeGap(w: Writer, id: string) {
  const gap = await gapById(w, id);
  if (!gap) throw new AppError(404, 'NOT_FOUND');
  const member = await memberOf(w, gap.memberId);
  await w.tx.delete(memberPartyGaps).where(eq(memberPartyGaps.id, id));
  w.audit({
    action: 'member.party_gap_removed',
    entity: 'member_party_gap',
    entityId: gap.id,
    scopePath: member.unitPath,
    before: gap,
  });
}

export async function setIllness(
  w: Writer,
  memberId: string,
  input: z.infer<typeof illnessBody>,
  today: string,
) {
  const member = await memberOf(w, memberId);
  const [before] = await w.tx
    .select()
    .from(memberIllnessFlags)
    .where(eq(memberIllnessFlags.memberId, memberId))
    .for('update');
  if (!input.seriouslyIll) {
    if (before) await w.tx.delete(memberIllnessFlags).where(eq(memberIllnessFlags.memberId, memberId));
  } else {
    const since = input.since ?? today;
    notFuture(since, 'since', today);
    if (since < member.birthDate)
      throw new AppError(400, 'MEMBER_DATES', { field: 'since', params: { rule: 'status_after_birth' } });
    const values = {
      since,
      note: input.note ?? null,
      updatedBy: w.ctx.actor?.id ?? null,
      updatedAt: new Date(),
    };
    if (before)
      await w.tx.update(memberIllnessFlags).set(values).where(eq(memberIllnessFlags.memberId, memberId));
    else await w.tx.insert(memberIllnessFlags).values({ memberId, ...values });
  }
  w.audit({
    action: 'member.illness_flag',
    entity: 'member_illness',
    entityId: memberId,
    scopePath: member.unitPath,
    before: before ?? null,
    after: input.seriouslyIll ? { memberId, since: input.since ?? today, note: input.note ?? null } : null,
  });
}

/**
 * Records badges received on an award date. Each member must be due the badge on that date (the age reached,
 * or early for a seriously ill member) and not have it yet; the first problem names its row
 * (`awards.3.years`) and nothing is written.
 */
export async function recordAwards(
  w: Writer,
  input: z.infer<typeof recordAwardsBody>,
  members: ReadonlyMap<string, Member>,
  today: string,
) {
  notFuture(input.awardDate, 'awardDate', today);
  const ids = [...new Set(input.awards.map((a) => a.memberId))];
  const gaps = await gapsOf(w.tx, ids);
  const held = await w.tx
    .select({ memberId: badgeAwards.memberId, years: badgeAwards.years })
    .from(badgeAwards)
    .where(inArray(badgeAwards.memberId, ids));
  const ill = await w.tx
    .select({ memberId: memberIllnessFlags.memberId })
    .from(memberIllnessFlags)
    .where(inArray(memberIllnessFlags.memberId, ids));
  const illIds = new Set(ill.map((r) => r.memberId));
  const seen = new Set<string>();
  const rows: (typeof badgeAwards.$inferInsert)[] = [];
  for (const [index, award] of input.awards.entries()) {
    const member = members.get(award.memberId);
    if (!member?.admissionDate) throw new AppError(404, 'NOT_FOUND', { field: `awards.${index}.memberId` });
    const key = `${award.memberId}:${award.years}`;
    const awarded = held.filter((h) => h.memberId === award.memberId).map((h) => h.years);
    if (seen.has(key) || awarded.includes(award.years))
      throw new AppError(409, 'LIFECYCLE_BADGE_HELD', {
        field: `awards.${index}.years`,
        params: { name: member.fullName, years: award.years },
      });
    seen.add(key);
    const due = badgeDueOn(
      {
        id: member.id,
        admissionDate: member.admissionDate,
        gaps: gaps.get(member.id) ?? [],
        endedOn: member.status === 'deceased' ? member.statusSince : null,
        awarded: awarded.filter((y) => y < award.years),
        seriouslyIll: illIds.has(member.id),
      },
      input.awardDate,
    );
    if (!due || due.years < award.years)
      throw new AppError(400, 'LIFECYCLE_BADGE_NOT_DUE', {
        field: `awards.${index}.years`,
        params: { name: member.fullName, years: award.years, date: displayDate(input.awardDate) },
      });
    rows.push({
      memberId: member.id,
      years: award.years,
      awardDate: input.awardDate,
      decisionRef: input.decisionRef ?? null,
      early: due.years === award.years && due.early,
      createdBy: w.ctx.actor?.id ?? null,
    });
  }
  const inserted = await w.tx.insert(badgeAwards).values(rows).returning();
  for (const row of inserted) {
    const member = members.get(row.memberId);
    w.audit({
      action: 'member.badge_awarded',
      entity: 'badge_award',
      entityId: row.id,
      scopePath: member?.unitPath ?? '',
      after: row,
      reason: input.decisionRef ?? null,
    });
  }
  return inserted.length;
}

export const awardsOf = (w: { tx: Writer['tx'] }, memberIds: readonly string[]) =>
  memberIds.length === 0
    ? Promise.resolve([])
    : w.tx
        .select()
        .from(badgeAwards)
        .where(
          memberIds.length === 1
            ? eq(badgeAwards.memberId, memberIds[0] as string)
            : inArray(badgeAwards.memberId, [...memberIds]),
        );

export const illnessOf = (w: { tx: Writer['tx'] }, memberIds: readonly string[]) =>
  memberIds.length === 0
    ? Promise.resolve([])
    : w.tx
        .select()
        .from(memberIllnessFlags)
        .where(
          memberIds.length === 1
            ? eq(memberIllnessFlags.memberId, memberIds[0] as string)
            : inArray(memberIllnessFlags.memberId, [...memberIds]),
        );

export const decisionsOf = (w: { tx: Writer['tx'] }, memberId: string) =>
  w.tx
    .select()
    .from(memberDecisions)
    .where(and(eq(memberDecisions.memberId, memberId)));
