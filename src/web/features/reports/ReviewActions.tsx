import { CheckOutlined, RollbackOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDetail } from './api';
import { type ReviewAction, ReviewModal } from './ReviewModal';

/** The level above's decisions: accept or return a sent report; reopen an accepted one. */
export function ReviewActions({
  detail,
  onStale,
}: {
  detail: SubmissionDetail;
  onStale: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [action, setAction] = useState<ReviewAction | null>(null);
  if (!detail.canReview || (detail.status !== 'submitted' && detail.status !== 'accepted')) return null;
  return (
    <Card title={<h2 className="card-title">{t('reports.review.title')}</h2>}>
      <div className="form-actions">
        {detail.status === 'submitted' ? (
          <>
            <Button
              type="primary"
              size="large"
              icon={<CheckOutlined aria-hidden />}
              onClick={() => setAction('accept')}
            >
              {t('reports.review.accept.button')}
            </Button>
            <Button
              size="large"
              danger
              icon={<RollbackOutlined aria-hidden />}
              onClick={() => setAction('return')}
            >
              {t('reports.review.return.button')}
            </Button>
          </>
        ) : (
          <Button size="large" icon={<UnlockOutlined aria-hidden />} onClick={() => setAction('reopen')}>
            {t('reports.review.reopen.button')}
          </Button>
        )}
      </div>
      <ReviewModal detail={detail} action={action} onClose={() => setAction(null)} onStale={onStale} />
    </Card>
  );
}
