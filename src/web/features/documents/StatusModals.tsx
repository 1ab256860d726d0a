import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, InputNumber, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { DATE_FORMAT } from '../../app/format';
import { FormModal } from '../../components/FormModal';
import { type DocumentDetail, documentPath, nextNumberQuery } from './api';
import { useDocumentSave } from './useDocumentSave';

interface ModalProps {
  document: DocumentDetail;
  open: boolean;
  onClose: () => void;
}

interface IssueValues {
  issuedOn: Dayjs;
  number?: number | null;
}

/** The number issuing on that date would take: a preview, the real one is taken atomically when issuing. */
function NextNumberPreview({
  document: d,
  issuedOn,
}: {
  document: DocumentDetail;
  issuedOn: Dayjs | undefined;
}) {
  const { t } = useTranslation();
  const iso = issuedOn?.isValid() ? issuedOn.format('YYYY-MM-DD') : undefined;
  const next = useQuery({
    ...nextNumberQuery({ issuerId: d.issuerId, type: d.type, issuedOn: iso ?? '', congress: d.congress }),
    enabled: Boolean(iso),
    retry: false,
  });
  if (!iso) return null;
  if (next.isPending) return <Spin size="small" />;
  if (next.isError) return <Alert type="warning" showIcon title={next.error.message} />;
  return (
    <Alert
      type="info"
      showIcon
      title={t('documents.issue.preview', { number: next.data.numberText, term: next.data.termLabel })}
    />
  );
}

/** "Ban hành": the issue date, the next number of the issuer, type and term, or one chosen by hand. */
export function IssueModal({ document: d, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IssueValues>();
  const issuedOn = Form.useWatch('issuedOn', form);
  const { busy, error, save, clearError } = useDocumentSave(d.id, form);
  return (
    <FormModal<IssueValues>
      open={open}
      title={t('documents.issue.title')}
      okText={t('documents.issue.confirm')}
      saving={busy}
      onClose={() => {
        clearError();
        onClose();
      }}
      name="issue-document"
      form={form}
      onSubmit={async (values) => {
        const done = await save(() =>
          apiPost<DocumentDetail>(documentPath(d.id, '/issue'), {
            version: d.version,
            issuedOn: values.issuedOn.format('YYYY-MM-DD'),
            number: values.number ?? null,
          }),
        );
        if (done) onClose();
      }}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      <Form.Item
        label={t('documents.fields.issuedOn')}
        name="issuedOn"
        initialValue={dayjs()}
        rules={[{ required: true, message: t('documents.form.issuedOnRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} placeholder={t('org.datePlaceholder')} style={{ width: '100%' }} />
      </Form.Item>
      <div style={{ marginBottom: 16 }}>
        <NextNumberPreview document={d} issuedOn={issuedOn} />
      </div>
      <Form.Item
        label={`${t('documents.issue.manualNumber')} (${t('common.optional')})`}
        name="number"
        extra={t('documents.issue.manualHelp')}
      >
        <InputNumber min={1} max={99999} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** "Thu hồi" (the reason is required; the number stays in the register, voided) or "Hết hiệu lực". */
export function ReasonModal({
  document: d,
  open,
  onClose,
  kind,
}: ModalProps & { kind: 'withdraw' | 'expire' }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const { busy, error, save, clearError } = useDocumentSave(d.id, form);
  const required = kind === 'withdraw';
  return (
    <FormModal<{ reason?: string }>
      open={open}
      title={t(`documents.${kind}.title`)}
      okText={t(`documents.${kind}.confirm`)}
      saving={busy}
      onClose={() => {
        clearError();
        onClose();
      }}
      name={`${kind}-document`}
      form={form}
      onSubmit={async ({ reason }) => {
        const done = await save(() =>
          apiPost<DocumentDetail>(documentPath(d.id, `/${kind}`), {
            version: d.version,
            reason: reason?.trim() || (required ? '' : null),
          }),
        );
        if (done) {
          form.resetFields();
          onClose();
        }
      }}
      notice={
        <>
          <p className="muted">{t(`documents.${kind}.lead`)}</p>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        </>
      }
    >
      <Form.Item
        label={
          required
            ? t('documents.withdraw.reason')
            : `${t('documents.expire.reason')} (${t('common.optional')})`
        }
        name="reason"
        rules={
          required
            ? [{ required: true, whitespace: true, message: t('documents.withdraw.reasonRequired') }]
            : []
        }
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
