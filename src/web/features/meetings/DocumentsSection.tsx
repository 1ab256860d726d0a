import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { RemoveFileButton } from '../../components/RemoveFileButton';
import { StatusText } from '../../components/StatusText';
import { documentHref, type MeetingDetail, refetchMeeting, uploadDocument } from './api';
import { useMeetingSave } from './useMeetingSave';

const MAX_BYTES = 20 * 1024 * 1024;

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.ceil(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The meeting's documents: members must have them a day before; later ones are tagged "gửi muộn". */
export function DocumentsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, save } = useMeetingSave(meeting.id);
  const { busy: removing, error: removeError, save: saveRemoval } = useMeetingSave(meeting.id);

  const [tooLarge, setTooLarge] = useState<string | null>(null);

  const onFiles = async (files: FileList | null) => {
    setTooLarge(null);
    for (const file of Array.from(files ?? [])) {
      if (file.size > MAX_BYTES) {
        setTooLarge(t('meetings.documents.tooLarge', { name: file.name }));
        continue;
      }
      await save(() => uploadDocument(meeting.id, file));
    }
    if (input.current) input.current.value = '';
  };

  return (
    <div className="stack">
      <p className="muted">{t('meetings.documents.help')}</p>
      {meeting.canEdit ? (
        <div>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            aria-label={t('meetings.documents.choose')}
            data-testid="meeting-document-input"
            onChange={(e) => void onFiles(e.target.files)}
          />
          <Button icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
            {t('meetings.documents.upload')}
          </Button>
        </div>
      ) : null}
      {tooLarge ? <Alert type="error" showIcon title={tooLarge} /> : null}
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {removeError ? <Alert type="error" showIcon title={removeError} /> : null}
      {meeting.documents.length === 0 ? (
        <Empty description={t('meetings.documents.empty')} />
      ) : (
        <ul className="plain-list meeting-documents" aria-label={t('meetings.documents.title')}>
          {meeting.documents.map((doc) => (
            <li key={doc.id} className="meeting-document">
              <div className="meeting-document-name">
                <a
                  href={documentHref(meeting.id, doc.id)}
                  className="strong break-anywhere"
                  download={doc.fileName}
                >
                  <DownloadOutlined aria-hidden /> {doc.fileName}
                </a>
                {doc.late ? <StatusText tone="warn">{t('meetings.documents.late')}</StatusText> : null}
              </div>
              <div className="muted">
                {t('meetings.documents.attached', {
                  at: formatDateTime(doc.attachedAt),
                  size: sizeText(doc.size),
                })}
              </div>
              {meeting.canEdit ? (
                <RemoveFileButton
                  fileName={doc.fileName}
                  labels="meetings.documents"
                  loading={removing}
                  onConfirm={() =>
                    saveRemoval(async () => {
                      await api<unknown>(documentHref(meeting.id, doc.id), { method: 'DELETE' });
                      return refetchMeeting(meeting.id);
                    })
                  }
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
