/**
 * The baseline of the generator's load time: the same rows, already generated, copied into the same empty
 * tables with plain COPY (no generation, no Node work beyond streaming a file). The generator's tables are
 * dumped with COPY TO (not timed) and copied back into a fresh database with the same deferred indexes.
 */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { TableSpec } from '../src/server/demo/tables';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const columnList = (table: TableSpec<never>) => table.columns.map(quote).join(', ');

export interface DumpedTable {
  table: TableSpec<never>;
  file: string;
  bytes: number;
}

/** Writes each table's generated columns (not the defaulted ones) to a file in COPY's text format. */
export async function dumpTables(
  url: string,
  tables: ReadonlyArray<TableSpec<never>>,
  dir: string,
): Promise<DumpedTable[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const dumped: DumpedTable[] = [];
    for (const table of tables) {
      const file = join(dir, `${table.name}.copy`);
      await pipeline(
        client.query(copyTo(`copy ${quote(table.name)} (${columnList(table)}) to stdout`)),
        createWriteStream(file),
      );
      dumped.push({ table, file, bytes: statSync(file).size });
    }
    return dumped;
  } finally {
    await client.end();
  }
}

/** COPY FROM each file, in load order, inside the caller's transaction; returns the seconds it took. */
export async function copyFiles(
  client: pg.PoolClient | pg.Client,
  dumped: readonly DumpedTable[],
): Promise<number> {
  const started = performance.now();
  for (const { table, file } of dumped) {
    await pipeline(
      createReadStream(file, { highWaterMark: 1 << 20 }),
      client.query(copyFrom(`copy ${quote(table.name)} (${columnList(table)}) from stdin`)),
    );
  }
  return (performance.now() - started) / 1000;
}
