import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { ImportSummary } from '../../../contracts/exchange';
import type { Db, Tx } from '../../db/client';
import { insertRecordset, type RecordsetColumns } from '../../db/recordset';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import type { Locale } from '../../platform/i18n/locale';
import { type JobProgress, startJob } from '../../platform/jobs/runner';
import { mutate } from '../../platform/mutate';
import {
  BATCH,
  type BulkMemberFields,
  type BulkNewMember,
  type BulkUpdate,
  insertMembersBulk,
  membersByCardNumbers,
  membersByCitizenIds,
  membersByIds,
  updateMembersBulk,
} from '../members/bulk';
import { activeUnitsUnder, unitNames, unitsByIds } from '../members/units-read';
import { canEditMember, type MemberAccess } from '../members/visibility';
import {
  type ColumnKey,
  columnForHeader,
  columnOf,
  compact,
  headerKey,
  type RawCell,
  requiredColumns,
} from './layout';
import { readWorkbook } from './reader';
import {
  exchangeColumnMappings,
  exchangeImportRows,
  exchangeImports,
  exchangeMemberSources,
  type ImportStatus,
} from './schema';
import { checkRows, parseRows, type StagedRow, type TargetUnit } from './validate';

type ImportRow = typeof exchangeImports.$inferSelect;
type Mapping = (ColumnKey | null)[];

export interface Importer {
  db: Db;
  log: FastifyBaseLogger;
  ctx: RequestContext;
  access: MemberAccess;
  userId: string;
  today: string;
}

// ---------------------------------------------------------------- mappings

/** The layout column each header names by itself (the national header or a known variant). */
export function suggestedMapping(headers: readonly string[]): Mapping {
  const seen = new Set<ColumnKey>();
  return headers.map((h) => {
    const key = h ? columnForHeader(h) : null;
    if (!key || seen.has(key)) return null;
    seen.add(key);
    return key;
  });
}

const signatureOf = (headers: readonly string[]) =>
  createHash('sha256').update(headers.map(headerKey).join('|')).digest('hex');

/** A mapping is usable when it covers the file's columns once each and maps the required ones. */
export function mappingProblem(
  mapping: readonly (ColumnKey | null)[],
  headers: readonly string[],
): AppError | null {
  if (mapping.length !== headers.length)
    return new AppError(400, 'EXCHANGE_MAPPING_INVALID', {
      field: 'mapping',
      params: { rule: 'length', count: headers.length },
    });
  const seen = new Set<ColumnKey>();
  for (const key of mapping) {
    if (!key) continue;
    if (seen.has(key))
      return new AppError(400, 'EXCHANGE_MAPPING_INVALID', {
        field: 'mapping',
        params: { rule: 'duplicate', column: columnOf(key).header },
      });
    seen.add(key);
  }
  for (const key of requiredColumns)
    if (!seen.has(key))
      return new AppError(400, 'EXCHANGE_MAPPING_INVALID', {
        field: 'mapping',
        params: { rule: 'required', column: columnOf(key).header },
      });
  return null;
}

/** The mapping a file gets without asking: the layout's own headers, else one saved for these headers. */
async function automaticMapping(db: Tx, headers: readonly string[], userId: string, unitId: string) {
  const suggested = suggestedMapping(headers);
  const complete = headers.every((h, i) => !h || suggested[i]) && !mappingProblem(suggested, headers);
  if (complete) return suggested;
  const [saved] = await db
    .select({ mapping: exchangeColumnMappings.mapping })
    .from(exchangeColumnMappings)
    .where(
      and(
        eq(exchangeColumnMappings.signature, signatureOf(headers)),
        sql`(${exchangeColumnMappings.userId} = ${userId} or ${exchangeColumnMappings.unitId} = ${unitId})`,
      ),
    )
    .orderBy(sql`(${exchangeColumnMappings.userId} = ${userId}) desc`, desc(exchangeColumnMappings.updatedAt))
    .limit(1);
  if (!saved) return null;
  const mapping = headers.map((h) => (saved.mapping[headerKey(h)] ?? null) as ColumnKey | null);
  return mappingProblem(mapping, headers) ? null : mapping;
}

async function saveMapping(
  db: Db,
  headers: readonly string[],
  mapping: Mapping,
  userId: string,
  unitId: string,
) {
  const byHeader = Object.fromEntries(headers.map((h, i) => [headerKey(h), mapping[i] ?? null]));
  await db
    .insert(exchangeColumnMappings)
    .values({ userId, unitId, signature: signatureOf(headers), mapping: byHeader })
    .onConflictDoUpdate({
      target: [exchangeColumnMappings.userId, exchangeColumnMappings.signature],
      set: { mapping: byHeader, unitId, updatedAt: new Date() },
    });
}

