import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { BodyKind, PositionTitle } from '../../../contracts/units';
import { unitKindLabels } from '../../../domain/org-kinds';
import { fold } from '../../../domain/text';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { membersInSubtree } from '../members/counts';
import { addDays, displayDate, todayIso } from './calendar';
import { assertActive, lockUnit } from './guards';
import {
  bodyKindLabels,
  defaultBodyNames,
  positionTitleLabels,
  singleBodyKind,
  termLabel,
  titleAllowed,
  unitMayHaveBody,
} from './rules';
import { positions, unitBodies, unitTerms } from './schema';

/** Terms, bodies and office holders of a unit: each call is one use case inside the caller's transaction. */

export async function createTerm(
  w: Writer,
  unitId: string,
  input: { startsOn: string; endsOn: string; label?: string; nextCongressDueOn?: string },
) {
  const unit = await lockUnit(w.tx, unitId);
  assertActive(unit);
  if (input.endsOn <= input.startsOn) {
    throw new AppError(400, 'END_NOT_AFTER_START', {
      field: 'endsOn',
      params: { start: displayDate(input.startsOn) },
    });
  }
  if (input.nextCongressDueOn !== undefined && input.nextCongressDueOn <= input.startsOn) {
    throw new AppError(400, 'END_NOT_AFTER_START', {
      field: 'nextCongressDueOn',
      params: { start: displayDate(input.startsOn) },
    });
  }
  // Consecutive terms may share the congress day: the old term ends the day the new one begins.
  const [overlapping] = await w.tx
    .select()
    .from(unitTerms)
    .where(
      and(
        eq(unitTerms.unitId, unitId),
        sql`${unitTerms.startsOn} < ${input.endsOn}::date and ${unitTerms.endsOn} > ${input.startsOn}::date`,
      ),
    )
    .limit(1);
  if (overlapping) {
    throw new AppError(409, 'TERM_OVERLAPS', {
      field: 'startsOn',
      params: {
        label: overlapping.label,
        from: displayDate(overlapping.startsOn),
        to: displayDate(overlapping.endsOn),
      },
    });
  }
  const [created] = await w.tx
    .insert(unitTerms)
    .values({
      unitId,
      label: input.label ?? termLabel(input.startsOn, input.endsOn),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      nextCongressDueOn: input.nextCongressDueOn ?? input.endsOn,
    })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  w.audit({
    action: 'term.created',
    entity: 'term',
    entityId: created.id,
    scopePath: unit.path,
    after: created,
  });
  return created;
}

export async function createBody(w: Writer, unitId: string, input: { kind: BodyKind; name?: string }) {
  const unit = await lockUnit(w.tx, unitId);
  assertActive(unit);
  const locale = w.ctx.locale;
  if (!unitMayHaveBody(unit.kind, input.kind)) {
    throw new AppError(400, 'BODY_KIND_NOT_ALLOWED', {
      field: 'kind',
      params: { body: bodyKindLabels[input.kind][locale], unit: unitKindLabels[unit.kind][locale] },
    });
  }
  const name = input.name ?? defaultBodyNames[input.kind];
  if (!name) throw new AppError(400, 'BODY_NAME_REQUIRED', { field: 'name' });
  const existing = await w.tx.select().from(unitBodies).where(eq(unitBodies.unitId, unitId));
  const twin = existing.find((b) =>
    singleBodyKind(input.kind) ? b.kind === input.kind : fold(b.name) === fold(name),
  );
  if (twin) {
    throw new AppError(409, 'BODY_EXISTS', {
      field: singleBodyKind(input.kind) ? 'kind' : 'name',
      params: { unit: unit.name, name: twin.name },
    });
  }
  const [created] = await w.tx.insert(unitBodies).values({ unitId, kind: input.kind, name }).returning();
  if (!created) throw new Error('insert returned nothing');
  w.audit({
    action: 'body.created',
    entity: 'body',
    entityId: created.id,
    scopePath: unit.path,
    after: created,
  });
  return created;
}

export interface NewPosition {
  memberId: string;
  title: PositionTitle;
  bodyId?: string;
  termId?: string;
  startsOn: string;
  endsOn?: string;
  decisionRef?: string;
}

