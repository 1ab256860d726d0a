import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AdmissionStepBody, nominateBody, setTargetBody } from '../../../contracts/admission';
import {
  type AdmissionViolation,
  cellVotePassed,
  eligibilityViolations,
  type Introducer,
  introducerViolations,
  probationEnd,
} from '../../../domain/admission-rules';
import type { Tx } from '../../db/client';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { personFact, personFacts } from '../members/for-admission';
import { addStatusEvent, createMember } from '../members/service';
import type { MemberAccess } from '../members/visibility';
import { displayDate } from '../org/calendar';
import { admissionCases, admissionIntroducers, admissionTargets } from './schema';

type CaseRow = typeof admissionCases.$inferSelect;

const dateParams = (params: Record<string, string | number> | undefined) =>
  Object.fromEntries(
    Object.entries(params ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? displayDate(v) : v,
    ]),
  );

const fail = (v: AdmissionViolation): never => {
  throw new AppError(400, v.code, { field: v.field, params: dateParams(v.params) });
};

async function lockCase(tx: Tx, id: string, version: number): Promise<CaseRow> {
  const [row] = await tx
    .select()
    .from(admissionCases)
    .where(eq(admissionCases.id, id))
    .for('update')
    .limit(1);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (row.version !== version) throw staleVersion();
  return row;
}

function notFuture(date: string, field: string, today: string) {
  if (date > today)
    throw new AppError(400, 'ADMISSION_DATE_IN_FUTURE', { field, params: { today: displayDate(today) } });
}

/** `date` must not be before `after` (the step it follows). */
function notBefore(date: string, field: string, after: string | null, step: string) {
  if (after && date < after)
    throw new AppError(400, 'ADMISSION_STEP_ORDER', { field, params: { after: displayDate(after), step } });
}

/** Puts the person into the register as a candidate of the cell and opens the case. */
export async function nominate(
  w: Writer,
  access: MemberAccess,
  input: z.infer<typeof nominateBody>,
  today: string,
): Promise<CaseRow> {
  notFuture(input.nominatedOn, 'nominatedOn', today);
  if (input.nominatedOn < input.birthDate)
    throw new AppError(400, 'ADMISSION_STEP_ORDER', {
      field: 'nominatedOn',
      params: { after: displayDate(input.birthDate), step: 'birthDate' },
    });
  const { nominatedOn, ...person } = input;
  const member = await createMember(
    w,
    access,
    { ...person, status: 'candidate', statusSince: nominatedOn },
    today,
  );
  const [created] = await w.tx
    .insert(admissionCases)
    .values({ memberId: member.id, nominatedOn })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  w.audit({
    action: 'admission.nominated',
    entity: 'admission_case',
    entityId: created.id,
    scopePath: member.unitPath,
    after: created,
  });
  return created;
}

/** Opens a case for someone already in the register as a candidate, without an open case. */
export async function openCase(
  w: Writer,
  input: { memberId: string; nominatedOn: string },
  today: string,
): Promise<CaseRow> {
  const person = await personFact(w.tx, input.memberId);
  if (!person) throw new AppError(404, 'NOT_FOUND', { field: 'memberId' });
  if (person.status !== 'candidate')
    throw new AppError(400, 'ADMISSION_NOT_CANDIDATE', { field: 'memberId' });
  notFuture(input.nominatedOn, 'nominatedOn', today);
  notBefore(input.nominatedOn, 'nominatedOn', person.birthDate, 'birthDate');
  const [created] = await w.tx
    .insert(admissionCases)
    .values({ memberId: person.id, nominatedOn: input.nominatedOn })
    .onConflictDoNothing()
    .returning();
  if (!created) throw new AppError(409, 'ADMISSION_CASE_OPEN', { field: 'memberId' });
  w.audit({
    action: 'admission.opened',
    entity: 'admission_case',
    entityId: created.id,
    scopePath: person.unitPath,
    after: created,
  });
  return created;
}

/** The introducers as the rules see them on a date: official members then, and how long they knew the person. */
async function introducersOn(
  tx: Tx,
  list: readonly { memberId: string; knownSince: string }[],
  onDate: string,
): Promise<Introducer[]> {
  const facts = await personFacts(
    tx,
    list.map((i) => i.memberId),
  );
  return list.map((i) => {
    const f = facts.get(i.memberId);
    return {
      memberId: i.memberId,
      name: f?.fullName ?? '',
      officialOnVote: f?.status === 'official' && f.officialDate !== null && f.officialDate <= onDate,
      knownSince: i.knownSince,
    };
  });
}

async function storedIntroducers(tx: Tx, caseId: string) {
  return tx
    .select({ memberId: admissionIntroducers.memberId, knownSince: admissionIntroducers.knownSince })
    .from(admissionIntroducers)
    .where(eq(admissionIntroducers.caseId, caseId))
    .orderBy(admissionIntroducers.position);
}

export interface StepContext {
  today: string;
  /** May the user name this member (as an introducer)? Outside what they read it does not exist. */
  canSee: (unitPath: string) => boolean;
}

/**
 * Records one dated step of a case. Each step checks the rules at its date and its order against the
 * steps before; nothing is written when a check fails.
 */