// ---------------------------------------------------------------- staging and checking

async function setStatus(db: Tx, id: string, status: ImportStatus, extra: Partial<ImportRow> = {}) {
  await db
    .update(exchangeImports)
    .set({ status, ...extra })
    .where(eq(exchangeImports.id, id));
}

/**
 * Ends the checking job: only an import still being checked changes (one cancelled meanwhile stays
 * cancelled, and what the job staged for it is discarded).
 */
async function finishChecking(db: Db, id: string, status: ImportStatus, extra: Partial<ImportRow>) {
  const done = await db
    .update(exchangeImports)
    .set({ status, ...extra })
    .where(and(eq(exchangeImports.id, id), eq(exchangeImports.status, 'validating')))
    .returning({ id: exchangeImports.id });
  if (done.length === 0) await db.delete(exchangeImportRows).where(eq(exchangeImportRows.importId, id));
  return done.length > 0;
}

async function validationContext(
  db: Db,
  imp: ImportRow,
  cells: StagedCells[],
  mapping: Mapping,
  importer: Importer,
  locale: Locale,
) {
  const parsed = parseRows(cells, imp.headers, mapping, locale);
  const citizenIds = parsed.flatMap((r) => (r.fields.citizenId ? [r.fields.citizenId] : []));
  const cards = parsed.flatMap((r) => (r.fields.cardNumber ? [r.fields.cardNumber] : []));
  const [existing, holders, units] = [
    await membersByCitizenIds(db, citizenIds),
    await membersByCardNumbers(db, cards),
    await activeUnitsUnder(db, imp.unitPath),
  ];
  const unitsByName = new Map<string, TargetUnit[]>();
  for (const u of units) {
    const key = compact(u.name);
    unitsByName.set(key, [...(unitsByName.get(key) ?? []), u]);
  }
  const target = units.find((u) => u.id === imp.unitId) ?? { id: imp.unitId, name: '', path: imp.unitPath };
  return {
    parsed,
    ctx: {
      access: importer.access,
      target,
      unitsByName,
      unitNames: await unitNames(
        db,
        existing.map((m) => m.unitId),
      ),
      existingByCitizenId: new Map(existing.map((m) => [m.citizenId as string, m])),
      cardHolders: new Map(holders.map((h) => [h.cardNumber as string, h])),
      today: importer.today,
      locale,
    },
  };
}

interface StagedCells {
  rowNumber: number;
  cells: RawCell[];
}

const stagedColumns: RecordsetColumns = {
  importId: ['import_id', 'uuid'],
  rowNumber: ['row_number', 'int'],
  cells: ['cells', 'jsonb'],
  kind: ['kind', 'text'],
  memberId: ['member_id', 'uuid'],
  memberVersion: ['member_version', 'int'],
  fields: ['fields', 'jsonb'],
  diff: ['diff', 'jsonb'],
  problems: ['problems', 'jsonb'],
};
const sourceColumns: RecordsetColumns = {
  importId: ['import_id', 'uuid'],
  memberId: ['member_id', 'uuid'],
  rowNumber: ['row_number', 'int'],
  fields: ['fields', 'jsonb'],
};

const staged = (r: StagedRow | StagedCells) =>
  'kind' in r
    ? {
        kind: r.kind,
        memberId: r.memberId,
        memberVersion: r.memberVersion,
        fields: r.fields,
        diff: r.diff,
        problems: r.problems,
      }
    : {};

async function writeStaged(
  db: Db,
  importId: string,
  rows: readonly StagedRow[] | readonly StagedCells[],
  progress: JobProgress,
) {
  await db.delete(exchangeImportRows).where(eq(exchangeImportRows.importId, importId));
  for (let start = 0; start < rows.length; start += BATCH) {
    const slice = rows.slice(start, start + BATCH);
    await insertRecordset(
      db,
      'exchange_import_rows',
      stagedColumns,
      slice.map((r) => ({ importId, rowNumber: r.rowNumber, cells: r.cells, ...staged(r) })),
    );
    await progress.report(Math.min(rows.length, start + BATCH), rows.length);
  }
}

