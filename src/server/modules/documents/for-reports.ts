import { type SQL, sql } from 'drizzle-orm';

/**
 * What periodic reports read of the documents module (they never read its tables themselves), as one-row
 * queries the reports module runs together with the other modules' in one statement.
 */

/**
 * `issued`: outgoing documents of the subtree's registries issued (numbered and dated) within `from`..`to` —
 * issued ones and those since superseded or expired; a withdrawn document's number is void and does not count.
 */
export const documentsIssuedRow = (path: string, from: string, to: string): SQL =>
  sql`select count(*)::int as issued from documents d
    where d.owner_path <@ ${path}::ltree and d.direction = 'outgoing'
      and d.status in ('issued', 'superseded', 'expired')
      and d.issued_on between ${from}::date and ${to}::date`;

/** `sessions`: study sessions recorded by the subtree's cells (one per cell and assignment) held in the range. */
export const studySessionsRow = (path: string, from: string, to: string): SQL =>
  sql`select count(*)::int as sessions from document_study_targets s
    where s.unit_path <@ ${path}::ltree and s.studied_on between ${from}::date and ${to}::date`;
