import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { FormModal } from '../../components/FormModal';
import { type MeetingDetail, meetingPath } from './api';
import { useMeetingSave } from './useMeetingSave';

/** Calls off a planned meeting with the reason the members are told. */
export function CancelMeetingModal({
  meeting,
  open,
  onClose,
}: {
  meeting: MeetingDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, error, save, clearError } = useMeetingSave(meeting.id, form);
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('meetings.cancel.title')}
      okText={t('meetings.cancel.confirm')}
      saving={busy}
      onClose={() => {
        clearError();
        onClose();
      }}
      name="cancel-meeting"
      form={form}
      onSubmit={async ({ reason }) => {
        const done = await save(() =>
          apiPost<MeetingDetail>(meetingPath(meeting.id, '/cancel'), {
            reason: reason.trim(),
            version: meeting.version,
          }),
        );
        if (done) onClose();
      }}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      <Form.Item
        label={t('meetings.cancel.reason')}
        name="reason"
        rules={[{ required: true, whitespace: true, message: t('meetings.cancel.reasonRequired') }]}
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
