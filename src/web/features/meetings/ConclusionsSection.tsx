import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Alert, Button, DatePicker, Empty, Form, Input, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPut } from '../../app/api';
import { DATE_FORMAT, formatDate } from '../../app/format';
import { type MeetingDetail, meetingPath } from './api';
import { CellMemberSelect } from './CellMemberSelect';
import { noEnterSubmit } from './noEnterSubmit';
import { useMeetingSave } from './useMeetingSave';

interface ConclusionValues {
  id?: string;
  text?: string;
  ownerMemberId?: string | null;
  dueOn?: Dayjs | null;
}

const valuesOf = (meeting: MeetingDetail): ConclusionValues[] =>
  meeting.conclusions.map((c) => ({
    id: c.id,
    text: c.text,
    ownerMemberId: c.ownerMemberId,
    dueOn: c.dueOn ? dayjs(c.dueOn) : null,
  }));

/** The meeting's conclusions; one with an owner and a deadline becomes a task of the work programme. */
export function ConclusionsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ items: ConclusionValues[] }>();
  const [saved, setSaved] = useState(false);
  const { busy, error, save } = useMeetingSave(meeting.id, form);
  // Conclusions are settled while the meeting is open; closing locks them with the minutes.
  const editable = meeting.canEdit;
  const known = meeting.conclusions
    .map((c) => ({ id: c.ownerMemberId ?? '', name: c.ownerName }))
    .filter((k) => k.id);

  if (!editable) {
    if (meeting.conclusions.length === 0) return <Empty description={t('meetings.conclusions.empty')} />;
    return (
      <ol className="meeting-agenda">
        {meeting.conclusions.map((c) => (
          <li key={c.id}>
            <div className="break-anywhere">{c.text}</div>
            {c.ownerName ? (
              <div className="muted">
                {t('meetings.conclusions.task', { who: c.ownerName, due: formatDate(c.dueOn) })}{' '}
                {c.taskStatus ? <Tag>{t(`meetings.conclusions.taskStatus.${c.taskStatus}`)}</Tag> : null}
                {c.taskId ? (
                  <Link to="/tasks/$taskId" params={{ taskId: c.taskId }}>
                    {t('meetings.conclusions.openTask')}
                  </Link>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    );
  }

  const submit = async (values: { items?: ConclusionValues[] }) => {
    setSaved(false);
    const items = (values.items ?? [])
      .filter((item) => item.text?.trim())
      .map((item) => ({
        id: item.id,
        text: item.text?.trim() ?? '',
        ownerMemberId: item.ownerMemberId ?? null,
        dueOn: item.dueOn ? item.dueOn.format('YYYY-MM-DD') : null,
      }));
    const result = await save(() =>
      apiPut<MeetingDetail>(meetingPath(meeting.id, '/conclusions'), { items, version: meeting.version }),
    );
    if (result) {
      // The saved list carries the ids of new conclusions: the next save must update them, not add them again.
      form.setFieldsValue({ items: valuesOf(result) });
      setSaved(true);
    }
  };

  return (
    <Form
      form={form}
      name="conclusions"
      layout="vertical"
      initialValues={{ items: valuesOf(meeting) }}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => setSaved(false)}
      onKeyDown={noEnterSubmit}
    >
      <p className="muted">{t('meetings.conclusions.help')}</p>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <div className="stack">
            {fields.map((field, index) => (
              <fieldset key={field.key} className="meeting-agenda-item">
                <legend>{t('meetings.conclusions.item', { n: index + 1 })}</legend>
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  label={t('meetings.conclusions.text')}
                  name={[field.name, 'text']}
                  rules={[
                    { required: true, whitespace: true, message: t('meetings.conclusions.textRequired') },
                  ]}
                >
                  <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
                </Form.Item>
                <Form.Item
                  label={`${t('meetings.conclusions.owner')} (${t('common.optional')})`}
                  name={[field.name, 'ownerMemberId']}
                >
                  <CellMemberSelect unitId={meeting.unitId} known={known} />
                </Form.Item>
                <Form.Item
                  label={`${t('meetings.conclusions.dueOn')} (${t('common.optional')})`}
                  name={[field.name, 'dueOn']}
                  dependencies={[['items', field.name, 'ownerMemberId']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, value) =>
                        !value && getFieldValue(['items', field.name, 'ownerMemberId'])
                          ? Promise.reject(new Error(t('meetings.conclusions.dueRequired')))
                          : Promise.resolve(),
                    }),
                  ]}
                  extra={t('meetings.conclusions.taskHelp')}
                >
                  <DatePicker
                    format={DATE_FORMAT}
                    placeholder={t('org.datePlaceholder')}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)}>
                  {t('meetings.conclusions.remove', { n: index + 1 })}
                </Button>
              </fieldset>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} block>
              {t('meetings.conclusions.add')}
            </Button>
          </div>
        )}
      </Form.List>
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} /> : null}
      {saved ? (
        <Alert type="success" showIcon title={t('meetings.conclusions.saved')} style={{ marginTop: 16 }} />
      ) : null}
      <Button type="primary" htmlType="submit" size="large" loading={busy} style={{ marginTop: 16 }}>
        {t('meetings.conclusions.save')}
      </Button>
    </Form>
  );
}