/** The job of an import: check every row (when the columns are known) and stage the result. */
async function stageImport(
  importer: Importer,
  imp: ImportRow,
  cells: StagedCells[],
  mapping: Mapping | null,
  progress: JobProgress,
) {
  const { db } = importer;
  try {
    await progress.report(0, cells.length);
    if (!mapping) {
      await writeStaged(db, imp.id, cells, progress);
      const staged = await finishChecking(db, imp.id, 'needs_mapping', { mapping: null, counts: null });
      return { status: staged ? 'needs_mapping' : 'cancelled' };
    }
    const { parsed, ctx } = await validationContext(db, imp, cells, mapping, importer, importer.ctx.locale);
    const staged = checkRows(parsed, imp.headers, mapping, ctx);
    const counts = { new: 0, update: 0, unchanged: 0, bad: 0 };
    for (const r of staged) counts[r.kind]++;
    await writeStaged(db, imp.id, staged, progress);
    const ready = await finishChecking(db, imp.id, 'ready', { mapping, counts });
    return { status: ready ? 'ready' : 'cancelled', counts };
  } catch (error) {
    await finishChecking(db, imp.id, 'failed', {}).catch(() => {});
    throw error;
  }
}

/**
 * Reads an uploaded file (bad files are refused here, with nothing staged), records the import and starts
 * the job that checks and stages its rows. Nothing touches the register until the import is accepted.
 */
export async function startImport(
  importer: Importer,
  unit: TargetUnit,
  fileName: string,
  file: Buffer,
): Promise<{ importId: string; jobId: string }> {
  const { db } = importer;
  const sheet = await readWorkbook(file);
  if (sheet.rows.length === 0) throw new AppError(400, 'EXCHANGE_NO_ROWS', { field: 'file' });
  const mapping = await automaticMapping(db, sheet.headers, importer.userId, unit.id);
  const [imp] = await db
    .insert(exchangeImports)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      fileName,
      status: 'validating',
      headers: sheet.headers,
      mapping,
      rowCount: sheet.rows.length,
      createdBy: importer.userId,
    })
    .returning();
  if (!imp) throw new Error('insert returned nothing');
  const jobId = await startJob(db, importer.log, 'exchange.import', importer.userId, (progress) =>
    stageImport(importer, imp, sheet.rows, mapping, progress),
  );
  await db.update(exchangeImports).set({ jobId }).where(eq(exchangeImports.id, imp.id));
  return { importId: imp.id, jobId };
}

/** An import of this user that they may still write into; anyone else's does not exist (404). */
export async function ownImport(
  db: Tx,
  importer: Pick<Importer, 'access' | 'userId'>,
  id: string,
  lock = false,
) {
  const query = db.select().from(exchangeImports).where(eq(exchangeImports.id, id)).limit(1);
  const [imp] = lock ? await query.for('update') : await query;
  if (!imp || imp.createdBy !== importer.userId || !canEditMember(importer.access, imp.unitPath))
    throw new AppError(404, 'NOT_FOUND');
  return imp;
}

/** The user maps the file's columns: the rows are checked again with it (and it is kept for next time). */
export async function remapImport(importer: Importer, id: string, mapping: Mapping, save: boolean) {
  const { db } = importer;
  const imp = await ownImport(db, importer, id);
  if (imp.status !== 'needs_mapping' && imp.status !== 'ready')
    throw new AppError(409, 'EXCHANGE_IMPORT_NOT_READY', { params: { status: imp.status } });
  const problem = mappingProblem(mapping, imp.headers);
  if (problem) throw problem;
  if (save) await saveMapping(db, imp.headers, mapping, importer.userId, imp.unitId);
  const cells = await db
    .select({ rowNumber: exchangeImportRows.rowNumber, cells: exchangeImportRows.cells })
    .from(exchangeImportRows)
    .where(eq(exchangeImportRows.importId, id))
    .orderBy(asc(exchangeImportRows.rowNumber));
  await setStatus(db, id, 'validating', { mapping });
  const jobId = await startJob(db, importer.log, 'exchange.import', importer.userId, (progress) =>
    stageImport(importer, imp, cells as StagedCells[], mapping, progress),
  );
  await db.update(exchangeImports).set({ jobId }).where(eq(exchangeImports.id, id));
  return { importId: id, jobId };
}

// ---------------------------------------------------------------- preview

export async function importSummary(db: Tx, imp: ImportRow): Promise<ImportSummary> {
  const names = await unitNames(db, [imp.unitId]);
  return {
    id: imp.id,
    unitId: imp.unitId,
    unitName: names.get(imp.unitId) ?? '',
    fileName: imp.fileName,
    status: imp.status,
    jobId: imp.jobId,
    rowCount: imp.rowCount,
    headers: imp.headers,
    mapping: (imp.mapping as Mapping | null) ?? null,
    suggestedMapping: suggestedMapping(imp.headers),
    counts: imp.counts ?? null,
    createdAt: imp.createdAt.toISOString(),
    finishedAt: imp.finishedAt?.toISOString() ?? null,
  };
}

