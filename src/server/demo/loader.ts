import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Database, type Db, type Engine, queryRows } from '../db/client';
import * as schema from '../db/schema';
import { type Cell, loadOrder, type TableSpec } from './tables';

/**
 * Bulk loading for the demo generator: rows are buffered per table and written in batches — multi-row
 * INSERT … VALUES of about 1,000 rows on PGlite, COPY FROM STDIN on PostgreSQL — always parents before
 * children (tables.ts `loadOrder`), all in one transaction. While PostgreSQL stores one batch, the generator
 * is already drawing the next (one batch in flight at a time).
 */

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * How one engine takes rows: `encode` runs as each row is added (so the row's array is short-lived garbage
 * and only the encoded form waits in the buffer), `write` sends a table's buffered rows.
 */
export interface ChunkWriter<T = unknown> {
  encode(values: Cell[]): T;
  write(table: TableSpec<never>, rows: T[]): Promise<void>;
}

/** PGlite: parameterised multi-VALUES inserts (PostgreSQL allows 65,535 parameters per statement). */
function valuesWriter(client: PGlite, batchRows: number): ChunkWriter<Cell[]> {
  return {
    encode: (values) => values,
    async write(table, rows) {
      const width = table.columns.length;
      const perStatement = Math.max(1, Math.min(batchRows, Math.floor(65_535 / width)));
      for (let start = 0; start < rows.length; start += perStatement) {
        const chunk = rows.slice(start, start + perStatement);
        const params: Cell[] = [];
        const tuples: string[] = [];
        for (const row of chunk) {
          const base = params.length;
          tuples.push(`(${row.map((_, i) => `$${base + i + 1}`).join(',')})`);
          for (const value of row) params.push(value);
        }
        await client.query(
          `insert into ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(',')}) values ${tuples.join(',')}`,
          params,
        );
      }
    },
  };
}

const copySpecial = /[\\\n\r\t]/;
const copyEscapes: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One value in COPY's text format. */
export function copyText(value: Cell): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return copySpecial.test(value) ? value.replace(/[\\\n\r\t]/g, (c) => copyEscapes[c] as string) : value;
}

export const copyLine = (row: Cell[]) => `${row.map(copyText).join('\t')}\n`;

/** PostgreSQL: one COPY … FROM STDIN per table and batch, on the transaction's connection. */
function copyWriter(client: pg.PoolClient): ChunkWriter<string> {
  return {
    encode: copyLine,
    async write(table, rows) {
      const text = rows.join('');
      const columns = table.columns.map(quoteIdent).join(',');
      const stream = client.query(copyFrom(`copy ${quoteIdent(table.name)} (${columns}) from stdin`));
      await pipeline(Readable.from([Buffer.from(text)]), stream);
    },
  };
}

export class BulkWriter {
  private readonly buffers = new Map<TableSpec<never>, unknown[]>();
  private inflight: Promise<void> | null = null;
  private buffered = 0;
  /** Rows handed to the database so far, by table name. */
  readonly written: Record<string, number> = {};

  constructor(
    private readonly chunks: ChunkWriter<unknown>,
    readonly batchRows: number,
  ) {}

  add<R>(table: TableSpec<R>, row: R): void {
    const key = table as unknown as TableSpec<never>;
    let buffer = this.buffers.get(key);
    if (!buffer) {
      buffer = [];
      this.buffers.set(key, buffer);
    }
    buffer.push(this.chunks.encode(table.values(row)));
    this.buffered++;
  }

