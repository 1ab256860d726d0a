import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Database, queryRows, type Tx } from '../db/client';
import { isDerivedTable, rebuildDerivedTables } from '../db/derived';
import { appliedMigrationCount } from '../db/migrate';
import type { FileStore } from '../platform/files/store';

const FORMAT = 'dangbo-backup';
const BATCH = 1000;

/**
 * Version 2: rows are copied as Postgres' own jsonb text (no trip through JS numbers, which would round bigint
 * and numeric values), and the file ends with a trailer of row counts, so a cut-short file is refused.
 * Version 3: the attached files of the file store follow the rows, one line each with its SHA-256.
 */
const VERSION = 3;
const READABLE_VERSIONS = [2, 3];

interface Header {
  format: typeof FORMAT;
  version: number;
  migrations: number;
  createdAt: string;
  engine: string;
  tables: string[];
}

/**
 * Tables of the public schema, parents before children (by foreign keys), so inserts never dangle. Derived
 * tables are not among them: a restore rebuilds those.
 */
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
  const pending = new Set(tables.map((t) => t.name).filter((name) => !isDerivedTable(name)));
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

interface Trailer {
  end: Record<string, number>;
  files?: number;
}

/** The table whose rows name the attached files (`storage_key`, `sha256`). */
const FILES_TABLE = 'document_files';

async function* backupLines(
  tx: Tx,
  header: Header,
  onProgress: (table: string, rows: number) => void,
  files: FileStore | null,
) {
  yield `${JSON.stringify(header)}\n`;
  const end: Trailer['end'] = {};
  for (const table of header.tables) {
    let offset = 0;
    for (;;) {
      // ctid order is stable within the backup's one snapshot; rows are re-keyed by their own ids on restore.
      const rows = await queryRows<{ r: string }>(
        tx,
        sql`select to_jsonb(t)::text as r from ${ident(table)} t order by ctid limit ${BATCH} offset ${offset}`,
      );
      if (rows.length === 0) break;
      yield `{"table":${JSON.stringify(table)},"rows":[${rows.map((x) => x.r).join(',')}]}\n`;
      offset += rows.length;
      onProgress(table, offset);
    }
    end[table] = offset;
  }
  let fileCount = 0;
  if (files && header.tables.includes(FILES_TABLE)) {
    const stored = await queryRows<{ key: string; sha256: string }>(
      tx,
      sql`select storage_key as key, sha256 from ${ident(FILES_TABLE)} order by storage_key`,
    );
    for (const { key, sha256 } of stored) {
      const data = await readFile(files.path(key));
      yield `${JSON.stringify({ file: key, sha256, data: data.toString('base64') })}\n`;
      fileCount += 1;
      onProgress('files', fileCount);
    }
  }
  yield `${JSON.stringify({ end, files: fileCount } satisfies Trailer)}\n`;
}

/**
 * Writes every table from one consistent snapshot (a server may be writing to PostgreSQL meanwhile), to a
 * temporary file renamed into place at the end: a failed backup never replaces an earlier good one.
 */
