import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Collapse, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPut } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { ReferencedText } from '../../components/ReferencedText';
import { type MeetingDetail, meetingPath, minutesVersionsQuery } from './api';
import { DurationFields, type HeldTimes, heldInstants, heldTimesOf } from './DurationFields';
import { noEnterSubmit } from './noEnterSubmit';
import { RichTextEditor } from './RichTextEditor';
import { useMeetingSave } from './useMeetingSave';

interface MinutesValues extends HeldTimes {
  reason?: string;
}

/** The minutes: rich text with the real start and end; once the meeting is closed every change is a version. */
export function MinutesSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MinutesValues>();
  const [html, setHtml] = useState(meeting.minutesHtml ?? '');
  const [saved, setSaved] = useState(false);
  const { busy, error, save } = useMeetingSave(meeting.id, form);
  const closed = meeting.status === 'closed';
  const editable = meeting.canEditMinutes;

  const submit = async (values: MinutesValues) => {
    setSaved(false);
    const result = await save(() =>
      apiPut<MeetingDetail>(meetingPath(meeting.id, '/minutes'), {
        html,
        ...heldInstants(meeting, values),
        reason: closed ? (values.reason?.trim() ?? null) : null,
        version: meeting.version,
      }),
    );
    if (result) {
      setSaved(true);
      form.setFieldValue('reason', undefined);
    }
  };

  return (
    <div className="stack">
      {closed ? <Alert type="info" showIcon title={t('meetings.minutes.lockedHelp')} /> : null}
      <Form<MinutesValues>
        form={form}
        name="minutes"
        layout="vertical"
        initialValues={heldTimesOf(meeting)}
        onFinish={(values) => void submit(values)}
        disabled={!editable}
        onKeyDown={noEnterSubmit}
      >
        <DurationFields meeting={meeting} form={form} />
        <Form.Item label={t('meetings.minutes.text')} required={false}>
          {editable ? (
            <RichTextEditor
              value={html}
              onChange={(next) => {
                setHtml(next);
                setSaved(false);
              }}
              label={t('meetings.minutes.text')}
            />
          ) : (
            // Read-only minutes: the Party documents they cite link to the registry.
            <ReferencedText html={html} className="meeting-minutes-view" />
          )}
        </Form.Item>
        {closed && editable ? (
          <Form.Item
            label={t('meetings.minutes.reason')}
            name="reason"
            extra={t('meetings.minutes.reasonHelp')}
            rules={[{ required: true, whitespace: true, message: t('meetings.minutes.reasonRequired') }]}
          >
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        ) : null}
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        {saved ? (
          <Alert type="success" showIcon title={t('meetings.minutes.saved')} style={{ marginBottom: 16 }} />
        ) : null}
        {editable ? (
          <Button type="primary" htmlType="submit" size="large" loading={busy}>
            {closed ? t('meetings.minutes.saveVersion') : t('meetings.minutes.save')}
          </Button>
        ) : null}
      </Form>
      {closed || meeting.minutesVersion > 1 ? <MinutesVersions meetingId={meeting.id} /> : null}
    </div>
  );
}

function MinutesVersions({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const versions = useQuery(minutesVersionsQuery(meetingId));
  const items = versions.data?.items ?? [];
  return (
    <section aria-labelledby="minutes-versions">
      <h3 id="minutes-versions">{t('meetings.minutes.versions')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('meetings.minutes.noVersions')}</p>
      ) : (
        <Collapse
          destroyOnHidden
          items={items.map((v) => ({
            key: String(v.version),
            label: t('meetings.minutes.versionLine', {
              n: v.version,
              at: formatDateTime(v.savedAt),
              by: v.savedByName ?? '—',
            }),
            children: (
              <div className="stack">
                {v.reason ? <div>{t('meetings.minutes.versionReason', { reason: v.reason })}</div> : null}
                <RichTextEditor
                  value={v.html}
                  onChange={() => undefined}
                  label={t('meetings.minutes.versionText', { n: v.version })}
                  readOnly
                />
              </div>
            ),
          }))}
        />
      )}
    </section>
  );
}
