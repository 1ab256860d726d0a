import { Card, Checkbox, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import type { SynthesisPreview } from './api';
import { parseReview, type ReviewKind, reviewKey } from './period';

interface Props {
  unitId: string | undefined;
  unitName: string | undefined;
  periodKey: string;
  preview: SynthesisPreview | undefined;
  onChange: (next: { unitId?: string; periodKey?: string; formIds?: string[] }) => void;
}

const kinds: ReviewKind[] = ['H1', 'H2', 'year'];

/** What the draft is about: the committee, the review, the report forms to compile. */
export function SynthesisChoiceCard({ unitId, unitName, periodKey, preview, onChange }: Props) {
  const { t } = useTranslation();
  const review = parseReview(periodKey) ?? { kind: 'H1' as ReviewKind, year: new Date().getFullYear() };
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  return (
    <Card>
      <div className="synthesis-choice">
        <div>
          <label htmlFor="synthesis-unit" className="strong">
            {t('reportSynthesis.unit')}
          </label>
          <div className="synthesis-field">
            <UnitTreeSelect
              id="synthesis-unit"
              value={unitId}
              knownName={unitName}
              onChange={(value) => onChange({ unitId: value, formIds: [] })}
            />
          </div>
        </div>
        <div>
          <span className="strong" id="synthesis-review">
            {t('reportSynthesis.review')}
          </span>
          <div className="synthesis-field synthesis-review">
            <Radio.Group
              aria-labelledby="synthesis-review"
              optionType="button"
              buttonStyle="solid"
              size="large"
              value={review.kind}
              onChange={(e) => onChange({ periodKey: reviewKey(e.target.value as ReviewKind, review.year) })}
              options={kinds.map((k) => ({ value: k, label: t(`reportSynthesis.kinds.${k}`) }))}
            />
            <Select
              aria-label={t('reportSynthesis.year')}
              size="large"
              value={review.year}
              style={{ width: 110 }}
              onChange={(year: number) => onChange({ periodKey: reviewKey(review.kind, year) })}
              options={years.map((y) => ({ value: y, label: String(y) }))}
            />
          </div>
        </div>
        {preview ? (
          <div>
            <span className="strong" id="synthesis-forms">
              {t('reportSynthesis.forms')}
            </span>
            {preview.availableForms.length === 0 ? (
              <Typography.Paragraph type="secondary">{t('reportSynthesis.noForms')}</Typography.Paragraph>
            ) : (
              <Checkbox.Group
                aria-labelledby="synthesis-forms"
                className="synthesis-forms"
                value={preview.forms.map((f) => f.id)}
                onChange={(ids) => onChange({ formIds: ids as string[] })}
                options={preview.availableForms.map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }))}
              />
            )}
            <Typography.Paragraph type="secondary" className="synthesis-hint">
              {t('reportSynthesis.formsHint')}
            </Typography.Paragraph>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