export async function recordStep(
  w: Writer,
  id: string,
  input: AdmissionStepBody,
  { today, canSee }: StepContext,
): Promise<CaseRow> {
  const before = await lockCase(w.tx, id, input.version);
  const person = await personFact(w.tx, before.memberId);
  if (!person) throw new AppError(404, 'NOT_FOUND');
  if (!before.open) throw new AppError(409, 'ADMISSION_CASE_CLOSED', { field: 'step' });
  const preVote = input.step === 'course' || input.step === 'introducers' || input.step === 'verification';
  if (preVote && before.cellVoteDate)
    throw new AppError(409, 'ADMISSION_STEP_DONE', {
      field: 'step',
      params: { date: displayDate(before.cellVoteDate) },
    });
  let patch: Partial<CaseRow> = {};
  const after = async (): Promise<CaseRow> => {
    const [row] = await w.tx
      .update(admissionCases)
      .set({ ...patch, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(admissionCases.id, id), eq(admissionCases.version, before.version)))
      .returning();
    if (!row) throw staleVersion();
    return row;
  };

  switch (input.step) {
    case 'course': {
      notFuture(input.courseDate, 'courseDate', today);
      notBefore(input.courseDate, 'courseDate', before.nominatedOn, 'nominatedOn');
      patch = { courseDate: input.courseDate, courseCertificate: input.courseCertificate };
      break;
    }
    case 'introducers': {
      notFuture(input.introducersOn, 'introducersOn', today);
      notBefore(input.introducersOn, 'introducersOn', before.nominatedOn, 'nominatedOn');
      const ids = input.introducers.map((i) => i.memberId);
      const facts = await personFacts(w.tx, ids);
      input.introducers.forEach((intro, index) => {
        const f = facts.get(intro.memberId);
        if (!f || !canSee(f.unitPath))
          throw new AppError(404, 'NOT_FOUND', { field: `introducers.${index}.memberId` });
        if (intro.memberId === before.memberId || ids.indexOf(intro.memberId) !== index)
          throw new AppError(400, 'ADMISSION_INTRODUCER_DUPLICATE', {
            field: `introducers.${index}.memberId`,
          });
        notFuture(intro.knownSince, `introducers.${index}.knownSince`, today);
      });
      const found = introducerViolations(
        await introducersOn(w.tx, input.introducers, input.introducersOn),
        input.youthUnionIntroduced,
        input.introducersOn,
      );
      if (found[0]) fail({ ...found[0], params: { ...found[0].params, date: input.introducersOn } });
      await w.tx.delete(admissionIntroducers).where(eq(admissionIntroducers.caseId, id));
      await w.tx
        .insert(admissionIntroducers)
        .values(input.introducers.map((i, position) => ({ caseId: id, ...i, position })));
      patch = { introducersOn: input.introducersOn, youthUnionIntroduced: input.youthUnionIntroduced };
      break;
    }
    case 'verification': {
      notFuture(input.verificationDate, 'verificationDate', today);
      notBefore(input.verificationDate, 'verificationDate', before.nominatedOn, 'nominatedOn');
      patch = {
        verificationDate: input.verificationDate,
        verificationResult: input.verificationResult,
        verificationNote: input.verificationNote ?? null,
      };
      break;
    }
    case 'cell_vote': {
      if (before.cellVoteDate)
        throw new AppError(409, 'ADMISSION_STEP_DONE', {
          field: 'step',
          params: { date: displayDate(before.cellVoteDate) },
        });
      notFuture(input.cellVoteDate, 'cellVoteDate', today);
      if (input.votesFor > input.votesTotal)
        throw new AppError(400, 'ADMISSION_VOTES', {
          field: 'votesFor',
          params: { total: input.votesTotal },
        });
      if (!before.introducersOn) fail({ code: 'ADMISSION_STEP_MISSING', field: 'introducers' });
      notBefore(input.cellVoteDate, 'cellVoteDate', before.introducersOn, 'introducersOn');
      const introducers = await introducersOn(w.tx, await storedIntroducers(w.tx, id), input.cellVoteDate);
      const found = eligibilityViolations({
        voteDate: input.cellVoteDate,
        birthDate: person.birthDate,
        generalEducation: person.generalEducation,
        youthUnionIntroduced: before.youthUnionIntroduced,
        introducers,
        courseDate: before.courseDate,
        verificationDate: before.verificationDate,
        verificationResult: before.verificationResult,
      });
      if (found[0]) fail({ ...found[0], params: { ...found[0].params, date: input.cellVoteDate } });
      const passed = cellVotePassed(input.votesFor, input.votesTotal, input.cellVoteDate);
      patch = {
        cellVoteDate: input.cellVoteDate,
        votesFor: input.votesFor,
        votesTotal: input.votesTotal,
        cellVoteResult: passed ? 'passed' : 'failed',
        ...(passed ? {} : { open: false, closedOn: input.cellVoteDate, closedReason: 'cell_vote_failed' }),
      };
      break;
    }
    case 'decision': {
      if (before.cellVoteResult !== 'passed') fail({ code: 'ADMISSION_STEP_MISSING', field: 'cellVoteDate' });
      if (before.decisionDate)
        throw new AppError(409, 'ADMISSION_STEP_DONE', {
          field: 'step',
          params: { date: displayDate(before.decisionDate) },
        });
      notFuture(input.decisionDate, 'decisionDate', today);
      notBefore(input.decisionDate, 'decisionDate', before.cellVoteDate, 'cellVoteDate');
      // The register dates admission from the decision: it must not precede the candidate status it replaces.
      notBefore(input.decisionDate, 'decisionDate', person.statusSince, 'statusSince');
      patch = { decisionNumber: input.decisionNumber, decisionDate: input.decisionDate };
      break;
    }
    case 'ceremony': {
      if (!before.decisionDate) fail({ code: 'ADMISSION_STEP_MISSING', field: 'decisionDate' });
      if (before.ceremonyDate)
        throw new AppError(409, 'ADMISSION_STEP_DONE', {
          field: 'step',
          params: { date: displayDate(before.ceremonyDate) },
        });
      notFuture(input.ceremonyDate, 'ceremonyDate', today);
      notBefore(input.ceremonyDate, 'ceremonyDate', before.decisionDate, 'decisionDate');
      // Admitted from the decision date: the register's record becomes probationary then.
      await addStatusEvent(
        w,
        person.id,
        {
          status: 'probationary',
          effectiveOn: before.decisionDate as string,
          decisionRef: before.decisionNumber ?? undefined,
          note: `Kết nạp ngày ${displayDate(input.ceremonyDate)}`,
          version: person.version,
        },
        today,
      );
      patch = { ceremonyDate: input.ceremonyDate };
      break;
    }
    case 'official_vote': {
      if (!before.ceremonyDate) fail({ code: 'ADMISSION_STEP_MISSING', field: 'ceremonyDate' });
      const ends = probationEnd(before.ceremonyDate as string);
      notFuture(input.officialVoteDate, 'officialVoteDate', today);
      if (input.officialVoteDate < ends)
        throw new AppError(400, 'ADMISSION_PROBATION_NOT_OVER', {
          field: 'officialVoteDate',
          params: { date: displayDate(ends) },
        });
      const admitted = input.officialVoteResult === 'admitted';
      // Official from the end of probation even when the vote is late (Charter Art. 5).
      await addStatusEvent(
        w,
        person.id,
        {
          status: admitted ? 'official' : 'removed',
          effectiveOn: admitted ? ends : input.officialVoteDate,
          note: admitted
            ? `Chi bộ xét công nhận chính thức ngày ${displayDate(input.officialVoteDate)}`
            : `Chi bộ không công nhận chính thức ngày ${displayDate(input.officialVoteDate)}`,
          version: person.version,
        },
        today,
      );
      patch = {
        officialVoteDate: input.officialVoteDate,
        officialVoteResult: input.officialVoteResult,
        officialDate: admitted ? ends : null,
        open: false,
      };
      break;
    }
    case 'close': {
      if (before.ceremonyDate) throw new AppError(409, 'ADMISSION_CLOSE_AFTER_CEREMONY', { field: 'step' });
      notFuture(input.closedOn, 'closedOn', today);
      notBefore(input.closedOn, 'closedOn', before.nominatedOn, 'nominatedOn');
      patch = { closedOn: input.closedOn, closedReason: input.closedReason, open: false };
      break;
    }
  }
  const row = await after();
  const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof CaseRow]]));
  w.audit({
    action: `admission.${input.step}`,
    entity: 'admission_case',
    entityId: id,
    scopePath: person.unitPath,
    before: changed,
    after: patch,
  });
  return row;
}

