import { QrcodeOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, QRCode, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { errorText } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { type CheckInLink, meetingPath } from './api';

/** Shows the meeting's check-in QR code: members scan it and mark themselves present during the meeting. */
export function CheckInQrButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [link, setLink] = useState<CheckInLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      setLink(await apiPost<CheckInLink>(meetingPath(meetingId, '/check-in-link')));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const url = link ? `${window.location.origin}${link.path}` : '';

  return (
    <>
      <Button icon={<QrcodeOutlined aria-hidden />} size="large" loading={busy} onClick={() => void open()}>
        {t('meetings.checkIn.qrButton')}
      </Button>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Modal
        open={link !== null}
        title={t('meetings.checkIn.qrTitle')}
        onCancel={() => setLink(null)}
        footer={<Button onClick={() => setLink(null)}>{t('common.close')}</Button>}
      >
        {link ? (
          <div className="meeting-qr">
            <div role="img" aria-label={t('meetings.checkIn.qrAlt')}>
              <div aria-hidden="true">
                <QRCode value={url} size={240} />
              </div>
            </div>
            <p>
              {t('meetings.checkIn.validity', {
                from: formatDateTime(link.validFrom),
                to: formatDateTime(link.validTo),
              })}
            </p>
            <Typography.Paragraph copyable={{ text: url }} className="break-anywhere mono">
              {url}
            </Typography.Paragraph>
          </div>
        ) : null}
      </Modal>
    </>
  );
}
