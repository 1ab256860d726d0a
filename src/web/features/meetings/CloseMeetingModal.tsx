import { Alert, Form, Radio } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { FormModal } from '../../components/FormModal';
import { type MeetingDetail, meetingPath } from './api';
import { DurationFields, type HeldTimes, heldInstants, heldTimesOf } from './DurationFields';
import { useMeetingSave } from './useMeetingSave';

interface CloseValues extends HeldTimes {
  qualityRating?: string;
}

/** "Kết thúc & khóa biên bản": the real times and the quality self-rating; the minutes are locked after. */
export function CloseMeetingModal({
  meeting,
  open,
  onClose,
}: {
  meeting: MeetingDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CloseValues>();
  const { busy, error, save, clearError } = useMeetingSave(meeting.id, form);

  // Each opening starts from the times in the minutes (or the plan); a reload while open keeps what was picked.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && !wasOpen.current) form.setFieldsValue(heldTimesOf(meeting));
    wasOpen.current = open;
  }, [open, form, meeting]);

  const submit = async (values: CloseValues) => {
    const { startedAt, endedAt } = heldInstants(meeting, values);
    const closed = await save(() =>
      apiPost<MeetingDetail>(meetingPath(meeting.id, '/close'), {
        startedAt,
        endedAt,
        qualityRating: values.qualityRating,
        version: meeting.version,
      }),
    );
    if (closed) onClose();
  };

  return (
    <FormModal<CloseValues>
      open={open}
      title={t('meetings.close.title')}
      okText={t('meetings.close.confirm')}
      saving={busy}
      onClose={() => {
        clearError();
        onClose();
      }}
      name="close-meeting"
      form={form}
      onSubmit={submit}
      notice={
        <div className="stack" style={{ marginBottom: 16 }}>
          <Alert type="info" showIcon title={t('meetings.close.help')} />
          {error ? <Alert type="error" showIcon title={error} /> : null}
        </div>
      }
    >
      <CloseFields meeting={meeting} />
    </FormModal>
  );
}

function CloseFields({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<CloseValues>();
  return (
    <>
      <DurationFields meeting={meeting} form={form} required />
      <Form.Item
        label={t('meetings.close.rating')}
        name="qualityRating"
        rules={[{ required: true, message: t('meetings.close.ratingRequired') }]}
      >
        <Radio.Group className="meeting-kind-options">
          {meeting.ratingScale.map((level) => (
            <Radio key={level.key} value={level.key}>
              {level.label}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
    </>
  );
}
