import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TableField } from '../../../contracts/report-forms';
import type { ValueIssue } from '../../../domain/report-values';
import { useIsPhone } from '../../app/useMediaQuery';
import { FieldIssues } from './FieldIssues';
import { addRow, removeRow, setCell, type TableRow } from './formState';
import { TableCell } from './TableCell';

interface Props {
  field: TableField;
  rows: TableRow[];
  onChange: (rows: TableRow[]) => void;
  unitId: string;
  issues?: readonly ValueIssue[];
}

/**
 * A table of a report. Fixed rows (age bands…) are a grid on a wide screen; free rows (one opinion each) are
 * added and removed, each a small block of labelled inputs — so is every row on a phone.
 */
export function TableInput({ field, rows, onChange, unitId, issues }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const fixed = field.rows.length > 0;
  const invalid = Boolean(issues && issues.length > 0);
  const headingId = `report-field-${field.key}-label`;
  const rowLabel = (index: number) =>
    fixed ? (field.rows[index]?.label ?? '') : t('reports.table.row', { n: index + 1 });
  const cellLabel = (column: TableField['columns'][number], index: number) =>
    `${column.label} — ${rowLabel(index)}`;
  const cell = (row: TableRow, index: number, column: TableField['columns'][number]) => (
    <TableCell
      column={column}
      value={row.cells[column.key]}
      onChange={(value) => onChange(setCell(rows, index, column.key, value))}
      label={cellLabel(column, index)}
      unitId={unitId}
      invalid={invalid}
    />
  );

  return (
    <fieldset
      className={`report-field report-fieldset${invalid ? ' report-field-invalid' : ''}`}
      data-field={field.key}
    >
      <legend id={headingId} className="report-field-label">
        {field.label}
        {field.required ? <span className="report-required"> ({t('reports.field.required')})</span> : null}
      </legend>
      {field.help ? <span className="muted">{field.help}</span> : null}
      {fixed && !phone ? (
        <div className="report-table-wrap">
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.table.rowHeader')}</th>
                {field.columns.map((column) => (
                  <th scope="col" key={column.key}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.row ?? index}>
                  <th scope="row">{rowLabel(index)}</th>
                  {field.columns.map((column) => (
                    <td key={column.key}>{cell(row, index, column)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ol className="report-rows">
          {rows.map((row, index) => (
            <li key={row.row ?? index} className="report-row">
              <div className="report-row-head">
                <span className="strong">{rowLabel(index)}</span>
                {fixed ? null : (
                  <Button
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('reports.table.removeRow', { n: index + 1 })}
                    onClick={() => onChange(removeRow(rows, index))}
                  >
                    {phone ? null : t('reports.table.remove')}
                  </Button>
                )}
              </div>
              {field.columns.map((column) => (
                <div key={column.key} className="report-row-cell">
                  <span className="field-label">{column.label}</span>
                  {cell(row, index, column)}
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
      {fixed ? null : (
        <div>
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => onChange(addRow(rows))}
            disabled={rows.length >= field.maxRows}
          >
            {t('reports.table.addRow')}
          </Button>
          {rows.length === 0 ? <span className="muted"> {t('reports.table.noRows')}</span> : null}
        </div>
      )}
      <FieldIssues id={`report-field-${field.key}-issues`} issues={issues} />
    </fieldset>
  );
}
