import { BellOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { remindAssignment } from './api';

/** Notifies the secretaries and members of the cells that have not finished yet; says how many were told. */
export function RemindButton({ assignmentId }: { assignmentId: string }) {
  const { t } = useTranslation();
  const { busy, run } = useBusy();
  const [notified, setNotified] = useState<number | null>(null);
  return (
    <div className="stack">
      <div>
        <Button
          className="study-wrap-button"
          icon={<BellOutlined aria-hidden />}
          loading={busy}
          onClick={() =>
            void run(async () => {
              setNotified(null);
              setNotified((await remindAssignment(assignmentId)).notified);
            })
          }
        >
          {t('documentsStudy.remind.button')}
        </Button>
      </div>
      {notified !== null ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('documentsStudy.remind.done', { n: formatNumber(notified) })}
        />
      ) : null}
    </div>
  );
}
