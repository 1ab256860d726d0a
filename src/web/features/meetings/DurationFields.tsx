import { Alert, Form, type FormInstance, Space, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { checkDuration } from '../../../domain/meeting-rules';
import type { MeetingDetail } from './api';
import { datePickerValue, timePickerValue, toInstant } from './time';

export interface HeldTimes {
  startedTime?: Dayjs | null;
  endedTime?: Dayjs | null;
}

/** The times the meeting really began and ended, first from the minutes, else from the plan. */
export const heldTimesOf = (meeting: MeetingDetail): HeldTimes => ({
  startedTime: timePickerValue(meeting.startedAt ?? meeting.startsAt),
  endedTime: timePickerValue(meeting.endedAt ?? meeting.endsAt),
});

/** The instants of the picked times on the meeting's own date. */
export function heldInstants(meeting: MeetingDetail, values: HeldTimes) {
  const day = datePickerValue(meeting.startsAt);
  return {
    startedAt: values.startedTime ? toInstant(day, values.startedTime) : null,
    endedAt: values.endedTime ? toInstant(day, values.endedTime) : null,
  };
}

/** Start and end time fields, with a warning as soon as the meeting is shorter than the rules ask. */
export function DurationFields({
  meeting,
  form,
  required = false,
}: {
  meeting: MeetingDetail;
  form: FormInstance;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const startedTime = Form.useWatch<Dayjs | null | undefined>('startedTime', form);
  const endedTime = Form.useWatch<Dayjs | null | undefined>('endedTime', form);
  const { startedAt, endedAt } = heldInstants(meeting, { startedTime, endedTime });
  const check =
    startedAt && endedAt
      ? checkDuration(meeting.kind, new Date(startedAt), new Date(endedAt))
      : meeting.duration;
  const rules = required ? [{ required: true, message: t('meetings.form.timeRequired') }] : [];
  return (
    <>
      <Space size={12} wrap align="start">
        <Form.Item label={t('meetings.minutes.startedAt')} name="startedTime" rules={rules}>
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
        </Form.Item>
        <Form.Item
          label={t('meetings.minutes.endedAt')}
          name="endedTime"
          dependencies={['startedTime']}
          rules={[
            ...rules,
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | null | undefined) => {
                const start = getFieldValue('startedTime') as Dayjs | null | undefined;
                if (!value || !start || value.isAfter(start)) return Promise.resolve();
                return Promise.reject(new Error(t('meetings.form.endBeforeStart')));
              },
            }),
          ]}
        >
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
        </Form.Item>
      </Space>
      {check?.short ? (
        <Alert
          type="warning"
          showIcon
          title={t('meetings.minutes.short', { minutes: check.minutes, required: check.required })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
    </>
  );
}
