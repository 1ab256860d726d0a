import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { fieldLabel } from '../members/field-values';
import { memberSourcesQuery } from './api';

/** Which fields of the record came from an Excel import: the file, its row, when and by whom. */
export function MemberSourcesSection({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const sources = useQuery(memberSourcesQuery(memberId));
  const fields = sources.data?.fields ?? [];
  if (fields.length === 0) return null;
  const groups = new Map<string, { head: (typeof fields)[number]; names: string[] }>();
  for (const f of fields) {
    const key = `${f.importId}:${f.rowNumber}`;
    const group = groups.get(key) ?? { head: f, names: [] };
    group.names.push(fieldLabel(t, f.field));
    groups.set(key, group);
  }
  return (
    <Card title={<h2 className="card-title">{t('exchange.sources.title')}</h2>} size="small">
      <ul className="plain-list">
        {[...groups.values()].map(({ head, names }) => (
          <li key={`${head.importId}:${head.rowNumber}`}>
            {t('exchange.sources.line', {
              file: head.fileName,
              row: head.rowNumber,
              at: formatDateTime(head.importedAt),
              by: head.importedBy ?? t('members.history.system'),
            })}
            <div className="muted">{names.join(', ')}</div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
