import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Scope } from './grants';

/** SQL condition: the ltree column lies inside the scope. Filtering happens in the query, never after it. */
export function inScope(column: SQLWrapper, scope: Scope): SQL {
  const parts: SQL[] = [];
  if (scope.subtrees.length > 0) {
    parts.push(
      sql`${column} <@ array[${sql.join(
        scope.subtrees.map((p) => sql`${p}`),
        sql`, `,
      )}]::ltree[]`,
    );
  }
  if (scope.exact.length > 0) {
    parts.push(
      sql`${column} = any(array[${sql.join(
        scope.exact.map((p) => sql`${p}`),
        sql`, `,
      )}]::ltree[])`,
    );
  }
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}
