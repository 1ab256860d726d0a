import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormField, TableField } from '../../../contracts/report-forms';
import { formatNumber } from '../../app/format';
import { type PrefillState, tableRows } from './formState';
import { PrefillTag } from './PrefillTag';
import { useThemes } from './ThemeSelect';

function ReadOnlyTable({ field, value, unitId }: { field: TableField; value: unknown; unitId: string }) {
  const { t } = useTranslation();
  const hasTheme = field.columns.some((column) => column.kind === 'theme');
  const themes = useThemes(unitId, hasTheme);
  const rows = tableRows(field, value);
  const fixed = field.rows.length > 0;
  if (rows.length === 0) return <p className="muted">{t('reports.view.noRows')}</p>;
  const show = (column: TableField['columns'][number], cell: unknown) => {
    if (cell === null || cell === undefined || cell === '') return '—';
    if (column.kind === 'number' && typeof cell === 'number') return formatNumber(cell);
    if (column.kind === 'theme') return themes.find((theme) => theme.id === cell)?.name ?? String(cell);
    return String(cell);
  };
  return (
    <div className="report-table-wrap">
      <table className="report-table report-table-read">
        <thead>
          <tr>
            <th scope="col">{fixed ? t('reports.table.rowHeader') : t('reports.table.numberHeader')}</th>
            {field.columns.map((column) => (
              <th scope="col" key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are shown in their stored order
            <tr key={index}>
              <th scope="row">{fixed ? (field.rows[index]?.label ?? row.row) : index + 1}</th>
              {field.columns.map((column) => (
                <td key={column.key} className={column.kind === 'number' ? 'report-num' : 'report-text'}>
                  {show(column, row.cells[column.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A field of a sent or accepted report, as text. */
export function ReadOnlyField({
  field,
  value,
  unitId,
  prefill,
}: {
  field: FormField;
  value: unknown;
  unitId: string;
  prefill: PrefillState | null;
}) {
  const { t } = useTranslation();
  let shown: ReactNode;
  if (field.kind === 'table') shown = <ReadOnlyTable field={field} value={value} unitId={unitId} />;
  else if (value === null || value === undefined || value === '')
    shown = <p className="muted">{t('reports.view.blank')}</p>;
  else if (field.kind === 'number')
    shown = (
      <p className="report-value">
        {formatNumber(value as number)} {field.unit ?? ''}
      </p>
    );
  else shown = <p className="report-value report-text">{String(value)}</p>;
  return (
    <div className="report-field" data-field={field.key}>
      <span className="report-field-label">
        {field.label}
        {field.retired ? <span className="muted"> ({t('reports.view.retired')})</span> : null}
      </span>
      {prefill ? <PrefillTag prefill={prefill} /> : null}
      {shown}
    </div>
  );
}
