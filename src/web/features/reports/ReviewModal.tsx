import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../app/useFormSubmit';
import { FormModal } from '../../components/FormModal';
import {
  acceptSubmission,
  reopenSubmission,
  returnSubmission,
  type SubmissionDetail,
  storeSubmission,
} from './api';

export type ReviewAction = 'accept' | 'return' | 'reopen';

interface Props {
  detail: SubmissionDetail;
  action: ReviewAction | null;
  onClose: () => void;
  onStale: () => Promise<unknown>;
}

function act(action: ReviewAction, detail: SubmissionDetail, text: string) {
  const version = detail.version;
  if (action === 'accept') return acceptSubmission(detail.id, { version, comment: text || null });
  if (action === 'return') return returnSubmission(detail.id, { version, comment: text });
  return reopenSubmission(detail.id, { version, reason: text });
}

/** Accepts a sent report (a comment optional), returns it (what to fix, required), or reopens an accepted one (why). */
export function ReviewModal({ detail, action, onClose, onStale }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text?: string }>();
  const shown = action ?? 'accept';
  const required = shown !== 'accept';
  const { busy, error, submit } = useFormSubmit(
    form,
    async ({ text }) => {
      const done = await act(shown, detail, text?.trim() ?? '');
      storeSubmission(done);
      form.resetFields();
      onClose();
    },
    { onStale, fieldOf: (f) => (f === 'comment' || f === 'reason' ? 'text' : f) },
  );
  return (
    <FormModal<{ text?: string }>
      open={action !== null}
      title={t(`reports.review.${shown}.title`)}
      okText={t(`reports.review.${shown}.confirm`)}
      saving={busy}
      onClose={onClose}
      name="report-review"
      form={form}
      onSubmit={submit}
      notice={
        <>
          <p>{t(`reports.review.${shown}.text`)}</p>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        </>
      }
    >
      <Form.Item
        label={t(`reports.review.${shown}.field`)}
        name="text"
        extra={required ? undefined : t('common.optional')}
        rules={
          required
            ? [{ required: true, whitespace: true, message: t(`reports.review.${shown}.fieldRequired`) }]
            : undefined
        }
      >
        <Input.TextArea maxLength={shown === 'reopen' ? 2000 : 4000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}
