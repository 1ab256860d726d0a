import { and, eq, isNull, sql } from 'drizzle-orm';
import { textSortKey } from '../../../domain/name-sort';
import { AppError } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { repathDocuments } from '../documents/org-hooks';
import { activeMemberCount } from '../members/counts';
import { moveAllMembers, repathMembers } from '../members/org-hooks';
import { repathPrograms } from '../programs/org-hooks';
import { repathReports } from '../reports/org-hooks';
import { displayDate } from './calendar';
import {
  assertActive,
  assertAfterRecorded,
  assertNotFuture,
  assertPlacedBy,
  assertVersion,
  type Decision,
  lockUnit,
  recordEvent,
  type UnitRecord,
} from './guards';
import { endOpenPositions } from './offices';
import { units } from './schema';
import { assertKindFits } from './service';
import { closeVersion, startNewVersions } from './versions';

/**
 * Dated changes of the tree (rename, move, merge, dissolve). Each runs in the caller's transaction, checks
 * everything before it writes, and leaves the unit's dated versions, an event and an audit entry.
 */

interface Change extends Decision {
  version: number;
}

const subtreeOf = (path: string) => sql`u.path <@ ${path}::ltree`;
const unitOnly = (id: string) => sql`u.id = ${id}::uuid`;

/** Loads the unit a change is about and checks what every dated change requires. */
async function unitForChange(w: Writer, id: string, change: Change): Promise<UnitRecord> {
  const unit = await lockUnit(w.tx, id);
  assertVersion(unit, change.version);
  assertActive(unit);
  assertNotFuture(change.effectiveOn);
  return unit;
}

async function bumpVersion(w: Writer, id: string, set: Partial<typeof units.$inferInsert> = {}) {
  const [after] = await w.tx
    .update(units)
    .set({ ...set, version: sql`${units.version} + 1` })
    .where(eq(units.id, id))
    .returning();
  if (!after) throw new Error('update returned nothing');
  return after;
}

export async function renameUnit(
  w: Writer,
  id: string,
  input: Change & { name: string; code?: string },
): Promise<UnitRecord> {
  const before = await unitForChange(w, id, input);
  const code = input.code ?? before.code;
  if (input.name === before.name && code === before.code) {
    throw new AppError(400, 'UNIT_NOTHING_CHANGES', { field: 'name' });
  }
  await assertAfterRecorded(w.tx, unitOnly(id), input.effectiveOn);
  const after = await bumpVersion(w, id, { name: input.name, sortKey: textSortKey(input.name), code });
  await startNewVersions(w.tx, unitOnly(id), input.effectiveOn);
  await recordEvent(w, id, 'renamed', input, {
    oldName: before.name,
    newName: after.name,
    oldCode: before.code,
    newCode: after.code,
  });
  w.audit({ action: 'unit.renamed', entity: 'unit', entityId: id, scopePath: after.path, before, after });
  return after;
}

/**
 * Puts a unit and its whole subtree under a new parent from `effectiveOn`: paths and levels are rewritten in
 * one statement, every unit of the subtree starts a new version, and members follow their units.
 */
async function relocate(w: Writer, unit: UnitRecord, parent: UnitRecord, effectiveOn: string) {
  const oldPath = unit.path;
  const newPath = `${parent.path}.${oldPath.split('.').at(-1)}`;
  await w.tx.execute(sql`update org_units set
      path = case when path = ${oldPath}::ltree then ${newPath}::ltree
        else ${newPath}::ltree || subpath(path, nlevel(${oldPath}::ltree)) end,
      level = nlevel(path) - nlevel(${oldPath}::ltree) + nlevel(${newPath}::ltree),
      parent_id = case when id = ${unit.id}::uuid then ${parent.id}::uuid else parent_id end
    where path <@ ${oldPath}::ltree`);
  await startNewVersions(w.tx, subtreeOf(newPath), effectiveOn);
  await repathMembers(w.tx, oldPath, newPath);
  await repathDocuments(w.tx, oldPath, newPath);
  await repathPrograms(w.tx, oldPath, newPath);
  await repathReports(w.tx, oldPath, newPath);
  return newPath;
}

/** Refuses a target that is the unit itself or lies inside its subtree. */
function assertOutsideSubtree(unit: UnitRecord, target: UnitRecord, field: string): void {
  if (target.path === unit.path || target.path.startsWith(`${unit.path}.`)) {
    throw new AppError(400, field === 'parentId' ? 'UNIT_MOVE_INTO_ITSELF' : 'UNIT_MERGE_INTO_ITSELF', {
      field,
      params: { name: unit.name, target: target.name },
    });
  }
}