export async function backupToFile(
  database: Database,
  file: string,
  onProgress: (table: string, rows: number) => void = () => {},
  files: FileStore | null = null,
): Promise<void> {
  const header: Header = {
    format: FORMAT,
    version: VERSION,
    migrations: await appliedMigrationCount(database),
    createdAt: new Date().toISOString(),
    engine: database.engine,
    tables: await tablesInDependencyOrder(database.db),
  };
  const partial = `${file}.partial`;
  try {
    await database.db.transaction(
      (tx) =>
        pipeline(
          Readable.from(backupLines(tx, header, onProgress, files)),
          createGzip(),
          createWriteStream(partial),
        ),
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

const notABackup = (file: string) => new Error(`${file}: không phải tệp sao lưu Đảng bộ số / not a backup`);
const damaged = (file: string, why: string) =>
  new Error(
    `${file}: tệp sao lưu bị hỏng hoặc không đầy đủ, không khôi phục gì / damaged or incomplete backup, nothing restored (${why})`,
  );

/**
 * Replaces every row of the database with the backup's, in one transaction: a failed restore changes nothing.
 * The target must be migrated to the same schema version as the source.
 */
export async function restoreFromFile(
  database: Database,
  file: string,
  onProgress: (table: string, rows: number) => void = () => {},
  files: FileStore | null = null,
): Promise<{ rows: number; files: number }> {
  const input = createReadStream(file);
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY });
  input.once('error', (error) => lines.emit('error', error)); // e.g. no such file: surfaces on the iterator
  try {
    return await restoreLines(database, file, lines[Symbol.asyncIterator](), onProgress, files);
  } finally {
    lines.close();
    input.destroy();
  }
}

async function restoreLines(
  database: Database,
  file: string,
  iterator: AsyncIterator<string>,
  onProgress: (table: string, rows: number) => void,
  files: FileStore | null,
): Promise<{ rows: number; files: number }> {
  let header: Header | null = null;
  try {
    const first = await iterator.next();
    header = first.done ? null : (JSON.parse(first.value) as Header);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    throw notABackup(file);
  }
  if (!header || typeof header !== 'object' || header.format !== FORMAT) throw notABackup(file);
  if (!READABLE_VERSIONS.includes(header.version)) {
    throw new Error(
      `${file}: phiên bản tệp sao lưu ${header.version} không được hỗ trợ / unsupported backup version`,
    );
  }
  const migrations = await appliedMigrationCount(database);
  if (header.migrations !== migrations) {
    throw new Error(
      `Bản sao lưu ở phiên bản lược đồ ${header.migrations}, cơ sở dữ liệu ở ${migrations} / schema version mismatch`,
    );
  }
  let total = 0;
  let restoredFiles = 0;
  await database.db.transaction(async (tx) => {
    const tables = await tablesInDependencyOrder(tx);
    for (const table of [...tables].reverse()) await tx.execute(sql`delete from ${ident(table)}`);
    const counts = new Map<string, number>();
    let trailer: Trailer | null = null;
    for (;;) {
      let next: IteratorResult<string>;
      let line: {
        table?: unknown;
        rows?: unknown;
        end?: unknown;
        file?: unknown;
        sha256?: unknown;
        data?: unknown;
      };
      try {
        next = await iterator.next();
        if (next.done) break;
        if (!next.value.trim()) continue;
        line = JSON.parse(next.value) as typeof line;
      } catch (error) {
        throw damaged(file, error instanceof Error ? error.message : String(error));
      }
      if (trailer) throw damaged(file, 'data after the end');
      if (line.end && typeof line.end === 'object') {
        trailer = line as Trailer;
        continue;
      }
      if (typeof line.file === 'string') {
        await restoreStoredFile(file, files, line);
        restoredFiles += 1;
        onProgress('files', restoredFiles);
        continue;
      }
      if (typeof line.table !== 'string' || !Array.isArray(line.rows))
        throw damaged(file, 'not a table chunk');
      const table = line.table;
      if (!tables.includes(table)) throw new Error(`unknown table ${table}`);
      // The line's own text goes to Postgres, so values are never rounded through JS numbers.
      await tx.execute(
        sql`insert into ${ident(table)} overriding system value
            select * from jsonb_populate_recordset(null::${ident(table)}, (${next.value}::jsonb)->'rows')`,
      );
      const done = (counts.get(table) ?? 0) + line.rows.length;
      counts.set(table, done);
      total += line.rows.length;
      onProgress(table, done);
    }
    if (!trailer) throw damaged(file, 'no end marker');
    if ((trailer.files ?? 0) !== restoredFiles) throw damaged(file, 'number of attached files');
    for (const table of new Set([...counts.keys(), ...Object.keys(trailer.end)])) {
      if ((counts.get(table) ?? 0) !== (trailer.end[table] ?? 0))
        throw damaged(file, `row count of ${table}`);
    }
    await rebuildDerivedTables(tx);
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
  return { rows: total, files: restoredFiles };
}

/** An attached file goes back into the store as it was, after its checksum is checked. */
async function restoreStoredFile(
  file: string,
  files: FileStore | null,
  line: { file?: unknown; sha256?: unknown; data?: unknown },
): Promise<void> {
  if (typeof line.data !== 'string' || typeof line.sha256 !== 'string')
    throw damaged(file, 'not a file entry');
  const content = Buffer.from(line.data, 'base64');
  if (createHash('sha256').update(content).digest('hex') !== line.sha256)
    throw damaged(file, `checksum of ${String(line.file)}`);
  if (!files) throw new Error('restoring attached files needs the file store');
  await files.put(line.file as string, content);
}
