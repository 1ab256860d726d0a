import { CheckOutlined, ExportOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, App, Button, Card, Empty, Segmented, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { errorText, useShowError } from '../../app/errors';
import { formatDateTime, formatNumber } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { type Notification, notificationKeys, notificationListOptions, safeNotificationLink } from './api';

export function NotificationsPage() {
  const { t } = useTranslation();
  const { filter } = useSearch({ from: '/app/notifications' });
  const navigate = useNavigate({ from: '/notifications' });
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useShowError();
  const unreadOnly = filter === 'unread';
  const list = useInfiniteQuery(notificationListOptions(unreadOnly));

  const first = list.data?.pages[0];
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });

  const markRead = useMutation({
    mutationFn: (id: string) => apiPost(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: refresh,
    onError: (error) => showError(error),
  });
  const markAll = useMutation({
    mutationFn: () => apiPost('/api/notifications/read-all'),
    onSuccess: async () => {
      await refresh();
      void message.success(t('notifications.allMarked'));
    },
    onError: (error) => showError(error),
  });

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        intro={
          first
            ? t('notifications.summary', {
                total: formatNumber(first.total),
                unread: formatNumber(first.unread),
              })
            : null
        }
        extra={
          <Button
            icon={<CheckOutlined aria-hidden />}
            onClick={() => markAll.mutate()}
            loading={markAll.isPending}
            disabled={!first || first.unread === 0}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Card>
        <div className="notifications-filter">
          <span id="notifications-filter-label" className="muted">
            {t('notifications.filterLabel')}:
          </span>{' '}
          <Segmented
            aria-labelledby="notifications-filter-label"
            value={unreadOnly ? 'unread' : 'all'}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unread') },
            ]}
            onChange={(value) =>
              void navigate({ search: { filter: value === 'unread' ? 'unread' : undefined }, replace: true })
            }
          />
        </div>
        {list.isPending ? (
          <Skeleton active title={false} paragraph={{ rows: 6 }} />
        ) : list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} />
        ) : items.length === 0 ? (
          <Empty description={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')} />
        ) : (
          <>
            <ul className="plain-list">
              {items.map((item) => (
                <NotificationItem
                  key={item.id}
                  item={item}
                  onMarkRead={() => markRead.mutate(item.id)}
                  marking={markRead.isPending && markRead.variables === item.id}
                />
              ))}
            </ul>
            <LoadMoreFooter shown={items.length} total={first?.total ?? 0} list={list} />
          </>
        )}
      </Card>
    </>
  );
}

interface ItemProps {
  item: Notification;
  onMarkRead: () => void;
  marking: boolean;
}

function NotificationItem({ item, onMarkRead, marking }: ItemProps) {
  const { t } = useTranslation();
  const unread = item.readAt === null;
  const link = safeNotificationLink(item.link);
  return (
    <li className={`notification-item${unread ? ' unread' : ''}`}>
      <div className="notification-item-body">
        <h2 className="notification-title">
          {unread ? <span className="unread-dot">{t('notifications.unreadTag')}</span> : null}
          {item.title}
        </h2>
        {item.body ? (
          <Typography.Paragraph className="notification-text">{item.body}</Typography.Paragraph>
        ) : null}
        <div className="notification-actions">
          <span className="muted">{formatDateTime(item.createdAt)}</span>
          {link ? (
            <ButtonLink
              size="small"
              icon={<ExportOutlined aria-hidden />}
              href={link}
              onClickCapture={() => {
                if (unread) onMarkRead();
              }}
            >
              {t('notifications.open')}
            </ButtonLink>
          ) : null}
          {unread ? (
            <Button size="small" onClick={onMarkRead} loading={marking}>
              {t('notifications.markRead')}
            </Button>
          ) : (
            <span className="muted">{t('notifications.readAt', { time: formatDateTime(item.readAt) })}</span>
          )}
        </div>
      </div>
    </li>
  );
}
