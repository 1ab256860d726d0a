import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { RemoveFileButton } from '../../components/RemoveFileButton';
import { type DocumentDetail, fileHref, refetchDocument, uploadFile } from './api';
import { sizeText } from './labels';
import { useDocumentSave } from './useDocumentSave';

const ACCEPT = '.pdf,.docx,.doc,.xlsx,.xls,.odt,.ods,.jpg,.jpeg,.png,.txt';

/** The document's files (scans, Word, PDF): stored on disk with a SHA-256 to show they are unchanged. */
export function FilesSection({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, save } = useDocumentSave(d.id);
  const { busy: removing, error: removeError, save: saveRemoval } = useDocumentSave(d.id);

  const onFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) await save(() => uploadFile(d.id, file));
    if (input.current) input.current.value = '';
  };

  return (
    <section className="stack" aria-labelledby="document-files">
      <h2 id="document-files" className="card-title">
        {t('documents.files.title')}
      </h2>
      {d.canWrite ? (
        <div>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept={ACCEPT}
            aria-label={t('documents.files.choose')}
            data-testid="document-file-input"
            onChange={(e) => void onFiles(e.target.files)}
          />
          <Button icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
            {t('documents.files.upload')}
          </Button>
          <p className="muted small">{t('documents.files.help')}</p>
        </div>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {removeError ? <Alert type="error" showIcon title={removeError} /> : null}
      {d.files.length === 0 ? (
        <Empty description={t('documents.files.empty')} />
      ) : (
        <ul className="plain-list" aria-label={t('documents.files.title')}>
          {d.files.map((file) => (
            <li key={file.id} className="document-file">
              <div className="document-file-name">
                <a href={fileHref(d.id, file.id)} className="strong" download={file.fileName}>
                  <DownloadOutlined aria-hidden /> {file.fileName}
                </a>
                <div className="muted small">
                  {t('documents.files.line', {
                    size: sizeText(file.size, formatNumber),
                    at: formatDateTime(file.uploadedAt),
                  })}{' '}
                  <span className="mono" title={file.sha256}>
                    SHA-256 {file.sha256.slice(0, 12)}…
                  </span>
                </div>
              </div>
              {d.canWrite ? (
                <RemoveFileButton
                  fileName={file.fileName}
                  labels="documents.files"
                  loading={removing}
                  onConfirm={() =>
                    saveRemoval(async () => {
                      await api<unknown>(fileHref(d.id, file.id), { method: 'DELETE' });
                      return refetchDocument(d.id);
                    })
                  }
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
