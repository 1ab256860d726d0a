import type { FormField } from '../../../contracts/report-forms';
import type { PrefilledValues, SubmissionValues } from '../../../contracts/reports';
import type { ValueIssue } from '../../../domain/report-values';
import { FieldInput } from './FieldInput';
import { prefillOf, type TableRow, tableRows } from './formState';
import { TableInput } from './TableInput';

interface Props {
  field: FormField;
  values: SubmissionValues;
  prefill: PrefilledValues;
  issues: Map<string, ValueIssue[]>;
  unitId: string;
  onChange: (key: string, value: SubmissionValues[string]) => void;
}

/** One field of the report being filled in, whatever its kind. */
export function EditableField({ field, values, prefill, issues, unitId, onChange }: Props) {
  const value = values[field.key];
  if (field.kind === 'table')
    return (
      <TableInput
        field={field}
        rows={tableRows(field, value)}
        onChange={(rows: TableRow[]) => onChange(field.key, rows)}
        unitId={unitId}
        issues={issues.get(field.key)}
      />
    );
  return (
    <FieldInput
      field={field}
      value={value}
      onChange={(next) => onChange(field.key, next)}
      issues={issues.get(field.key)}
      prefill={field.kind === 'number' ? prefillOf(field.key, value, prefill) : null}
    />
  );
}
