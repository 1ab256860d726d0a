import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { members } from './schema';

/** What work programs read of the register: a member inside a subtree (the person responsible for an item). */
export async function memberInSubtree(
  tx: Tx,
  memberId: string,
  path: string,
): Promise<{ id: string; name: string } | null> {
  const [row] = await tx
    .select({ id: members.id, name: members.fullName })
    .from(members)
    .where(and(eq(members.id, memberId), sql`${members.unitPath} <@ ${path}::ltree`))
    .limit(1);
  return row ?? null;
}

/** The names of members by id, for the program view. */
export async function memberNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: members.id, name: members.fullName })
    .from(members)
    .where(
      sql`${members.id} in (${sql.join(
        ids.map((i) => sql`${i}::uuid`),
        sql`, `,
      )})`,
    );
  return new Map(rows.map((r) => [r.id, r.name]));
}
