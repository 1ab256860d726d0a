import { and, count, eq, type SQL, sql } from 'drizzle-orm';
import type { UserSummary } from '../../../contracts/admin';
import type { Role } from '../../../contracts/roles';
import type { Db, Tx } from '../../db/client';
import type { Scope } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { users } from '../../platform/auth/schema';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';

const rolesJson = sql<Array<{ role: Role; unitId: string; unitName: string }> | string>`coalesce((
  select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id, 'unitName', ou.name) order by ou.path, r.role)
  from user_roles r join org_units ou on ou.id = r.unit_id where r.user_id = users.id), '[]'::json)`;

/** An admin sees users holding a role inside their subtree, and users holding no role at all. */
export function visibleToAdmin(scope: Scope): SQL {
  return sql`(exists (select 1 from user_roles r join org_units ou on ou.id = r.unit_id
                       where r.user_id = users.id and ${inScope(sql`ou.path`, scope)})
           or not exists (select 1 from user_roles r where r.user_id = users.id))`;
}

const columns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  email: users.email,
  disabled: users.disabled,
  lockedUntil: users.lockedUntil,
  totpEnabled: users.totpEnabled,
  version: users.version,
  createdAt: users.createdAt,
  roles: rolesJson,
};

type Row = { [K in keyof typeof columns]: unknown } & {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  disabled: boolean;
  lockedUntil: Date | null;
  totpEnabled: boolean;
  version: number;
  createdAt: Date;
  roles: UserSummary['roles'] | string;
};

function present(row: Row): UserSummary {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    disabled: row.disabled,
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    totpEnabled: row.totpEnabled,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    roles: typeof row.roles === 'string' ? JSON.parse(row.roles) : row.roles,
  };
}

export async function listUsers(
  db: Db,
  scope: Scope,
  options: { q?: string; limit: number; cursor?: string },
) {
  const conditions: SQL[] = [visibleToAdmin(scope)];
  if (options.q) {
    const pattern = `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`(dangbo_fold(${users.fullName}) like dangbo_fold(${pattern}) or ${users.username}::text ilike ${pattern})`,
    );
  }
  const where = and(...conditions);
  const after = decodeCursor(options.cursor, 2);
  const rows = (await db
    .select(columns)
    .from(users)
    .where(
      after
        ? and(where, sql`(${users.username}::text, ${users.id}) > (${after[0]}, ${after[1]}::uuid)`)
        : where,
    )
    .orderBy(sql`${users.username}::text`, users.id)
    .limit(options.limit + 1)) as Row[];
  const total = await pageTotal(!after, rows.length, options.limit, async () => {
    const [row] = await db.select({ n: count() }).from(users).where(where);
    return row?.n ?? 0;
  });
  const items = rows.slice(0, options.limit).map(present);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.username, last.id]) : null,
    total,
  };
}

export async function findUserSummary(db: Tx, id: string, scope: Scope): Promise<UserSummary | null> {
  const [row] = (await db
    .select(columns)
    .from(users)
    .where(and(eq(users.id, id), visibleToAdmin(scope)))
    .limit(1)) as Row[];
  return row ? present(row) : null;
}
