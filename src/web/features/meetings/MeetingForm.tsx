import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Space, TimePicker } from 'antd';
import { useTranslation } from 'react-i18next';
import { meetingKinds } from '../../../domain/meeting-rules';
import { DATE_FORMAT } from '../../app/format';
import { useFormSubmit } from '../../app/useFormSubmit';
import { CellMemberSelect } from './CellMemberSelect';
import { formFieldOf, type MeetingFormValues } from './formValues';
import { needsTopic } from './labels';
import { noEnterSubmit } from './noEnterSubmit';

interface Props {
  unitId: string;
  initialValues: Partial<MeetingFormValues>;
  /** Names for member ids of the loaded meeting, in case they left the cell's list. */
  knownMembers?: readonly { id: string; name: string | null | undefined }[];
  submitText: string;
  onSubmit: (values: MeetingFormValues) => Promise<void>;
  onCancel: () => void;
  /** A stale version: reload, and say so above the form (the user's values stay). */
  onStale?: () => Promise<unknown>;
}

const TIME_FORMAT = 'HH:mm';

/** What a meeting is, when and where, who chairs and takes minutes, and the agenda with its preparation. */
export function MeetingForm({
  unitId,
  initialValues,
  knownMembers = [],
  submitText,
  onSubmit,
  onCancel,
  onStale,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MeetingFormValues>();
  const kind = Form.useWatch('kind', form);

  const { busy, error, submit: finish } = useFormSubmit(form, onSubmit, { onStale, fieldOf: formFieldOf });

  const required = (message: string) => [{ required: true, message }];

  return (
    <Form<MeetingFormValues>
      form={form}
      name="meeting"
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void finish(values)}
      className="meeting-form"
      onKeyDown={noEnterSubmit}
      scrollToFirstError={{ block: 'center' }}
    >
      <Card title={<h2 className="card-title">{t('meetings.form.what')}</h2>}>
        <Form.Item
          label={t('meetings.form.kind')}
          name="kind"
          rules={required(t('meetings.form.kindRequired'))}
        >
          <Radio.Group className="meeting-kind-options">
            {meetingKinds.map((k) => (
              <Radio key={k} value={k}>
                {t(`meetings.kind.${k}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {needsTopic(kind) ? (
          <Form.Item
            label={t('meetings.form.topic')}
            name="topic"
            extra={t('meetings.form.topicHelp')}
            rules={[{ required: true, whitespace: true, message: t('meetings.form.topicRequired') }]}
          >
            <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        ) : null}
      </Card>

      <Card title={<h2 className="card-title">{t('meetings.form.when')}</h2>}>
        <Form.Item
          label={t('meetings.form.date')}
          name="date"
          rules={required(t('meetings.form.dateRequired'))}
        >
          <DatePicker format={DATE_FORMAT} placeholder={t('org.datePlaceholder')} style={{ width: '100%' }} />
        </Form.Item>
        <Space size={12} wrap align="start">
          <Form.Item
            label={t('meetings.form.startTime')}
            name="startTime"
            rules={required(t('meetings.form.timeRequired'))}
          >
            <TimePicker format={TIME_FORMAT} minuteStep={5} needConfirm={false} placeholder="08:00" />
          </Form.Item>
          <Form.Item
            label={t('meetings.form.endTime')}
            name="endTime"
            dependencies={['startTime']}
            rules={[
              ...required(t('meetings.form.timeRequired')),
              ({ getFieldValue }) => ({
                validator: (_, value) => {
                  const start = getFieldValue('startTime');
                  if (!value || !start || value.isAfter(start)) return Promise.resolve();
                  return Promise.reject(new Error(t('meetings.form.endBeforeStart')));
                },
              }),
            ]}
          >
            <TimePicker format={TIME_FORMAT} minuteStep={5} needConfirm={false} placeholder="10:00" />
          </Form.Item>
        </Space>
        <p className="muted">{t('meetings.form.durationHint')}</p>
        <Form.Item label={`${t('meetings.form.place')} (${t('common.optional')})`} name="place">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          label={`${t('meetings.form.onlineLink')} (${t('common.optional')})`}
          name="onlineLink"
          rules={[{ type: 'url', message: t('meetings.form.linkInvalid') }]}
        >
          <Input maxLength={500} inputMode="url" placeholder="https://" />
        </Form.Item>
      </Card>

      <Card title={<h2 className="card-title">{t('meetings.form.who')}</h2>}>
        <Form.Item label={`${t('meetings.form.chair')} (${t('common.optional')})`} name="chairMemberId">
          <CellMemberSelect unitId={unitId} known={knownMembers} />
        </Form.Item>
        <Form.Item
          label={`${t('meetings.form.minuteTaker')} (${t('common.optional')})`}
          name="minuteTakerMemberId"
        >
          <CellMemberSelect unitId={unitId} known={knownMembers} />
        </Form.Item>
      </Card>

      <Card title={<h2 className="card-title">{t('meetings.form.agenda')}</h2>}>
        <p className="muted">{t('meetings.form.agendaHelp')}</p>
        <Form.List name="agenda">
          {(fields, { add, remove }) => (
            <div className="stack">
              {fields.map((field, index) => (
                <fieldset key={field.key} className="meeting-agenda-item">
                  <legend>{t('meetings.form.agendaItem', { n: index + 1 })}</legend>
                  <Form.Item
                    label={t('meetings.form.agendaTitle')}
                    name={[field.name, 'title']}
                    rules={[
                      { required: true, whitespace: true, message: t('meetings.form.agendaTitleRequired') },
                    ]}
                  >
                    <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                  <Form.Item
                    label={`${t('meetings.form.preparedBy')} (${t('common.optional')})`}
                    name={[field.name, 'preparedByMemberId']}
                  >
                    <CellMemberSelect unitId={unitId} known={knownMembers} />
                  </Form.Item>
                  <Form.Item
                    label={`${t('meetings.form.preparation')} (${t('common.optional')})`}
                    name={[field.name, 'preparation']}
                  >
                    <Input maxLength={1000} placeholder={t('meetings.form.preparationPlaceholder')} />
                  </Form.Item>
                  <Form.Item
                    label={`${t('meetings.form.dueOn')} (${t('common.optional')})`}
                    name={[field.name, 'dueOn']}
                  >
                    <DatePicker
                      format={DATE_FORMAT}
                      placeholder={t('org.datePlaceholder')}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)}>
                    {t('meetings.form.removeAgendaItem', { n: index + 1 })}
                  </Button>
                </fieldset>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} block>
                {t('meetings.form.addAgendaItem')}
              </Button>
            </div>
          )}
        </Form.List>
      </Card>

      {error ? <Alert type="error" showIcon title={error} /> : null}
      <div className="meeting-form-actions">
        <Button type="primary" htmlType="submit" loading={busy} size="large">
          {submitText}
        </Button>
        <Button onClick={onCancel} size="large">
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