const nameColumn = (imp: ImportRow, key: ColumnKey) => (imp.mapping as Mapping | null)?.indexOf(key) ?? -1;

/** A page of the staged rows (every bad row, with its number, column and reason; updates with their diff). */
export async function importRows(
  db: Tx,
  imp: ImportRow,
  query: { kind?: StagedRow['kind']; after?: number; limit: number },
) {
  const rows = await db
    .select()
    .from(exchangeImportRows)
    .where(
      and(
        eq(exchangeImportRows.importId, imp.id),
        query.kind ? eq(exchangeImportRows.kind, query.kind) : undefined,
        query.after !== undefined ? gt(exchangeImportRows.rowNumber, query.after) : undefined,
      ),
    )
    .orderBy(asc(exchangeImportRows.rowNumber))
    .limit(query.limit + 1);
  const nameAt = nameColumn(imp, 'fullName');
  const idAt = nameColumn(imp, 'citizenId');
  const text = (cells: unknown[], at: number) => {
    const v = at >= 0 ? cells[at] : null;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
  };
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => ({
      rowNumber: r.rowNumber,
      kind: r.kind ?? 'bad',
      fullName: (r.fields?.fullName as string | undefined) ?? text(r.cells, nameAt),
      citizenId: (r.fields?.citizenId as string | undefined) ?? text(r.cells, idAt),
      memberId: r.memberId,
      problems: r.problems ?? [],
      diff: r.diff ?? [],
    })),
    nextAfter: rows.length > query.limit ? (page.at(-1)?.rowNumber ?? null) : null,
  };
}

// ---------------------------------------------------------------- accept and cancel

const STAGE_PAGE = BATCH;

async function* stagedPages(tx: Tx, importId: string, kind: 'new' | 'update') {
  let after = 0;
  for (;;) {
    // What a write needs (the cells as read stay behind).
    const page = await tx
      .select({
        rowNumber: exchangeImportRows.rowNumber,
        memberId: exchangeImportRows.memberId,
        memberVersion: exchangeImportRows.memberVersion,
        fields: exchangeImportRows.fields,
        diff: exchangeImportRows.diff,
      })
      .from(exchangeImportRows)
      .where(
        and(
          eq(exchangeImportRows.importId, importId),
          eq(exchangeImportRows.kind, kind),
          gt(exchangeImportRows.rowNumber, after),
        ),
      )
      .orderBy(asc(exchangeImportRows.rowNumber))
      .limit(STAGE_PAGE);
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)?.rowNumber ?? after;
    if (page.length < STAGE_PAGE) return;
  }
}

const stale = () => new AppError(409, 'EXCHANGE_IMPORT_STALE');

/**
 * Writes every good row of the import in ONE transaction (batches of 1,000 rows per statement): new members
 * with their status and unit history, updates checked against the version the preview saw, the provenance
 * of each written field. Anything failing — a record changed meanwhile, a duplicate created meanwhile, the
 * process dying — leaves nothing written.
 */
export async function acceptImport(
  db: Db,
  ctx: RequestContext,
  importer: Pick<Importer, 'access' | 'userId'>,
  id: string,
) {
  const summary = await applyImport(db, ctx, importer, id);
  // Thousands of new rows change what the planner should expect of the register (PGlite has no autovacuum).
  if ((summary.counts?.new ?? 0) >= 1000) await db.execute(sql`analyze members`);
  return summary;
}

