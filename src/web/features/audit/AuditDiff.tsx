import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AuditEntry, type DiffRow, diffRows } from './api';

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '')
    return <span className="muted">{t('common.noValue')}</span>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'string' || typeof value === 'number') return <>{String(value)}</>;
  return <pre className="mono">{JSON.stringify(value, null, 2)}</pre>;
}

interface DiffTableProps {
  rows: DiffRow[];
  caption: string;
  /** Mark changed fields (only meaningful when there is a value before and after). */
  markChanges: boolean;
  /** Creations have no "before" column, deletions no "after" column. */
  showBefore: boolean;
  showAfter: boolean;
}

function DiffTable({ rows, caption, markChanges, showBefore, showAfter }: DiffTableProps) {
  const { t } = useTranslation();
  return (
    <div className="diff-wrap">
      <table className="diff-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.field')}</th>
            {showBefore ? <th scope="col">{t('audit.before')}</th> : null}
            {showAfter ? <th scope="col">{t('audit.after')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field || '(value)'}>
              <th scope="row" className="mono">
                {row.field || '—'}
                {markChanges && row.changed ? (
                  <span className="diff-mark"> ({t('audit.changedMark')})</span>
                ) : null}
              </th>
              {showBefore ? (
                <td className={markChanges && row.changed ? 'diff-before' : undefined}>
                  <Value value={row.before} />
                </td>
              ) : null}
              {showAfter ? (
                <td className={markChanges && row.changed ? 'diff-after' : undefined}>
                  <Value value={row.after} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The expanded row of an audit entry: what changed (before → after), then the unchanged fields folded away. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const rows = diffRows(entry.before, entry.after);
  const changed = rows.filter((row) => row.changed);
  const unchanged = rows.filter((row) => !row.changed);
  // Marking "changed" only helps when there was a value before and after (not on creation or deletion).
  const isUpdate = entry.before !== null && entry.after !== null;
  return (
    <div className="stack audit-detail">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 3 }}
        items={[
          { key: 'id', label: t('audit.entryNumber'), children: `#${entry.id}` },
          {
            key: 'request',
            label: t('audit.requestId'),
            children: <span className="mono">{entry.requestId ?? '—'}</span>,
          },
          { key: 'ip', label: t('audit.ip'), children: <span className="mono">{entry.ip ?? '—'}</span> },
        ]}
      />
      {changed.length === 0 ? (
        <p className="muted">{t('audit.noChanges')}</p>
      ) : (
        <DiffTable
          rows={changed}
          caption={t('audit.recordId', { id: entry.id })}
          markChanges={isUpdate}
          showBefore={entry.before !== null}
          showAfter={entry.after !== null}
        />
      )}
      {unchanged.length > 0 ? (
        <details>
          <summary>{t('audit.unchanged', { n: unchanged.length })}</summary>
          <DiffTable
            rows={unchanged}
            caption={t('audit.unchanged', { n: unchanged.length })}
            markChanges={false}
            showBefore={entry.before !== null}
            showAfter={entry.after !== null}
          />
        </details>
      ) : null}
    </div>
  );
}
