import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Database, type Tx, queryRows } from '../db/client';
import { appliedMigrationCount } from '../db/migrate';

const FORMAT = 'dangbo-backup';
const BATCH = 1000;

interface Header {
  format: typeof FORMAT;
  version: 1;
  migrations: number;
  createdAt: string;
  engine: string;
  tables: string[];
}

/** Tables of the public schema, parents before children (by foreign keys), so inserts never dangle. */
async function tablesInDependencyOrder(db: Tx): Promise<string[]> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by c.relname`,
  );
  const edges = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select c.relname as child, p.relname as parent from pg_constraint k
        join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables.map((t) => t.name));
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => !edges.some((e) => e.child === t && pending.has(e.parent)));
    if (ready.length === 0) throw new Error('cyclic foreign keys between tables');
    for (const t of ready.sort()) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

async function* backupLines(database: Database, onProgress: (table: string, rows: number) => void) {
  const db = database.db;
  const tables = await tablesInDependencyOrder(db);
  const header: Header = {
    format: FORMAT,
    version: 1,
    migrations: await appliedMigrationCount(database),
    createdAt: new Date().toISOString(),
    engine: database.engine,
    tables,
  };
  yield `${JSON.stringify(header)}\n`;
  for (const table of tables) {
    let offset = 0;
    for (;;) {
      // ctid order is stable within one read-only pass; rows are re-keyed by their own ids on restore.
      const rows = await queryRows<{ r: unknown }>(
        db,
        sql`select to_jsonb(t) as r from ${ident(table)} t order by ctid limit ${BATCH} offset ${offset}`,
      );
      if (rows.length === 0) break;
      yield `${JSON.stringify({ table, rows: rows.map((x) => x.r) })}\n`;
      offset += rows.length;
      onProgress(table, offset);
    }
  }
}

export async function backupToFile(
  database: Database,
  file: string,
  onProgress: (table: string, rows: number) => void = () => {},
): Promise<void> {
  await pipeline(Readable.from(backupLines(database, onProgress)), createGzip(), createWriteStream(file));
}

/**
 * Replaces every row of the database with the backup's, in one transaction: a failed restore changes nothing.
 * The target must be migrated to the same schema version as the source.
 */
export async function restoreFromFile(
  database: Database,
  file: string,
  onProgress: (table: string, rows: number) => void = () => {},
): Promise<{ rows: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as Header);
  if (!header || header.format !== FORMAT) throw new Error(`${file}: không phải tệp sao lưu Đảng bộ số / not a backup`);
  const migrations = await appliedMigrationCount(database);
  if (header.migrations !== migrations) {
    throw new Error(`Bản sao lưu ở phiên bản lược đồ ${header.migrations}, cơ sở dữ liệu ở ${migrations} / schema version mismatch`);
  }
  let total = 0;
  await database.db.transaction(async (tx) => {
    const tables = await tablesInDependencyOrder(tx);
    for (const table of [...tables].reverse()) await tx.execute(sql`delete from ${ident(table)}`);
    const counts = new Map<string, number>();
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value.trim()) continue;
      const chunk = JSON.parse(next.value) as { table: string; rows: unknown[] };
      if (!tables.includes(chunk.table)) throw new Error(`unknown table ${chunk.table}`);
      await tx.execute(
        sql`insert into ${ident(chunk.table)} overriding system value
            select * from jsonb_populate_recordset(null::${ident(chunk.table)}, ${JSON.stringify(chunk.rows)}::jsonb)`,
      );
      const done = (counts.get(chunk.table) ?? 0) + chunk.rows.length;
      counts.set(chunk.table, done);
      total += chunk.rows.length;
      onProgress(chunk.table, done);
    }
    // Identity columns continue after the highest restored id.
    const identities = await queryRows<{ table_name: string; column_name: string }>(
      tx,
      sql`select table_name, column_name from information_schema.columns
          where table_schema = 'public' and is_identity = 'YES'`,
    );
    for (const { table_name, column_name } of identities) {
      await tx.execute(sql`select setval(pg_get_serial_sequence(${`public.${table_name}`}, ${column_name}),
        coalesce((select max(${ident(column_name)}) from ${ident(table_name)}), 0) + 1, false)`);
    }
  });
  return { rows: total };
}
