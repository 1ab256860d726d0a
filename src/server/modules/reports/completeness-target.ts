import { eq } from 'drizzle-orm';
import {
  type Period,
  type PeriodType,
  periodContaining,
  periodOf,
  type ReportWindow,
  reportWindow,
} from '../../../domain/report-periods';
import type { Tx } from '../../db/client';
import { isInside } from '../../platform/access/grants';
import { AppError } from '../../platform/errors/app-error';
import { type ReportUnit, reportUnit } from '../org/report-units-read';
import type { FormRow } from './form-read';
import { checkUnitReach, type ReportAccess } from './report-access';
import { reportForms } from './schema';

export interface CompletenessTarget {
  unit: ReportUnit;
  form: FormRow;
  period: Period;
  window: ReportWindow;
  /** The reader sees the unit's whole subtree, so no scope test is needed under it. */
  wholeSubtree: boolean;
}

/**
 * The unit, form and period a completeness request is about. The unit must be in reach (404 unseen, 403 on
 * writes when read-only); the form must concern the unit's area — built in, owned by the unit or an ancestor,
 * or by a unit inside its subtree — else it is not found; the key must name a period of the form's type.
 */
export async function completenessTarget(
  tx: Tx,
  access: ReportAccess,
  query: { formId: string; periodKey: string; unitId: string },
  action: 'read' | 'write',
  today: string,
): Promise<CompletenessTarget> {
  const unit = await reportUnit(tx, query.unitId);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  checkUnitReach(access, unit.path, action);
  const [form] = await tx.select().from(reportForms).where(eq(reportForms.id, query.formId)).limit(1);
  const concerns =
    form &&
    (form.ownerPath === null || isInside(unit.path, form.ownerPath) || isInside(form.ownerPath, unit.path));
  if (!form || !concerns) throw new AppError(404, 'NOT_FOUND', { field: 'formId' });
  const type = form.periodType as PeriodType;
  const period = periodOf(type, query.periodKey);
  if (!period)
    throw new AppError(400, 'REPORT_PERIOD_INVALID', {
      field: 'periodKey',
      params: { key: query.periodKey, example: periodContaining(type, today).key },
    });
  return {
    unit,
    form,
    period,
    window: reportWindow(period, form),
    wholeSubtree: access.read.subtrees.some((s) => isInside(unit.path, s)),
  };
}
