import type { SynthesisPreview } from '../../../contracts/report-synthesis';
import { type Period, periodLabel } from '../../../domain/report-periods';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { type ReportUnit, reportUnit } from '../org/report-units-read';
import {
  type Completeness,
  completenessOf,
  type Narrative,
  narrativesOf,
  type TotalLine,
  totalsOf,
} from './synthesis-compile';
import { chosenForms, formRef, formsForReview, type SynthesisForm } from './synthesis-forms';
import { type ReviewNames, reviewNames } from './synthesis-period';
import { type FigureSource, reviewStatistics } from './synthesis-statistics';

export interface SynthesisContent {
  unit: ReportUnit;
  superiorName: string | null;
  review: Period;
  names: ReviewNames;
  available: SynthesisForm['form'][];
  forms: {
    form: SynthesisForm;
    completeness: Completeness;
    totals: TotalLine[];
    narratives: Narrative[];
  }[];
  statistics: Awaited<ReturnType<typeof reviewStatistics>>;
}

/** The headings left for the committee's own judgement, as the draft marks them. */
export const judgementPlaceholders = (names: ReviewNames) => [
  'Kết quả đạt được',
  'Hạn chế, khuyết điểm',
  'Nguyên nhân',
  `Phương hướng, nhiệm vụ ${names.next}`,
];

/** Who receives the report: the standing committee above, the units below, the archive. */
export const reviewRecipients = (superiorName: string | null) => [
  ...(superiorName ? [`Ban Thường vụ ${superiorName}`] : []),
  'Các tổ chức đảng trực thuộc',
  'Lưu',
];

/** Everything the draft holds for a committee's review, computed in one read. */
export async function synthesisContent(
  tx: Tx,
  unit: ReportUnit,
  review: Period,
  formIds: readonly string[],
  today: string,
  figures?: FigureSource,
): Promise<SynthesisContent> {
  const parent = unit.parentId ? await reportUnit(tx, unit.parentId) : null;
  const available = await formsForReview(tx, unit, review);
  const chosen = await chosenForms(tx, unit, review, available, formIds);
  const forms = [];
  for (const form of chosen)
    forms.push({
      form,
      completeness: await completenessOf(tx, unit, form),
      totals: await totalsOf(tx, unit, form),
      narratives: await narrativesOf(tx, unit, form),
    });
  return {
    unit,
    superiorName: parent?.name ?? null,
    review,
    names: reviewNames(review),
    available,
    forms,
    statistics: await reviewStatistics(tx, unit, review, today, figures),
  };
}

export async function synthesisUnit(tx: Tx, unitId: string): Promise<ReportUnit> {
  const unit = await reportUnit(tx, unitId);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  return unit;
}

export function previewOf(
  content: SynthesisContent,
  canRegister: boolean,
  issuerName: string | null,
): SynthesisPreview {
  const { review, names } = content;
  return {
    unit: { id: content.unit.id, name: content.unit.name },
    superiorName: content.superiorName,
    period: { ...review, label: periodLabel(review) },
    title: `Báo cáo ${names.kind.charAt(0).toLocaleLowerCase('vi')}${names.kind.slice(1)}`,
    summary: names.summary,
    availableForms: content.available.map((f) => ({ ...formRef(f), periodType: f.periodType })),
    forms: content.forms.map((f) => formRef(f.form.form)),
    statistics: content.statistics,
    completeness: content.forms.map((f) => ({ form: formRef(f.form.form), ...f.completeness })),
    totals: content.forms.map((f) => ({ form: formRef(f.form.form), fields: f.totals })),
    narratives: content.forms.flatMap((f) =>
      f.narratives.map((n) => ({
        form: formRef(f.form.form),
        section: n.section,
        field: n.field,
        entries: n.entries.length,
      })),
    ),
    placeholders: judgementPlaceholders(names),
    canRegister,
    issuerName,
  };
}
