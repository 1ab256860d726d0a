import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { UnitKind } from '../../../contracts/units';
import { canContain, unitKindLabels } from '../../../domain/org-kinds';
import type { Tx } from '../../db/client';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { units } from './schema';

export const pathLabel = (id: string) => `u${id.replaceAll('-', '')}`;

export interface NewUnit {
  parentId: string | null;
  kind: UnitKind;
  name: string;
  code: string;
}

export async function createUnit(w: Writer, input: NewUnit) {
  let path: string;
  let level: number;
  const id = randomUUID();
  if (input.parentId) {
    const [parent] = await w.tx.select().from(units).where(eq(units.id, input.parentId)).limit(1);
    if (!parent) throw new AppError(404, 'NOT_FOUND', { field: 'parentId' });
    if (!canContain(parent.kind, input.kind)) {
      throw new AppError(400, 'UNIT_KIND_NOT_ALLOWED', {
        field: 'kind',
        params: {
          child: unitKindLabels[input.kind][w.ctx.locale],
          parent: unitKindLabels[parent.kind][w.ctx.locale],
        },
      });
    }
    path = `${parent.path}.${pathLabel(id)}`;
    level = parent.level + 1;
  } else {
    path = pathLabel(id);
    level = 1;
  }
  const [created] = await w.tx
    .insert(units)
    .values({
      id,
      parentId: input.parentId,
      kind: input.kind,
      name: input.name,
      code: input.code,
      path,
      level,
    })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  w.audit({ action: 'unit.created', entity: 'unit', entityId: id, scopePath: path, after: created });
  return created;
}

export async function updateUnit(
  w: Writer,
  id: string,
  input: { name?: string; code?: string; version: number; reason?: string },
) {
  const [before] = await w.tx.select().from(units).where(eq(units.id, id)).limit(1);
  if (!before) throw new AppError(404, 'NOT_FOUND');
  const [after] = await w.tx
    .update(units)
    .set({ name: input.name ?? before.name, code: input.code ?? before.code, version: before.version + 1 })
    .where(and(eq(units.id, id), eq(units.version, input.version)))
    .returning();
  if (!after) throw staleVersion();
  w.audit({
    action: 'unit.updated',
    entity: 'unit',
    entityId: id,
    scopePath: before.path,
    before,
    after,
    reason: input.reason,
  });
  return after;
}

export async function unitPath(tx: Tx, id: string): Promise<string | null> {
  const [row] = await tx.select({ path: units.path }).from(units).where(eq(units.id, id)).limit(1);
  return row?.path ?? null;
}