/** Sets a cell's target for a year (new: no version; change: the row's version). */
export async function setTarget(
  w: Writer,
  input: z.infer<typeof setTargetBody>,
  unitPath: string,
): Promise<void> {
  const [existing] = await w.tx
    .select()
    .from(admissionTargets)
    .where(and(eq(admissionTargets.unitId, input.unitId), eq(admissionTargets.year, input.year)))
    .for('update');
  if (existing && existing.version !== input.version) throw staleVersion();
  if (!existing && input.version !== undefined) throw staleVersion();
  const actor = w.ctx.actor?.id ?? null;
  if (existing)
    await w.tx
      .update(admissionTargets)
      .set({
        target: input.target,
        version: sql`${admissionTargets.version} + 1`,
        updatedBy: actor,
        updatedAt: new Date(),
      })
      .where(and(eq(admissionTargets.unitId, input.unitId), eq(admissionTargets.year, input.year)));
  else
    await w.tx
      .insert(admissionTargets)
      .values({ unitId: input.unitId, year: input.year, target: input.target, updatedBy: actor })
      .onConflictDoNothing()
      .returning()
      .then((rows) => {
        if (rows.length === 0) throw staleVersion();
      });
  w.audit({
    action: 'admission.target_set',
    entity: 'admission_target',
    entityId: input.unitId,
    scopePath: unitPath,
    before: existing ? { year: existing.year, target: existing.target } : null,
    after: { year: input.year, target: input.target },
  });
}
