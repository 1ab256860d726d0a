import { desc, eq, type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';
import { unitVersions } from './schema';

/**
 * The dated history of units (`org_unit_versions`): one row per period in which a unit's parent, name, code
 * and path stayed the same, `valid_from` inclusive, `valid_to` exclusive (null while current). Every change
 * to `org_units` is followed by one of these calls in the same transaction, so the open row always mirrors
 * the unit as it is today.
 *
 * `where` conditions below are written against `org_units` under the alias `u`.
 */

const fromUnits = sql.raw(`u.parent_id, u.kind, u.name, u.sort_key, u.code, u.path, u.level`);

/** Opens the first version of a new unit, copied from its row, from `validFrom`. */
export async function openFirstVersion(tx: Tx, unitId: string, validFrom: string): Promise<void> {
  await tx.execute(sql`insert into org_unit_versions
      (unit_id, valid_from, parent_id, kind, name, sort_key, code, path, level)
    select u.id, ${validFrom}::date, ${fromUnits} from org_units u where u.id = ${unitId}::uuid`);
}

/**
 * The units matching `where` changed on `effectiveOn`: their open versions close that day and new ones,
 * copied from the units as they are now, open. A version opened that same day is corrected in place
 * instead (two changes on one day leave one period, not an empty one).
 */
export async function startNewVersions(tx: Tx, where: SQL, effectiveOn: string): Promise<void> {
  await tx.execute(sql`update org_unit_versions v
    set parent_id = u.parent_id, kind = u.kind, name = u.name, sort_key = u.sort_key, code = u.code,
        path = u.path, level = u.level
    from org_units u
    where u.id = v.unit_id and v.valid_to is null and v.valid_from = ${effectiveOn}::date and (${where})`);
  await tx.execute(sql`with closed as (
      update org_unit_versions v set valid_to = ${effectiveOn}::date
      from org_units u
      where u.id = v.unit_id and v.valid_to is null and v.valid_from < ${effectiveOn}::date and (${where})
      returning v.unit_id
    )
    insert into org_unit_versions (unit_id, valid_from, parent_id, kind, name, sort_key, code, path, level)
    select u.id, ${effectiveOn}::date, ${fromUnits} from closed c join org_units u on u.id = c.unit_id`);
}

/** Corrects the open version of a unit in place (a typo fix is not a change in history). */
export async function correctOpenVersion(tx: Tx, unitId: string): Promise<void> {
  await tx.execute(sql`update org_unit_versions v
    set name = u.name, sort_key = u.sort_key, code = u.code
    from org_units u
    where u.id = v.unit_id and v.unit_id = ${unitId}::uuid and v.valid_to is null`);
}

/** The unit ceased to exist on `effectiveOn` (dissolved or merged). */
export async function closeVersion(tx: Tx, unitId: string, effectiveOn: string): Promise<void> {
  await tx.execute(sql`update org_unit_versions set valid_to = ${effectiveOn}::date
    where unit_id = ${unitId}::uuid and valid_to is null`);
}

/**
 * The latest date on which anything recorded about the units matching `where` starts or ends, with the
 * name of that unit: a new dated change must not come before it, or the periods would overlap.
 */
export async function latestRecordedChange(
  tx: Tx,
  where: SQL,
): Promise<{ changedOn: string; name: string } | null> {
  const [row] = await queryRows<{ changedOn: string; name: string }>(
    tx,
    sql`select greatest(v.valid_from, coalesce(v.valid_to, v.valid_from))::text as "changedOn", u.name
      from org_unit_versions v join org_units u on u.id = v.unit_id
      where ${where}
      order by 1 desc limit 1`,
  );
  return row ?? null;
}

/**
 * Since when the unit has stood where it stands today (its current path): units can be placed under it,
 * or merged into it, only from that day on.
 */
export async function placedSince(tx: Tx, unitId: string): Promise<string | null> {
  const rows = await tx
    .select({ validFrom: unitVersions.validFrom, path: unitVersions.path })
    .from(unitVersions)
    .where(eq(unitVersions.unitId, unitId))
    .orderBy(desc(unitVersions.validFrom));
  const current = rows[0]?.path;
  let since: string | null = null;
  for (const row of rows) {
    if (row.path !== current) break;
    since = row.validFrom;
  }
  return since;
}
