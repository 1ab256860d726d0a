import { useMutation } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Alert, Button, Card, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { errorText } from '../../app/errors';
import { formatDateTime, formatLongDate } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import type { CheckInResult } from './api';
import { vnDate, vnTime } from './time';

/** Where the meeting's QR code leads: the signed-in member marks themself present, once, during the meeting. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { secret } = useParams({ from: '/app/check-in/$secret' });
  const checkIn = useMutation({
    mutationFn: () => apiPost<CheckInResult>(`/api/check-in/${encodeURIComponent(secret)}`),
  });
  const { mutate } = checkIn;
  // Once per opening of the page (React's development double effects must not check in twice).
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    mutate();
  }, [mutate]);

  return (
    <>
      <PageHeader title={t('meetings.checkIn.title')} />
      <Card>
        {checkIn.isPending || checkIn.isIdle ? <Spin /> : null}
        {checkIn.isSuccess ? (
          <Result
            status="success"
            title={t('meetings.checkIn.done', { at: formatDateTime(checkIn.data.checkedInAt) })}
            subTitle={t('meetings.checkIn.doneMeeting', {
              unit: checkIn.data.unitName,
              date: formatLongDate(vnDate(checkIn.data.startsAt)),
              time: vnTime(checkIn.data.startsAt),
            })}
            extra={
              <ButtonLink type="primary" href={`/meetings/${checkIn.data.meetingId}`}>
                {t('meetings.checkIn.open')}
              </ButtonLink>
            }
          />
        ) : null}
        {checkIn.isError ? (
          <div className="stack">
            <Alert type="error" showIcon title={errorText(checkIn.error)} />
            <Button onClick={() => checkIn.mutate()}>{t('meetings.checkIn.retry')}</Button>
          </div>
        ) : null}
      </Card>
    </>
  );
}
