import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import type { Page } from '../../app/types';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import type { PetitionSummary } from './api';
import { isOverdue, PetitionAge, PetitionStatusText } from './labels';

interface PetitionListProps {
  list: UseInfiniteQueryResult<InfiniteData<Page<PetitionSummary>>>;
  label: string;
  empty: string;
  /** The register shows who sent each; the user's own list shows where it went. */
  show: 'sender' | 'addressee';
}

/** Petitions as cards: subject, sender or addressee, date received, status and age. */
export function PetitionList({ list, label, empty, show }: PetitionListProps) {
  const { t } = useTranslation();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  if (list.isPending) return <Skeleton active title={false} paragraph={{ rows: 4 }} />;
  if (list.error) return <Alert type="error" showIcon title={errorText(list.error)} />;
  if (items.length === 0) return <Empty description={empty} />;
  return (
    <>
      <ul className="plain-list petition-list" aria-label={label}>
        {items.map((p) => (
          <li key={p.id} className={`list-card petition-item${isOverdue(p) ? ' petition-overdue' : ''}`}>
            <Link to="/petitions/$petitionId" params={{ petitionId: p.id }} className="strong break-anywhere">
              {p.subject}
            </Link>
            <span className="muted break-anywhere">
              {t(`petitions.kinds.${p.kind}`)} ·{' '}
              {show === 'sender'
                ? p.fromMember
                  ? t('petitions.list.fromMember', { member: p.fromMember.name, unit: p.fromUnit.name })
                  : t('petitions.list.fromUnit', { unit: p.fromUnit.name })
                : t('petitions.list.to', { unit: p.toUnit.name })}
            </span>
            <span className="petition-item-line">
              <span>{t('petitions.list.received', { date: formatDate(p.receivedOn) })}</span>
              <PetitionStatusText petition={p} />
              <PetitionAge petition={p} />
            </span>
          </li>
        ))}
      </ul>
      <LoadMoreFooter shown={items.length} total={total} list={list} />
    </>
  );
}
