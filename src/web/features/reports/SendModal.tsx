import { Alert, DatePicker, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toIsoDate } from '../../app/format';

interface Props {
  open: boolean;
  /** The level above enters a paper report: it asks the day the paper arrived (on-time is judged by it). */
  paper: boolean;
  opensOn: string;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onSend: (receivedOn: string | null) => void;
}

/** "Gửi báo cáo?": once sent it cannot be changed unless the level above returns it. */
export function SendModal({ open, paper, opensOn, busy, error, onClose, onSend }: Props) {
  const { t } = useTranslation();
  const [receivedOn, setReceivedOn] = useState<Dayjs | null>(dayjs());
  const missingDate = paper && !receivedOn;
  return (
    <Modal
      open={open}
      title={paper ? t('reports.send.paperTitle') : t('reports.send.title')}
      okText={t('reports.send.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: missingDate }}
      onCancel={onClose}
      onOk={() => onSend(paper ? (toIsoDate(receivedOn) ?? null) : null)}
    >
      <div className="stack">
        <p>{paper ? t('reports.send.paperText') : t('reports.send.text')}</p>
        {paper ? (
          <div className="report-field">
            <label htmlFor="report-received-on" className="report-field-label">
              {t('reports.send.receivedOn')}
            </label>
            <DatePicker
              id="report-received-on"
              value={receivedOn}
              onChange={(value) => setReceivedOn(value)}
              format={DATE_FORMAT}
              disabledDate={(day) => day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(opensOn), 'day')}
              style={{ maxWidth: 240 }}
            />
            <span className="muted">{t('reports.send.receivedOnHelp')}</span>
          </div>
        ) : null}
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </div>
    </Modal>
  );
}
