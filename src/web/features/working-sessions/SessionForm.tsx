import { Alert, Button, Card, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../app/format';
import { useFormSubmit } from '../../app/useFormSubmit';
import { noEnterSubmit } from '../meetings/noEnterSubmit';
import { RichTextEditor } from '../meetings/RichTextEditor';
import type { SessionDetail } from './api';
import type { SessionFormValues } from './formValues';
import { ParticipantsField } from './ParticipantsField';
import { ReportDocumentSelect } from './ReportDocumentSelect';

interface Props {
  unitId: string;
  initialValues: Partial<SessionFormValues>;
  knownReport?: SessionDetail['reportDocument'];
  submitText: string;
  onSubmit: (values: SessionFormValues) => Promise<void>;
  onCancel: () => void;
  onStale?: () => Promise<unknown>;
}

/** The record of a session: when, with whom, about what, who took part, the report and the discussion. */
export function SessionForm({
  unitId,
  initialValues,
  knownReport,
  submitText,
  onSubmit,
  onCancel,
  onStale,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SessionFormValues>();
  const { busy, error, submit } = useFormSubmit(form, onSubmit, { onStale });
  const optional = (label: string) => `${label} (${t('common.optional')})`;

  return (
    <Form<SessionFormValues>
      form={form}
      name="session"
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void submit(values)}
      className="session-form"
      onKeyDown={noEnterSubmit}
      scrollToFirstError={{ block: 'center' }}
    >
      <Card title={<h2 className="card-title">{t('workingSessions.form.what')}</h2>}>
        <Form.Item
          label={t('workingSessions.form.heldOn')}
          name="heldOn"
          extra={t('workingSessions.form.heldOnHelp')}
          rules={[{ required: true, message: t('workingSessions.form.heldOnRequired') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder={t('org.datePlaceholder')}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          label={t('workingSessions.form.superiorName')}
          name="superiorName"
          rules={[{ required: true, whitespace: true, message: t('workingSessions.form.superiorRequired') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          label={t('workingSessions.form.topic')}
          name="topic"
          rules={[{ required: true, whitespace: true, message: t('workingSessions.form.topicRequired') }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={optional(t('workingSessions.form.place'))} name="place">
          <Input maxLength={200} />
        </Form.Item>
      </Card>

      <Card title={<h2 className="card-title">{t('workingSessions.form.theirs')}</h2>}>
        <ParticipantsField name="theirParticipants" addText={t('workingSessions.form.addPerson')} />
      </Card>
      <Card title={<h2 className="card-title">{t('workingSessions.form.ours')}</h2>}>
        <ParticipantsField name="ourParticipants" addText={t('workingSessions.form.addPerson')} />
      </Card>

      <Card title={<h2 className="card-title">{t('workingSessions.form.report')}</h2>}>
        <Form.Item
          label={optional(t('workingSessions.form.reportDocument'))}
          name="reportDocumentId"
          htmlFor="session-report"
        >
          <ReportDocumentSelect id="session-report" unitId={unitId} known={knownReport} />
        </Form.Item>
        <Form.Item label={optional(t('workingSessions.form.reportSummary'))} name="reportSummary">
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Card>

      <Card title={<h2 className="card-title">{t('workingSessions.form.discussion')}</h2>}>
        <Form.Item name="discussionHtml" noStyle>
          <DiscussionEditor label={t('workingSessions.form.discussion')} />
        </Form.Item>
      </Card>

      {error ? <Alert type="error" showIcon title={error} /> : null}
      <div className="session-actions">
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

function DiscussionEditor({
  value,
  onChange,
  label,
}: {
  value?: string;
  onChange?: (html: string) => void;
  label: string;
}) {
  return <RichTextEditor value={value ?? ''} onChange={(html) => onChange?.(html)} label={label} />;
}