  /**
   * Starts writing what is buffered once a batch is full; waits only for the batch before it. While a batch
   * is on its way it also yields to the event loop, so the socket gets fed between two units of generation
   * (the generator itself is synchronous; without this, the batch would only move when the next one is full).
   */
  async flushIfFull(): Promise<void> {
    for (const buffer of this.buffers.values()) {
      if (buffer.length >= this.batchRows) return this.flush();
    }
    if (this.inflight) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  async flush(): Promise<void> {
    if (this.inflight) await this.inflight;
    this.inflight = null;
    if (this.buffered === 0) return;
    const batch = loadOrder
      .map((table) => [table, this.buffers.get(table)] as const)
      .filter((entry): entry is readonly [TableSpec<never>, unknown[]] => (entry[1]?.length ?? 0) > 0);
    this.buffers.clear();
    this.buffered = 0;
    for (const [table, rows] of batch)
      this.written[table.name] = (this.written[table.name] ?? 0) + rows.length;
    const running = (async () => {
      for (const [table, rows] of batch) await this.chunks.write(table, rows);
    })();
    this.inflight = running;
    // Forget the batch once it is in; a failure stays in `inflight` for the next flush to throw (handled
    // here so it is not reported as unhandled meanwhile).
    running.then(
      () => {
        if (this.inflight === running) this.inflight = null;
      },
      () => {},
    );
  }

  /** Writes everything still buffered and waits until the database has it. */
  async finish(): Promise<void> {
    await this.flush();
    if (this.inflight) await this.inflight;
    this.inflight = null;
  }

  get rowsWritten(): number {
    return Object.values(this.written).reduce((a, b) => a + b, 0);
  }
}

export interface LoadSession {
  engine: Engine;
  /** The database on the load's own connection, inside its transaction. */
  db: Db;
  writer: BulkWriter;
}

/** Batch sizes: ~1,000-row statements on PGlite; bigger COPY batches on PostgreSQL (fewer round trips). */
export const batchRowsFor = (engine: Engine) => (engine === 'pglite' ? 1000 : 20_000);

/**
 * Runs a load in one transaction on one connection: everything the work writes (through the writer or the
 * Drizzle handle) commits together or not at all.
 */
export async function inLoadTransaction<T>(
  database: Database,
  work: (session: LoadSession) => Promise<T>,
  options: { batchRows?: number } = {},
): Promise<T> {
  const batchRows = options.batchRows ?? batchRowsFor(database.engine);
  if (database.engine === 'pglite') {
    const client = database.pglite;
    if (!client) throw new Error('PGlite database without its client');
    await client.exec('begin');
    try {
      const writer = new BulkWriter(valuesWriter(client, batchRows), batchRows);
      const result = await work({ engine: 'pglite', db: database.db, writer });
      await writer.finish();
      await client.exec('commit');
      return result;
    } catch (error) {
      await client.exec('rollback').catch(() => {});
      throw error;
    }
  }
  const pool = database.pool;
  if (!pool) throw new Error('PostgreSQL database without its pool');
  const client = await pool.connect();
  try {
    await client.query('begin');
    try {
      const db = drizzleNodePg(client, { schema }) as unknown as Db;
      const writer = new BulkWriter(copyWriter(client), batchRows);
      const result = await work({ engine: 'postgres', db, writer });
      await writer.finish();
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
  } finally {
    client.release();
  }
}

/**
 * Bulk mode for national-size loads, as pg_restore does it: drops the secondary indexes and foreign keys of
 * the loaded tables (inside the load's transaction, while the tables are empty), and returns the function
 * that recreates them from their saved definitions once the rows are in — a sorted index build and one
 * validating join per foreign key instead of millions of single-row index and trigger updates. Primary keys
 * stay. User triggers (the member counts) are switched off too: what they maintain is rebuilt by the caller
 * after the restore. The restore checks that every definition is back exactly as it was.
 */
export async function deferIndexes(
  db: Db,
  tables: readonly string[],
): Promise<(options?: { concurrently?: boolean }) => Promise<void>> {
  const list = sql.join(
    tables.map((t) => sql`${t}::regclass`),
    sql`, `,
  );
  const definitions = async () => ({
    foreignKeys: await queryRows<{ tbl: string; name: string; def: string }>(
      db,
      sql`select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
          from pg_constraint where contype = 'f' and conrelid = any(array[${list}]) order by 1, 2`,
    ),
    indexes: await queryRows<{ name: string; def: string }>(
      db,
      sql`select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def from pg_index i
          where indrelid = any(array[${list}]) and not indisprimary
            and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
          order by 1`,
    ),
    triggers: await queryRows<{ tbl: string; name: string; enabled: string }>(
      db,
      sql`select tgrelid::regclass::text as tbl, tgname as name, tgenabled::text as enabled from pg_trigger
          where not tgisinternal and tgrelid = any(array[${list}]) order by 1, 2`,
    ),
  });
  const saved = await definitions();
  for (const fk of saved.foreignKeys)
    await db.execute(sql.raw(`alter table ${fk.tbl} drop constraint ${quoteIdent(fk.name)}`));
  for (const index of saved.indexes) await db.execute(sql.raw(`drop index ${index.name}`));
  for (const trigger of saved.triggers)
    await db.execute(sql.raw(`alter table ${trigger.tbl} disable trigger ${quoteIdent(trigger.name)}`));
  // `concurrently`: the indexes are built side by side, one connection each (a pool on PostgreSQL).
  return async ({ concurrently = false }: { concurrently?: boolean } = {}) => {
    for (const trigger of saved.triggers)
      await db.execute(sql.raw(`alter table ${trigger.tbl} enable trigger ${quoteIdent(trigger.name)}`));
    if (concurrently) await Promise.all(saved.indexes.map((index) => db.execute(sql.raw(index.def))));
    else for (const index of saved.indexes) await db.execute(sql.raw(index.def));
    for (const fk of saved.foreignKeys)
      await db.execute(sql.raw(`alter table ${fk.tbl} add constraint ${quoteIdent(fk.name)} ${fk.def}`));
    const restored = await definitions();
    if (JSON.stringify(restored) !== JSON.stringify(saved))
      throw new Error('bulk load: indexes or foreign keys differ after the restore');
  };
}
