import { Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type NumberField, prefillSources } from '../../../contracts/report-forms';
import type { Change } from './change';
import { FieldItem } from './FieldItem';
import { sourceName } from './labels';

/** Measure, whole number, bounds, how the committee adds the figures up, and where a figure can be pre-filled from. */
export function NumberOptions({ field, change }: { field: NumberField; change: Change<NumberField> }) {
  const { t } = useTranslation();
  const set = <K extends keyof NumberField>(key: K, value: NumberField[K]) =>
    change((f) => {
      f[key] = value;
    });
  return (
    <div className="rforms-options">
      <FieldItem label={t('reportForms.measure')} extra={t('reportForms.measureHelp')}>
        <Input
          value={field.unit ?? ''}
          maxLength={30}
          onChange={(e) => set('unit', e.target.value || null)}
        />
      </FieldItem>
      <FieldItem label={t('reportForms.min')}>
        <InputNumber
          value={field.min}
          onChange={(value) => set('min', value ?? null)}
          style={{ width: '100%' }}
        />
      </FieldItem>
      <FieldItem label={t('reportForms.max')}>
        <InputNumber
          value={field.max}
          onChange={(value) => set('max', value ?? null)}
          style={{ width: '100%' }}
        />
      </FieldItem>
      <FieldItem label={t('reportForms.aggregate')}>
        <Radio.Group
          value={field.aggregate}
          onChange={(e) => set('aggregate', e.target.value)}
          options={[
            { value: 'sum', label: t('reportForms.aggregates.sum') },
            { value: 'avg', label: t('reportForms.aggregates.avg') },
          ]}
        />
      </FieldItem>
      <Form.Item>
        <Checkbox checked={field.integer} onChange={(e) => set('integer', e.target.checked)}>
          {t('reportForms.integer')}
        </Checkbox>
      </Form.Item>
      <FieldItem label={t('reportForms.source')} extra={t('reportForms.sourceHelp')} className="rforms-wide">
        <Select
          allowClear
          placeholder={t('reportForms.noSource')}
          value={field.source ?? undefined}
          onChange={(value) => set('source', value ?? null)}
          options={prefillSources.map((source) => ({ value: source, label: sourceName(t, source) }))}
        />
      </FieldItem>
    </div>
  );
}
