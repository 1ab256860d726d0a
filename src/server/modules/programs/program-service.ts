import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { createProgramBody, updateProgramBody } from '../../../contracts/programs';
import { type DuePeriod, dueDateOf } from '../../../domain/program-periods';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { type MeetingUnit, meetingUnit, unitBody } from '../org/meeting-units-read';
import type { ProgramRow } from './program-access';
import { workProgramItems, workPrograms } from './schema';

/** The bodies that keep a work program of their own (advisory boards do not). */
const programBodyKinds = [
  'executive_committee',
  'standing_committee',
  'inspection_commission',
  'cell_committee',
];

/** "Ban Thường vụ Đảng ủy" + "Đảng bộ Bộ Tư pháp" → "Ban Thường vụ Đảng ủy Bộ Tư pháp". */
export function holderName(unitName: string, bodyName: string | null): string {
  if (!bodyName) return unitName;
  const rest = unitName.replace(/^Đảng bộ\s+/u, '');
  return rest !== unitName ? `${bodyName} ${rest}` : `${bodyName} ${unitName}`;
}

export const defaultTitle = (year: number, holder: string) =>
  `Chương trình làm việc năm ${year} của ${holder}`;

/** The unit (and body) a program is for, checked: the body must be one of the unit's program bodies. */
export async function programHolder(tx: Tx, unitId: string, bodyId: string | null) {
  const unit = await meetingUnit(tx, unitId);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  if (unit.dissolvedOn) throw new AppError(400, 'PROGRAM_UNIT_DISSOLVED', { field: 'unitId' });
  if (!bodyId) return { unit, body: null };
  const body = await unitBody(tx, bodyId);
  if (!body || body.unitId !== unit.id || !programBodyKinds.includes(body.kind))
    throw new AppError(400, 'PROGRAM_BODY_NOT_OF_UNIT', { field: 'bodyId' });
  return { unit, body };
}

const holderCondition = (unitId: string, bodyId: string | null) =>
  and(
    eq(workPrograms.unitId, unitId),
    bodyId ? eq(workPrograms.bodyId, bodyId) : sql`${workPrograms.bodyId} is null`,
  );

export async function createProgram(
  w: Writer,
  unit: MeetingUnit,
  body: { id: string; name: string } | null,
  input: z.infer<typeof createProgramBody>,
): Promise<string> {
  const holder = holderName(unit.name, body?.name ?? null);
  // One program per holder and year: serialise creators of the same holder, then look.
  await w.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`program:${unit.id}:${body?.id ?? ''}`}))`);
  const [taken] = await w.tx
    .select({ id: workPrograms.id })
    .from(workPrograms)
    .where(and(holderCondition(unit.id, body?.id ?? null), eq(workPrograms.year, input.year)))
    .limit(1);
  if (taken)
    throw new AppError(409, 'PROGRAM_EXISTS', { field: 'year', params: { year: input.year, holder } });
  const previous = input.copyPrevious
    ? await previousProgram(w.tx, unit.id, body?.id ?? null, input.year)
    : null;
  const [row] = await w.tx
    .insert(workPrograms)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      bodyId: body?.id ?? null,
      year: input.year,
      title: input.title ?? defaultTitle(input.year, holder),
      note: input.note ?? null,
      createdBy: w.ctx.actor?.id ?? null,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  const copied = previous ? await copyItems(w.tx, previous.id, row.id, input.year) : 0;
  w.audit({
    action: 'program.created',
    entity: 'work_program',
    entityId: row.id,
    scopePath: unit.path,
    after: { ...row, copiedFrom: previous?.id ?? null, copiedItems: copied },
  });
  return row.id;
}

async function previousProgram(tx: Tx, unitId: string, bodyId: string | null, year: number) {
  const [row] = await tx
    .select({ id: workPrograms.id })
    .from(workPrograms)
    .where(and(holderCondition(unitId, bodyId), lt(workPrograms.year, year)))
    .orderBy(desc(workPrograms.year))
    .limit(1);
  if (!row) throw new AppError(400, 'PROGRAM_NO_PREVIOUS', { field: 'copyPrevious', params: { year } });
  return row;
}

/** Last year's items, planned again in the same month or quarter of the new year; documents are not carried. */
async function copyItems(tx: Tx, fromId: string, toId: string, year: number): Promise<number> {
  const items = await tx
    .select()
    .from(workProgramItems)
    .where(eq(workProgramItems.programId, fromId))
    .orderBy(workProgramItems.position);
  if (items.length === 0) return 0;
  await tx.insert(workProgramItems).values(
    items.map((i, n) => {
      const period: DuePeriod = i.dueMonth ? { month: i.dueMonth } : { quarter: i.dueQuarter as number };
      return {
        programId: toId,
        position: n + 1,
        kind: i.kind,
        documentType: i.documentType,
        title: i.title,
        dueMonth: i.dueMonth,
        dueQuarter: i.dueQuarter,
        dueOn: dueDateOf(year, period),
        responsibleBodyId: i.responsibleBodyId,
        responsibleMemberId: i.responsibleMemberId,
        responsibleText: i.responsibleText,
        note: i.note,
      };
    }),
  );
  return items.length;
}

export async function updateProgram(w: Writer, before: ProgramRow, input: z.infer<typeof updateProgramBody>) {
  const [after] = await w.tx
    .update(workPrograms)
    .set({
      title: input.title ?? before.title,
      note: input.note !== undefined ? input.note : before.note,
      version: before.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(workPrograms.id, before.id))
    .returning();
  w.audit({
    action: 'program.updated',
    entity: 'work_program',
    entityId: before.id,
    scopePath: before.unitPath,
    before,
    after,
  });
}

/** A program goes only while nothing of it is done (what was done stays on record). */
export async function deleteProgram(w: Writer, program: ProgramRow) {
  const [done] = await w.tx
    .select({ id: workProgramItems.id })
    .from(workProgramItems)
    .where(and(eq(workProgramItems.programId, program.id), eq(workProgramItems.status, 'done')))
    .limit(1);
  if (done) throw new AppError(409, 'PROGRAM_HAS_DONE_ITEMS');
  const items = await w.tx
    .delete(workProgramItems)
    .where(eq(workProgramItems.programId, program.id))
    .returning();
  await w.tx.delete(workPrograms).where(eq(workPrograms.id, program.id));
  w.audit({
    action: 'program.deleted',
    entity: 'work_program',
    entityId: program.id,
    scopePath: program.unitPath,
    before: { ...program, items: items.length },
  });
}