export async function moveUnit(
  w: Writer,
  id: string,
  input: Change & { parentId: string },
): Promise<UnitRecord> {
  const before = await unitForChange(w, id, input);
  const parent = await lockUnit(w.tx, input.parentId, 'parentId');
  assertOutsideSubtree(before, parent, 'parentId');
  assertActive(parent, 'parentId');
  if (before.parentId === parent.id) {
    throw new AppError(400, 'UNIT_ALREADY_THERE', {
      field: 'parentId',
      params: { name: before.name, parent: parent.name },
    });
  }
  assertKindFits(w, parent, before.kind, 'parentId');
  await assertAfterRecorded(w.tx, subtreeOf(before.path), input.effectiveOn);
  await assertPlacedBy(w.tx, parent, input.effectiveOn);
  const oldParent = before.parentId ? await lockUnit(w.tx, before.parentId) : null;
  await relocate(w, before, parent, input.effectiveOn);
  const after = await bumpVersion(w, id);
  await recordEvent(w, id, 'moved', input, {
    oldParentId: oldParent?.id ?? null,
    oldParentName: oldParent?.name ?? null,
    newParentId: parent.id,
    newParentName: parent.name,
  });
  w.audit({ action: 'unit.moved', entity: 'unit', entityId: id, scopePath: after.path, before, after });
  return after;
}

/** Active children: units below that still exist (dissolved ones stay where they were, as history). */
async function activeChildren(w: Writer, id: string): Promise<UnitRecord[]> {
  return w.tx
    .select()
    .from(units)
    .where(and(eq(units.parentId, id), isNull(units.dissolvedOn)))
    .orderBy(units.sortKey, units.id)
    .for('update');
}

/**
 * Merges a unit into a successor on `effectiveOn`: its child units move under the successor, its members
 * move to the successor, and the unit ends with `successor_id` set. Both units record the event.
 */
export async function mergeUnit(
  w: Writer,
  id: string,
  input: Change & { successorId: string },
): Promise<UnitRecord> {
  const before = await unitForChange(w, id, input);
  const successor = await lockUnit(w.tx, input.successorId, 'successorId');
  assertOutsideSubtree(before, successor, 'successorId');
  if (successor.dissolvedOn) {
    throw new AppError(409, 'UNIT_SUCCESSOR_DISSOLVED', {
      field: 'successorId',
      params: { name: successor.name, date: displayDate(successor.dissolvedOn) },
    });
  }
  const children = await activeChildren(w, id);
  for (const child of children) assertKindFits(w, successor, child.kind, 'successorId');
  await assertAfterRecorded(w.tx, subtreeOf(before.path), input.effectiveOn);
  await assertPlacedBy(w.tx, successor, input.effectiveOn);

  for (const child of children) {
    await relocate(w, child, successor, input.effectiveOn);
    await bumpVersion(w, child.id);
    await recordEvent(w, child.id, 'moved', input, {
      oldParentId: before.id,
      oldParentName: before.name,
      newParentId: successor.id,
      newParentName: successor.name,
      mergeOf: before.id,
    });
  }
  const membersMoved = await moveAllMembers(
    w,
    { unitId: before.id },
    { unitId: successor.id, path: successor.path },
    input.effectiveOn,
    `Sáp nhập ${before.name} vào ${successor.name}`,
  );
  const positionsEnded = await endOpenPositions(w, id, input.effectiveOn);
  const after = await bumpVersion(w, id, { dissolvedOn: input.effectiveOn, successorId: successor.id });
  await closeVersion(w.tx, id, input.effectiveOn);
  const childUnits = children.map((c) => ({ id: c.id, name: c.name }));
  await recordEvent(w, id, 'merged', input, {
    successorId: successor.id,
    successorName: successor.name,
    membersMoved,
    childUnitsMoved: childUnits,
    positionsEnded,
  });
  await recordEvent(w, successor.id, 'merged', input, {
    successorId: successor.id,
    successorName: successor.name,
    mergedUnitId: before.id,
    mergedUnitName: before.name,
    membersMoved,
    childUnitsMoved: childUnits,
  });
  w.audit({
    action: 'unit.merged',
    entity: 'unit',
    entityId: id,
    scopePath: before.path,
    before,
    after: { ...after, membersMoved, childUnitsMoved: childUnits },
  });
  return after;
}

/** Ends a unit that no longer has active child units or members. */
export async function dissolveUnit(w: Writer, id: string, input: Change): Promise<UnitRecord> {
  const before = await unitForChange(w, id, input);
  const children = await activeChildren(w, id);
  if (children.length > 0) {
    throw new AppError(409, 'UNIT_HAS_ACTIVE_CHILDREN', {
      params: { name: before.name, count: children.length },
    });
  }
  const members = await activeMemberCount(w.tx, before.path);
  if (members > 0) {
    throw new AppError(409, 'UNIT_HAS_ACTIVE_MEMBERS', { params: { name: before.name, count: members } });
  }
  await assertAfterRecorded(w.tx, subtreeOf(before.path), input.effectiveOn);
  const positionsEnded = await endOpenPositions(w, id, input.effectiveOn);
  const after = await bumpVersion(w, id, { dissolvedOn: input.effectiveOn });
  await closeVersion(w.tx, id, input.effectiveOn);
  await recordEvent(w, id, 'dissolved', input, { name: before.name, positionsEnded });
  w.audit({ action: 'unit.dissolved', entity: 'unit', entityId: id, scopePath: before.path, before, after });
  return after;
}
