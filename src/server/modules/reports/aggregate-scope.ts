import type { FormDefinition } from '../../../contracts/report-forms';
import { type Period, type PeriodType, periodOf } from '../../../domain/report-periods';
import type { Tx } from '../../db/client';
import { isInside } from '../../platform/access/grants';
import { AppError } from '../../platform/errors/app-error';
import { type ReportUnit, reportUnit } from '../org/report-units-read';
import { type FormRow, formWithDefinition } from './form-read';
import { checkUnitReach, type ReportAccess } from './report-access';

export interface AggregateScope {
  unit: ReportUnit;
  form: FormRow;
  /** The form's current definition: it names every field, retired ones included. */
  definition: FormDefinition;
  period: Period;
}

/**
 * What an aggregation request is about: a unit the user reads (404 otherwise), a form that concerns it — built
 * in, owned by the unit or an ancestor, or by a committee inside its subtree — and a period of the form's type.
 */
export async function aggregateScope(
  tx: Tx,
  access: ReportAccess,
  query: { unitId: string; formId: string; periodKey: string },
): Promise<AggregateScope> {
  const unit = await reportUnit(tx, query.unitId);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  checkUnitReach(access, unit.path, 'read');
  const found = await formWithDefinition(tx, query.formId);
  const owner = found?.form.ownerPath ?? null;
  if (!found || (owner !== null && !isInside(unit.path, owner) && !isInside(owner, unit.path)))
    throw new AppError(404, 'NOT_FOUND', { field: 'formId' });
  const type = found.form.periodType as PeriodType;
  const period = periodOf(type, query.periodKey);
  if (!period) {
    throw new AppError(400, 'REPORT_PERIOD_INVALID', {
      field: 'periodKey',
      params: { key: query.periodKey, example: exampleKeys[type] },
    });
  }
  return { unit, form: found.form, definition: found.definition, period };
}

const exampleKeys: Record<PeriodType, string> = {
  week: '2026-W05',
  month: '2026-03',
  quarter: '2026-Q1',
  half: '2026-H1',
  year: '2026',
  term: '2025-2030',
};
