import { Input, InputNumber } from 'antd';
import type { TableField } from '../../../contracts/report-forms';
import type { Cell } from './formState';
import { ThemeSelect } from './ThemeSelect';

interface Props {
  column: TableField['columns'][number];
  value: Cell | undefined;
  onChange: (value: Cell) => void;
  /** Names the cell for screen readers and tests: "Số đảng viên — Dưới 30 tuổi". */
  label: string;
  unitId: string;
  invalid: boolean;
}

/** One cell of a report's table: a number, a text, or a theme of opinion. */
export function TableCell({ column, value, onChange, label, unitId, invalid }: Props) {
  if (column.kind === 'theme')
    return (
      <ThemeSelect
        unitId={unitId}
        value={typeof value === 'string' ? value : null}
        onChange={onChange}
        aria-label={label}
      />
    );
  if (column.kind === 'number')
    return (
      <InputNumber
        aria-label={label}
        value={typeof value === 'number' ? value : null}
        onChange={(next) => onChange(typeof next === 'number' ? next : null)}
        min={0}
        status={invalid ? 'error' : undefined}
        style={{ width: '100%' }}
      />
    );
  return (
    <Input.TextArea
      aria-label={label}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      autoSize={{ minRows: 1, maxRows: 6 }}
      maxLength={4000}
      status={invalid ? 'error' : undefined}
    />
  );
}
