import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { closeTask, reopenTask, type TaskDetail } from './api';
import { useTaskSubmit } from './useTaskSubmit';

export type CloseAction = 'done' | 'cancelled' | 'reopen';

/** Marks a task done (a note optional), cancels it (the reason required), or opens it again (with why). */
export function CloseTaskModal({
  task,
  action,
  onClose,
}: {
  task: TaskDetail;
  action: CloseAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const shown = action ?? 'done';
  const { busy, error, submit } = useTaskSubmit(
    task.id,
    form,
    ({ reason }) => {
      const text = reason?.trim() || null;
      if (shown === 'reopen') return reopenTask(task.id, { reason: text ?? '', version: task.version });
      return closeTask(task.id, { status: shown, reason: text, version: task.version });
    },
    onClose,
  );
  const reasonRequired = shown !== 'done';
  return (
    <FormModal<{ reason?: string }>
      open={action !== null}
      title={t(`tasks.close.${shown}.title`)}
      okText={t(`tasks.close.${shown}.confirm`)}
      saving={busy}
      onClose={onClose}
      name="task-close"
      form={form}
      onSubmit={submit}
      notice={
        <>
          <p className="break-anywhere">{task.title}</p>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        </>
      }
    >
      <Form.Item
        label={t(`tasks.close.${shown}.reason`)}
        name="reason"
        extra={reasonRequired ? undefined : t('common.optional')}
        rules={
          reasonRequired
            ? [{ required: true, whitespace: true, message: t('tasks.close.reasonRequired') }]
            : undefined
        }
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
