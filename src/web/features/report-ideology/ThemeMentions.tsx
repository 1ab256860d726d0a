import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { mentionsQuery, type OverviewFilter } from './api';

/** What the units said about a theme in the range: unit, period, the opinion and the proposal. */
export function ThemeMentions({
  themeId,
  filter,
}: {
  themeId: string;
  filter: Omit<OverviewFilter, 'status'>;
}) {
  const { t } = useTranslation();
  const list = useInfiniteQuery(mentionsQuery(themeId, filter));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  if (list.isPending) return <Skeleton active title={false} paragraph={{ rows: 4 }} />;
  if (list.error) return <Alert type="error" showIcon title={errorText(list.error)} />;
  if (items.length === 0) return <Empty description={t('reportIdeology.mentions.empty')} />;
  return (
    <>
      <ul className="plain-list ideology-mentions" aria-label={t('reportIdeology.mentions.title')}>
        {items.map((m) => (
          <li key={m.id} className="list-card ideology-mention">
            <span className="strong break-anywhere">
              {m.unit.name} · {m.period.label}
            </span>
            <span className="ideology-text">{m.content || t('reportIdeology.mentions.noContent')}</span>
            {m.proposal ? (
              <span className="ideology-text">
                <span className="muted">{t('reportIdeology.mentions.proposal')}:</span> {m.proposal}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <LoadMoreFooter shown={items.length} total={total} list={list} />
    </>
  );
}
