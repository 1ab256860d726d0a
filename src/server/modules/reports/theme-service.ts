import { and, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  createReportThemeBody,
  reportThemeStatusBody,
  updateReportThemeBody,
} from '../../../contracts/report-themes';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { Writer } from '../../platform/mutate';
import { displayDate, todayIso } from '../org/calendar';
import type { ReportUnit } from '../org/report-units-read';
import { reportThemes } from './schema';
import type { ThemeRow } from './theme-access';

/** Cells and party groups report opinions; committees (any level above them) follow themes. */
const ownerKinds = new Set(['central', 'provincial', 'grassroots_superior', 'grassroots', 'partial']);

const nameTaken = (name: string) =>
  new AppError(409, 'REPORT_THEME_NAME_TAKEN', { field: 'name', params: { name } });

/** Names are unique per committee regardless of case; the index still guards a concurrent write. */
async function checkNameFree(w: Writer, ownerUnitId: string, name: string, exceptId?: string) {
  const conditions = [
    eq(reportThemes.ownerUnitId, ownerUnitId),
    sql`lower(${reportThemes.name}) = lower(${name})`,
  ];
  if (exceptId) conditions.push(ne(reportThemes.id, exceptId));
  const [other] = await w.tx
    .select({ name: reportThemes.name })
    .from(reportThemes)
    .where(and(...conditions))
    .limit(1);
  if (other) throw nameTaken(other.name);
}

async function guardName<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
      const { code, constraint, message } = e as { code?: unknown; constraint?: unknown; message?: unknown };
      if (
        code === '23505' &&
        `${String(constraint ?? '')} ${String(message ?? '')}`.includes('report_themes_owner_name_uq')
      )
        throw nameTaken(name);
      e = (e as { cause?: unknown }).cause;
    }
    throw error;
  }
}

const auditView = (row: ThemeRow) => ({
  ownerUnitId: row.ownerUnitId,
  name: row.name,
  description: row.description,
  status: row.status,
  handlingNote: row.handlingNote,
  handledOn: row.handledOn,
});

export async function createTheme(
  w: Writer,
  owner: ReportUnit,
  body: z.infer<typeof createReportThemeBody>,
): Promise<string> {
  if (!ownerKinds.has(owner.kind))
    throw new AppError(400, 'REPORT_THEME_OWNER_NOT_COMMITTEE', {
      field: 'ownerUnitId',
      params: { unit: owner.name },
    });
  if (owner.dissolvedOn)
    throw new AppError(400, 'UNIT_DISSOLVED', {
      field: 'ownerUnitId',
      params: { name: owner.name, date: displayDate(owner.dissolvedOn) },
    });
  await checkNameFree(w, owner.id, body.name);
  const row = await guardName(body.name, async () => {
    const [inserted] = await w.tx
      .insert(reportThemes)
      .values({
        ownerUnitId: owner.id,
        ownerPath: owner.path,
        name: body.name,
        description: body.description || null,
        createdBy: w.ctx.actor?.id ?? null,
      })
      .returning();
    return inserted;
  });
  if (!row) throw new Error('insert returned nothing');
  w.audit({
    action: 'report_theme.created',
    entity: 'report_theme',
    entityId: row.id,
    scopePath: row.ownerPath,
    after: auditView(row),
  });
  return row.id;
}

/** Writes the changes at the version the user saw, audited with before and after. */
async function applyChanges(
  w: Writer,
  row: ThemeRow,
  version: number,
  changes: Partial<typeof reportThemes.$inferInsert>,
  action: string,
): Promise<void> {
  if (version !== row.version) throw staleVersion();
  const [after] = await w.tx
    .update(reportThemes)
    .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(reportThemes.id, row.id), eq(reportThemes.version, version)))
    .returning();
  if (!after) throw staleVersion();
  w.audit({
    action,
    entity: 'report_theme',
    entityId: row.id,
    scopePath: row.ownerPath,
    before: auditView(row),
    after: auditView(after),
  });
}

export async function updateTheme(w: Writer, row: ThemeRow, body: z.infer<typeof updateReportThemeBody>) {
  if (body.version !== row.version) throw staleVersion();
  await checkNameFree(w, row.ownerUnitId, body.name, row.id);
  await guardName(body.name, () =>
    applyChanges(
      w,
      row,
      body.version,
      { name: body.name, description: body.description || null },
      'report_theme.updated',
    ),
  );
}

/**
 * Open → being handled → handled, or back (the theme comes up again). Handled needs what was done and the day,
 * not after today; leaving handled clears the day.
 */
export async function setThemeStatus(w: Writer, row: ThemeRow, body: z.infer<typeof reportThemeStatusBody>) {
  const note = body.handlingNote?.trim() || null;
  const handledOn = body.handledOn ?? null;
  if (body.status === 'handled') {
    if (!note) throw new AppError(400, 'REPORT_THEME_NOTE_REQUIRED', { field: 'handlingNote' });
    if (!handledOn) throw new AppError(400, 'REPORT_THEME_HANDLED_ON_REQUIRED', { field: 'handledOn' });
    const today = todayIso();
    if (handledOn > today)
      throw new AppError(400, 'REPORT_THEME_HANDLED_ON_FUTURE', {
        field: 'handledOn',
        params: { today: displayDate(today) },
      });
  } else if (handledOn) {
    throw new AppError(400, 'REPORT_THEME_HANDLED_ON_NOT_HANDLED', { field: 'handledOn' });
  }
  await applyChanges(
    w,
    row,
    body.version,
    { status: body.status, handlingNote: body.status === 'open' ? null : note, handledOn },
    'report_theme.status_changed',
  );
}
