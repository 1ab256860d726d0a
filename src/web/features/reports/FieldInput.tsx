import { Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NumberField, TextField } from '../../../contracts/report-forms';
import type { ValueIssue } from '../../../domain/report-values';
import { formatNumber } from '../../app/format';
import { FieldIssues } from './FieldIssues';
import type { PrefillState } from './formState';
import { PrefillTag } from './PrefillTag';

interface Props {
  field: NumberField | TextField;
  value: unknown;
  onChange: (value: number | string | null) => void;
  issues?: readonly ValueIssue[];
  prefill?: PrefillState | null;
}

/** The bounds of a number in words: "từ 0 đến 100", "không nhỏ hơn 0". */
function useBoundsText(field: NumberField): string | null {
  const { t } = useTranslation();
  const { min, max } = field;
  if (min !== null && max !== null)
    return t('reports.field.between', { min: formatNumber(min), max: formatNumber(max) });
  if (min !== null) return t('reports.field.atLeast', { min: formatNumber(min) });
  if (max !== null) return t('reports.field.atMost', { max: formatNumber(max) });
  return null;
}

function NumberInput({ field, value, onChange, invalid, describedBy }: InputProps<NumberField>) {
  const bounds = useBoundsText(field);
  const { t } = useTranslation();
  return (
    <>
      <span className="report-number">
        <InputNumber
          id={`report-field-${field.key}`}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
          precision={field.integer ? 0 : undefined}
          status={invalid ? 'error' : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          size="large"
          className="report-number-input"
        />
        {field.unit ? <span className="report-unit">{field.unit}</span> : null}
      </span>
      {bounds || field.integer ? (
        <span className="muted small" id={`report-field-${field.key}-bounds`}>
          {[field.integer ? t('reports.field.whole') : null, bounds].filter(Boolean).join(', ')}
        </span>
      ) : null}
    </>
  );
}

interface InputProps<F> {
  field: F;
  value: unknown;
  onChange: (value: number | string | null) => void;
  invalid: boolean;
  describedBy: string | undefined;
}

function TextInput({ field, value, onChange, invalid, describedBy }: InputProps<TextField>) {
  return (
    <Input.TextArea
      id={`report-field-${field.key}`}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      maxLength={field.maxLength}
      showCount
      autoSize={{ minRows: 3, maxRows: 12 }}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    />
  );
}

/** One number or text field of a report: its label, help, the input, where its figure came from, its issues. */
export function FieldInput({ field, value, onChange, issues, prefill }: Props) {
  const { t } = useTranslation();
  const id = `report-field-${field.key}`;
  const invalid = Boolean(issues && issues.length > 0);
  const describedBy =
    [
      field.help ? `${id}-help` : null,
      field.kind === 'number' && (field.integer || field.min !== null || field.max !== null)
        ? `${id}-bounds`
        : null,
      invalid ? `${id}-issues` : null,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={`report-field${invalid ? ' report-field-invalid' : ''}`} data-field={field.key}>
      <label htmlFor={id} className="report-field-label">
        {field.label}
        {field.required ? <span className="report-required"> ({t('reports.field.required')})</span> : null}
      </label>
      {field.help ? (
        <span id={`${id}-help`} className="muted">
          {field.help}
        </span>
      ) : null}
      {prefill ? <PrefillTag prefill={prefill} /> : null}
      {field.kind === 'number' ? (
        <NumberInput
          field={field}
          value={value}
          onChange={onChange}
          invalid={invalid}
          describedBy={describedBy}
        />
      ) : (
        <TextInput
          field={field}
          value={value}
          onChange={onChange}
          invalid={invalid}
          describedBy={describedBy}
        />
      )}
      <FieldIssues id={`${id}-issues`} issues={issues} />
    </div>
  );
}
