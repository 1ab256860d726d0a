import { CalendarOutlined, CopyOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { calendarFeedQuery, meetingsPanelKeys, renewCalendarFeed, revokeCalendarFeed } from './api';

/**
 * "Lịch họp (iCalendar)" on the account page: a secret address a calendar app subscribes to. The server keeps
 * only its hash, so the address is shown once, right after it is created or renewed.
 */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const feed = useQuery(calendarFeedQuery);
  const { busy, run } = useBusy();
  const [url, setUrl] = useState<string | null>(null);

  const renew = () =>
    run(async () => {
      const created = await renewCalendarFeed();
      setUrl(created.url);
      queryClient.setQueryData(meetingsPanelKeys.feed, { ...created, url: null });
    });
  const revoke = () =>
    run(async () => {
      await revokeCalendarFeed();
      setUrl(null);
      await queryClient.invalidateQueries({ queryKey: meetingsPanelKeys.feed });
      message.success(t('calendarFeed.revoked'));
    });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      message.success(t('calendarFeed.copied'));
    } catch {
      message.info(t('calendarFeed.copyByHand'));
    }
  };

  return (
    <Card title={<h2 className="card-title">{t('calendarFeed.title')}</h2>}>
      <Typography.Paragraph className="muted">{t('calendarFeed.help')}</Typography.Paragraph>
      {feed.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      ) : feed.error ? (
        <Alert type="error" showIcon title={errorText(feed.error)} />
      ) : (
        <div className="stack">
          <Typography.Paragraph style={{ margin: 0 }}>
            {feed.data.active
              ? t('calendarFeed.active', { at: formatDateTime(feed.data.createdAt) })
              : t('calendarFeed.inactive')}
          </Typography.Paragraph>
          {url ? (
            <div className="stack">
              <label htmlFor="calendar-feed-url" className="strong">
                {t('calendarFeed.url')}
              </label>
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  id="calendar-feed-url"
                  readOnly
                  value={url}
                  className="mono"
                  onFocus={(e) => e.target.select()}
                />
                <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
                  {t('calendarFeed.copy')}
                </Button>
              </Space.Compact>
              <Alert type="warning" showIcon title={t('calendarFeed.onlyOnce')} />
            </div>
          ) : null}
          <div className="form-actions">
            {feed.data.active ? (
              <>
                <Popconfirm
                  title={t('calendarFeed.renewConfirm')}
                  okText={t('calendarFeed.renew')}
                  cancelText={t('common.cancel')}
                  onConfirm={renew}
                >
                  <Button icon={<CalendarOutlined aria-hidden />} loading={busy}>
                    {t('calendarFeed.renew')}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={t('calendarFeed.revokeConfirm')}
                  okText={t('calendarFeed.revoke')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={revoke}
                >
                  <Button danger loading={busy}>
                    {t('calendarFeed.revoke')}
                  </Button>
                </Popconfirm>
              </>
            ) : (
              <Button type="primary" icon={<CalendarOutlined aria-hidden />} loading={busy} onClick={renew}>
                {t('calendarFeed.create')}
              </Button>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
