import type { TFunction } from 'i18next';
import type { PrefillSource, ReportFormSummary } from '../../../contracts/report-forms';
import type { UnitKind } from '../../../contracts/units';
import type { PeriodType } from '../../../domain/report-periods';
import type vi from '../../locales/vi.json';

/** The words of the designer that depend on a value: period types, sources, unit kinds, the deadline. */
export const periodTypeName = (t: TFunction, type: PeriodType) => t(`reportForms.periodTypes.${type}`);

type SourceKey = keyof typeof vi.reportForms.sources;

/** i18next keys cannot hold the dots of a source name: "members.total" → "members_total". */
export const sourceName = (t: TFunction, source: PrefillSource) =>
  t(`reportForms.sources.${source.replace('.', '_') as SourceKey}`);

export const submittersText = (t: TFunction, kinds: readonly UnitKind[]) =>
  kinds.map((kind) => t(`unitKinds.${kind}`)).join(', ');

/** "Ngày thứ 5 sau kỳ" — or "Ngày cuối kỳ" when due on the period's last day. */
export const dueText = (t: TFunction, form: Pick<ReportFormSummary, 'dueDays'>) =>
  form.dueDays === 0 ? t('reportForms.dueOnLastDay') : t('reportForms.dueAfter', { n: form.dueDays });
