import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { UnitKind } from '../../../contracts/units';
import { textSortKey } from '../../../domain/name-sort';
import { canContain, unitKindLabels } from '../../../domain/org-kinds';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { todayIso } from './calendar';
import {
  assertActive,
  assertNotFuture,
  assertPlacedBy,
  assertVersion,
  lockUnit,
  recordEvent,
  type UnitRecord,
} from './guards';
import { units } from './schema';
import { correctOpenVersion, openFirstVersion } from './versions';

export const pathLabel = (id: string) => `u${id.replaceAll('-', '')}`;

export interface NewUnit {
  parentId: string | null;
  kind: UnitKind;
  name: string;
  code: string;
  /** The founding date (default today). */
  effectiveOn?: string;
  decisionRef?: string;
}

export function assertKindFits(w: Writer, parent: UnitRecord, kind: UnitKind, field: string): void {
  if (!canContain(parent.kind, kind)) {
    throw new AppError(400, 'UNIT_KIND_NOT_ALLOWED', {
      field,
      params: {
        child: unitKindLabels[kind][w.ctx.locale],
        parent: unitKindLabels[parent.kind][w.ctx.locale],
      },
    });
  }
}

/** Founds a unit: its row, its first dated version and a 'created' event. */
export async function createUnit(w: Writer, input: NewUnit): Promise<UnitRecord> {
  const foundedOn = input.effectiveOn ?? todayIso();
  assertNotFuture(foundedOn);
  const id = randomUUID();
  let path = pathLabel(id);
  let level = 1;
  let parent: UnitRecord | null = null;
  if (input.parentId) {
    parent = await lockUnit(w.tx, input.parentId, 'parentId');
    assertActive(parent, 'parentId');
    assertKindFits(w, parent, input.kind, 'kind');
    await assertPlacedBy(w.tx, parent, foundedOn);
    path = `${parent.path}.${path}`;
    level = parent.level + 1;
  }
  const [created] = await w.tx
    .insert(units)
    .values({
      id,
      parentId: parent?.id ?? null,
      kind: input.kind,
      name: input.name,
      sortKey: textSortKey(input.name),
      code: input.code,
      path,
      level,
      foundedOn,
    })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  await openFirstVersion(w.tx, id, foundedOn);
  await recordEvent(
    w,
    id,
    'created',
    { effectiveOn: foundedOn, decisionRef: input.decisionRef },
    { name: input.name, code: input.code, parentId: parent?.id ?? null, parentName: parent?.name ?? null },
  );
  w.audit({ action: 'unit.created', entity: 'unit', entityId: id, scopePath: path, after: created });
  return created;
}

/** Corrects a typo in the name or code: no dated event, the current version is corrected with it. */
export async function updateUnit(
  w: Writer,
  id: string,
  input: { name?: string; code?: string; version: number; reason?: string },
): Promise<UnitRecord> {
  const before = await lockUnit(w.tx, id);
  assertVersion(before, input.version);
  assertActive(before);
  const name = input.name ?? before.name;
  const [after] = await w.tx
    .update(units)
    .set({
      name,
      sortKey: textSortKey(name),
      code: input.code ?? before.code,
      version: sql`${units.version} + 1`,
    })
    .where(eq(units.id, id))
    .returning();
  if (!after) throw new Error('update returned nothing');
  await correctOpenVersion(w.tx, id);
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
