import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { planHref, type StudyTarget, storeAssignment, uploadPlan } from './api';

/** The cell's implementation plan (kế hoạch thực hiện): the file uploaded, and a button to send a new one. */
export function PlanUpload({ target }: { target: StudyTarget }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      storeAssignment(await uploadPlan(target.id, file));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="stack study-plan" aria-labelledby={`plan-${target.id}`}>
      <h3 id={`plan-${target.id}`} className="card-title">
        {t('documentsStudy.plan.title')}
      </h3>
      <p className="muted">{t('documentsStudy.plan.help')}</p>
      {target.planFile ? (
        <div>
          <a href={planHref(target.id)} download={target.planFile.fileName} className="strong break-anywhere">
            <DownloadOutlined aria-hidden /> {target.planFile.fileName}
          </a>
          <div className="muted">
            {t('documentsStudy.plan.uploaded', { at: formatDateTime(target.planFile.uploadedAt) })}
          </div>
        </div>
      ) : null}
      <div>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t('documentsStudy.plan.choose')}
          data-testid="study-plan-input"
          accept=".pdf,.doc,.docx,.odt,.xls,.xlsx,.ods,.txt,.jpg,.png"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
          {target.planFile ? t('documentsStudy.plan.replace') : t('documentsStudy.plan.upload')}
        </Button>
      </div>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </section>
  );
}
