import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { Transfer } from './api';

/** What is due next, in words, with "overdue" in red first. */
export function DueText({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const next = transfer.next;
  if (!next) return <span className="muted">{t(`transfers.status.${transfer.status}`)}</span>;
  return (
    <span>
      {next.overdue ? <Tag color="red">{t('transfers.overdue')}</Tag> : null}
      {t(`transfers.next.${next.kind}`, { date: formatDate(next.dueOn) })}
    </span>
  );
}