async function applyImport(
  db: Db,
  ctx: RequestContext,
  importer: Pick<Importer, 'access' | 'userId'>,
  id: string,
) {
  return mutate(db, ctx, async (w) => {
    const imp = await ownImport(w.tx, importer, id, true);
    if (imp.status !== 'ready')
      throw new AppError(409, 'EXCHANGE_IMPORT_NOT_READY', { params: { status: imp.status } });
    let created = 0;
    let updated = 0;
    for await (const page of stagedPages(w.tx, id, 'new')) {
      const units = await unitsByIds(
        w.tx,
        page.map((r) => String(r.fields?.unitId)),
      );
      const rows: BulkNewMember[] = page.map((r) => {
        const { unitId, ...fields } = r.fields as unknown as BulkMemberFields & { unitId: string };
        const unit = units.get(unitId);
        if (!unit || unit.dissolvedOn || !canEditMember(importer.access, unit.path)) throw stale();
        return { ...nullFilled(fields), unitId, unitPath: unit.path };
      });
      const ids = await insertMembersBulk(w, rows);
      await insertRecordset(
        w.tx,
        'exchange_member_sources',
        sourceColumns,
        page.map((r, i) => ({
          importId: id,
          memberId: ids[i] as string,
          rowNumber: r.rowNumber,
          fields: Object.entries(r.fields ?? {})
            .filter(([k, v]) => v !== null && v !== undefined && k !== 'unitId' && k !== 'statusSince')
            .map(([k]) => k),
        })),
      );
      created += ids.length;
    }
    for await (const page of stagedPages(w.tx, id, 'update')) {
      const previous = await membersByIds(
        w.tx,
        page.map((r) => r.memberId as string),
      );
      const rows: BulkUpdate[] = page.map((r) => {
        const was = previous.get(r.memberId as string);
        if (!was || was.version !== r.memberVersion || !canEditMember(importer.access, was.unitPath))
          throw stale();
        const diff = r.diff ?? [];
        return {
          id: was.id,
          version: was.version,
          next: nullFilled(r.fields as unknown as BulkMemberFields),
          before: Object.fromEntries(diff.map((d) => [d.field, d.before])),
          after: Object.fromEntries(diff.map((d) => [d.field, d.after])),
          reason: `Nhập từ Excel: ${imp.fileName}, dòng ${r.rowNumber}`,
        };
      });
      try {
        await updateMembersBulk(w, rows, previous);
      } catch (error) {
        if (error instanceof AppError && error.code === 'STALE_VERSION') throw stale();
        throw error;
      }
      await insertRecordset(
        w.tx,
        'exchange_member_sources',
        sourceColumns,
        page.map((r) => ({
          importId: id,
          memberId: r.memberId as string,
          rowNumber: r.rowNumber,
          fields: (r.diff ?? []).map((d) => d.field),
        })),
      );
      updated += rows.length;
    }
    const finishedAt = new Date();
    await setStatus(w.tx, id, 'applied', { finishedAt });
    await w.tx.delete(exchangeImportRows).where(eq(exchangeImportRows.importId, id));
    w.audit({
      action: 'exchange.import_applied',
      entity: 'exchange_import',
      entityId: id,
      scopePath: imp.unitPath,
      after: { fileName: imp.fileName, created, updated, counts: imp.counts },
    });
    return importSummary(w.tx, { ...imp, status: 'applied', finishedAt });
  });
}

const nullFilled = <T extends object>(fields: T): T =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? null])) as T;

/** Discards the staged rows; the register is not touched. */
export async function cancelImport(
  db: Db,
  ctx: RequestContext,
  importer: Pick<Importer, 'access' | 'userId'>,
  id: string,
) {
  return mutate(db, ctx, async (w) => {
    const imp = await ownImport(w.tx, importer, id, true);
    if (imp.status === 'applied' || imp.status === 'cancelled')
      throw new AppError(409, 'EXCHANGE_IMPORT_NOT_READY', { params: { status: imp.status } });
    const finishedAt = new Date();
    await setStatus(w.tx, id, 'cancelled', { finishedAt });
    await w.tx.delete(exchangeImportRows).where(eq(exchangeImportRows.importId, id));
    w.audit({
      action: 'exchange.import_cancelled',
      entity: 'exchange_import',
      entityId: id,
      scopePath: imp.unitPath,
      after: { fileName: imp.fileName },
    });
    return importSummary(w.tx, { ...imp, status: 'cancelled', finishedAt });
  });
}

// ---------------------------------------------------------------- provenance

/** For each field of a member an import wrote: the latest import, its file, row, time and who ran it. */
export async function memberSourcesOf(db: Tx, memberId: string) {
  const rows = await db
    .select({
      fields: exchangeMemberSources.fields,
      rowNumber: exchangeMemberSources.rowNumber,
      importedAt: exchangeMemberSources.importedAt,
      importId: exchangeImports.id,
      fileName: exchangeImports.fileName,
      importedBy: sql<
        string | null
      >`(select u.full_name from users u where u.id = ${exchangeImports.createdBy})`,
    })
    .from(exchangeMemberSources)
    .innerJoin(exchangeImports, eq(exchangeImports.id, exchangeMemberSources.importId))
    .where(eq(exchangeMemberSources.memberId, memberId))
    .orderBy(desc(exchangeMemberSources.importedAt));
  const seen = new Set<string>();
  const fields = [];
  for (const r of rows)
    for (const field of r.fields) {
      if (seen.has(field)) continue;
      seen.add(field);
      fields.push({
        field,
        importId: r.importId,
        fileName: r.fileName,
        rowNumber: r.rowNumber,
        importedAt: r.importedAt.toISOString(),
        importedBy: r.importedBy,
      });
    }
  return { fields };
}