export async function createPosition(w: Writer, unitId: string, input: NewPosition) {
  const unit = await lockUnit(w.tx, unitId);
  assertActive(unit);
  const locale = w.ctx.locale;
  const inside = await membersInSubtree(w.tx, unit.path, [input.memberId]);
  if (!inside.has(input.memberId)) {
    throw new AppError(400, 'POSITION_MEMBER_OUTSIDE', { field: 'memberId', params: { unit: unit.name } });
  }
  let bodyKind: BodyKind | null = null;
  if (input.bodyId) {
    const [body] = await w.tx
      .select()
      .from(unitBodies)
      .where(and(eq(unitBodies.id, input.bodyId), eq(unitBodies.unitId, unitId)));
    if (!body) throw new AppError(400, 'NOT_OF_UNIT', { field: 'bodyId', params: { unit: unit.name } });
    bodyKind = body.kind;
  }
  if (!titleAllowed(bodyKind, input.title)) {
    throw new AppError(400, 'POSITION_TITLE_NOT_ALLOWED', {
      field: 'title',
      params: {
        title: positionTitleLabels[input.title][locale],
        body: bodyKind ? bodyKindLabels[bodyKind][locale] : unit.name,
      },
    });
  }
  if (input.termId) {
    const [term] = await w.tx
      .select()
      .from(unitTerms)
      .where(and(eq(unitTerms.id, input.termId), eq(unitTerms.unitId, unitId)));
    if (!term) throw new AppError(400, 'NOT_OF_UNIT', { field: 'termId', params: { unit: unit.name } });
    if (input.startsOn < term.startsOn || input.startsOn > term.endsOn) {
      throw new AppError(400, 'POSITION_OUTSIDE_TERM', {
        field: 'startsOn',
        params: { term: term.label, from: displayDate(term.startsOn), to: displayDate(term.endsOn) },
      });
    }
  }
  if (input.endsOn !== undefined && input.endsOn < input.startsOn) {
    throw new AppError(400, 'END_BEFORE_START', {
      field: 'endsOn',
      params: { start: displayDate(input.startsOn) },
    });
  }
  const [created] = await w.tx
    .insert(positions)
    .values({
      unitId,
      bodyId: input.bodyId ?? null,
      termId: input.termId ?? null,
      memberId: input.memberId,
      title: input.title,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      decisionRef: input.decisionRef ?? null,
    })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  w.audit({
    action: 'position.created',
    entity: 'position',
    entityId: created.id,
    scopePath: unit.path,
    after: created,
  });
  return created;
}

export async function endPosition(
  w: Writer,
  positionId: string,
  scopePath: string,
  input: { endsOn: string; version: number; reason?: string },
) {
  const [before] = await w.tx.select().from(positions).where(eq(positions.id, positionId)).for('update');
  if (!before) throw new AppError(404, 'NOT_FOUND');
  if (before.version !== input.version) throw staleVersion();
  if (before.endsOn !== null && before.endsOn < todayIso()) {
    throw new AppError(409, 'POSITION_ENDED', { params: { date: displayDate(before.endsOn) } });
  }
  if (input.endsOn < before.startsOn) {
    throw new AppError(400, 'END_BEFORE_START', {
      field: 'endsOn',
      params: { start: displayDate(before.startsOn) },
    });
  }
  const [after] = await w.tx
    .update(positions)
    .set({ endsOn: input.endsOn, version: sql`${positions.version} + 1` })
    .where(eq(positions.id, positionId))
    .returning();
  if (!after) throw new Error('update returned nothing');
  w.audit({
    action: 'position.ended',
    entity: 'position',
    entityId: positionId,
    scopePath,
    before,
    after,
    reason: input.reason,
  });
  return after;
}

/**
 * A unit ceased on `effectiveOn` (dissolved or merged): offices still open in it end the day before.
 * Returns how many ended.
 */
export async function endOpenPositions(w: Writer, unitId: string, effectiveOn: string): Promise<number> {
  const lastDay = addDays(effectiveOn, -1);
  const ended = await w.tx
    .update(positions)
    .set({
      endsOn: sql`greatest(${positions.startsOn}, ${lastDay}::date)`,
      version: sql`${positions.version} + 1`,
    })
    .where(
      and(eq(positions.unitId, unitId), or(isNull(positions.endsOn), gte(positions.endsOn, effectiveOn))),
    )
    .returning({ id: positions.id });
  return ended.length;
}
