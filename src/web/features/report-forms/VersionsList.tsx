import { useQuery } from '@tanstack/react-query';
import { Alert, Button, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { formVersionQuery, type ReportFormDetail } from './api';
import { FormPreview } from './FormPreview';

/** One past version shown as it was filled in. */
function VersionModal({
  form,
  versionNo,
  onClose,
}: {
  form: ReportFormDetail;
  versionNo: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const version = useQuery(formVersionQuery(form.id, versionNo));
  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      width={900}
      title={t('reportForms.versionNo', { n: versionNo })}
    >
      {version.isError ? <Alert type="error" showIcon title={errorText(version.error)} /> : null}
      {version.data ? <FormPreview definition={version.data.definition} name={form.name} /> : null}
    </Modal>
  );
}

/** Every version of the form: when, by whom, why, and how many reports were filled in it. */
export function VersionsList({ form }: { form: ReportFormDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('reportForms.versionsHelp')}</Typography.Paragraph>
      <List
        dataSource={[...form.versions].reverse()}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Button key="open" onClick={() => setOpen(v.versionNo)}>
                {t('reportForms.viewVersion')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  {t('reportForms.versionNo', { n: v.versionNo })}
                  {v.versionNo === form.currentVersionNo ? ` — ${t('reportForms.current')}` : ''}
                </>
              }
              description={
                <>
                  <div>
                    {formatDateTime(v.createdAt)}
                    {v.createdBy ? ` · ${v.createdBy}` : ''} ·{' '}
                    {t('reportForms.versionReports', { n: v.submissions })}
                  </div>
                  {v.changeNote ? <div>{v.changeNote}</div> : null}
                </>
              }
            />
          </List.Item>
        )}
      />
      {open !== null ? <VersionModal form={form} versionNo={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
