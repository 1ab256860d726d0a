import { asc, desc, eq, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { ratingScaleBody } from '../../../contracts/meetings';
import { meetingRuleSetOn, meetingRuleSets } from '../../../domain/meeting-rules';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { meetingRatingScales } from './schema';

export interface RatingLevel {
  key: string;
  label: string;
}

/** Vietnamese names of the rule sets' levels (the administrator's own scales carry their labels). */
const ruleLabels: Record<string, string> = { tot: 'Tốt', kha: 'Khá', trung_binh: 'Trung bình', kem: 'Kém' };

const ruleScale = (date: string): RatingLevel[] =>
  meetingRuleSetOn(date).ratingScale.map((key) => ({ key, label: ruleLabels[key] ?? key }));

/** The scale in force on a date: the administrator's latest one from before it, else the rule set's. */
export async function ratingScaleOn(tx: Tx, date: string): Promise<RatingLevel[]> {
  const [set] = await tx
    .select({ levels: meetingRatingScales.levels })
    .from(meetingRatingScales)
    .where(lte(meetingRatingScales.effectiveFrom, date))
    .orderBy(desc(meetingRatingScales.effectiveFrom))
    .limit(1);
  return set?.levels ?? ruleScale(date);
}

/** The rule sets' scales and the administrator's, by date. */
export async function listRatingScales(tx: Tx) {
  const custom = await tx.select().from(meetingRatingScales).orderBy(asc(meetingRatingScales.effectiveFrom));
  const fromRules = meetingRuleSets.map((set) => ({
    id: null,
    effectiveFrom: set.effectiveFrom,
    levels: ruleScale(set.effectiveFrom),
    citation: set.citation,
  }));
  const own = custom.map((s) => ({
    id: s.id,
    effectiveFrom: s.effectiveFrom,
    levels: s.levels,
    citation: s.citation,
  }));
  return [...fromRules, ...own].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

export async function addRatingScale(w: Writer, input: z.infer<typeof ratingScaleBody>) {
  const keys = input.levels.map((l) => l.key);
  const repeated = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (repeated >= 0) throw new AppError(400, 'RATING_KEY_REPEATED', { field: `levels.${repeated}.key` });
  const [clash] = await w.tx
    .select({ id: meetingRatingScales.id })
    .from(meetingRatingScales)
    .where(eq(meetingRatingScales.effectiveFrom, input.effectiveFrom))
    .limit(1);
  if (clash) throw new AppError(409, 'RATING_SCALE_EXISTS', { field: 'effectiveFrom' });
  const [row] = await w.tx
    .insert(meetingRatingScales)
    .values({ effectiveFrom: input.effectiveFrom, levels: input.levels, citation: input.citation ?? null })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  w.audit({
    action: 'meeting.rating_scale_added',
    entity: 'meeting_rating_scale',
    entityId: row.id,
    after: row,
  });
  return row;
}

export async function deleteRatingScale(w: Writer, id: string) {
  const [row] = await w.tx.delete(meetingRatingScales).where(eq(meetingRatingScales.id, id)).returning();
  if (!row) throw new AppError(404, 'NOT_FOUND');
  w.audit({
    action: 'meeting.rating_scale_deleted',
    entity: 'meeting_rating_scale',
    entityId: id,
    before: row,
  });
}
