import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../app/format';

/** The parts of an infinite query the footer uses. */
interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface LoadMoreFooterProps {
  /** How many items are on screen. */
  shown: number;
  /** How many there are in all. */
  total: number;
  list: PagedList;
}

/** Under a paged list: "showing N of M", and a button to load the next page while there is one. */
export function LoadMoreFooter({ shown, total, list }: LoadMoreFooterProps) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <span className="muted">
        {t('common.shown', { shown: formatNumber(shown), total: formatNumber(total) })}
      </span>
      {list.hasNextPage ? (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
