import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select, Skeleton } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { errorText, setFieldError } from '../../app/errors';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { vnDate, vnToday } from '../meetings/time';
import {
  assignmentQuery,
  fetchAssignment,
  recordStudy,
  type StudyTarget,
  storeAssignment,
  type ToRecord,
} from './api';
import { PlanUpload } from './PlanUpload';
import { PresentMembersField } from './PresentMembersField';
import { recentMeetingsQuery } from './recentMeetings';
import { documentTitle } from './text';

/** The cell's part of an assignment, as /study/mine lists it (or as built from an assignment's detail). */
export type RecordItem = Pick<
  ToRecord,
  'assignmentId' | 'targetId' | 'unitId' | 'unitName' | 'documentNumberText' | 'documentSummary' | 'dueOn'
>;

interface Values {
  studiedOn?: Dayjs;
  meetingId?: string | null;
  presentMemberIds?: string[];
  note?: string;
}

/** The secretary records the cell's study session: its date, the meeting it was part of, who was there. */
export function RecordStudyDrawer({ item, onClose }: { item: RecordItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const detail = useQuery({ ...assignmentQuery(item?.assignmentId ?? ''), enabled: Boolean(item) });
  const target = detail.data?.targets.find((x) => x.id === item?.targetId);
  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      title={t('documentsStudy.record.title')}
      size={phone ? '100%' : 560}
      closable={{ 'aria-label': t('common.close') }}
      destroyOnHidden
    >
      {item ? (
        <div className="stack">
          <div>
            <div className="strong break-anywhere">
              {documentTitle(item.documentNumberText, item.documentSummary)}
            </div>
            <div className="muted">
              {item.unitName} · {t('documentsStudy.progress.due', { date: formatDate(item.dueOn) })}
            </div>
          </div>
          {detail.isPending ? (
            <Skeleton active title={false} paragraph={{ rows: 6 }} />
          ) : detail.error ? (
            <Alert type="error" showIcon title={errorText(detail.error)} />
          ) : target ? (
            <>
              <RecordForm item={item} target={target} />
              <PlanUpload target={target} />
            </>
          ) : (
            <Alert type="warning" showIcon title={t('documentsStudy.record.notFound')} />
          )}
        </div>
      ) : null}
    </Drawer>
  );
}

function RecordForm({ item, target }: { item: RecordItem; target: StudyTarget }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  // A second submit while one is on its way would carry the same version and be refused as stale.
  const sending = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const meetingId = Form.useWatch('meetingId', form);
  const meetings = useQuery(recentMeetingsQuery(item.unitId));
  const held = (meetings.data?.items ?? [])
    .filter((m) => m.status !== 'cancelled')
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const meetingOptions = held.map((m) => ({
    value: m.id,
    label: `${formatDate(vnDate(m.startsAt))} — ${t(`meetings.kind.${m.kind}`)}${m.topic ? `: ${m.topic}` : ''}`,
  }));

  useEffect(() => {
    form.setFieldsValue({
      studiedOn: target.studiedOn ? dayjs(target.studiedOn) : vnToday(),
      meetingId: target.meetingId,
      note: target.note ?? '',
    });
  }, [form, target.studiedOn, target.meetingId, target.note]);

  const submit = async (values: Values) => {
    if (!values.studiedOn || sending.current) return;
    sending.current = true;
    setBusy(true);
    setError(null);
    try {
      const saved = await recordStudy(target.id, {
        studiedOn: toIsoDate(values.studiedOn) ?? '',
        meetingId: values.meetingId ?? null,
        presentMemberIds: values.meetingId ? [] : (values.presentMemberIds ?? []),
        note: values.note?.trim() || null,
        version: target.version,
      });
      storeAssignment(saved);
      void message.success(t('documentsStudy.record.saved'));
    } catch (failure) {
      if (isApiError(failure, 'STALE_VERSION')) {
        await fetchAssignment(item.assignmentId).catch(() => undefined);
        setError(`${errorText(failure)} ${t('org.staleReloaded')}`);
      } else if (!setFieldError(form, failure)) setError(errorText(failure));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  return (
    <Form<Values> name="record-study" form={form} layout="vertical" onFinish={(v) => void submit(v)}>
      <Form.Item
        label={t('documentsStudy.record.studiedOn')}
        name="studiedOn"
        rules={[{ required: true, message: t('documentsStudy.record.studiedOnRequired') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        label={t('documentsStudy.record.meeting')}
        name="meetingId"
        extra={t('documentsStudy.record.meetingHelp')}
      >
        <Select
          allowClear
          options={meetingOptions}
          onChange={(id: string | undefined) => {
            // The session is the meeting: it took place on the meeting's day.
            const meeting = held.find((m) => m.id === id);
            if (meeting) form.setFieldValue('studiedOn', dayjs(vnDate(meeting.startsAt)));
          }}
          loading={meetings.isPending}
          placeholder={t('documentsStudy.record.meetingPlaceholder')}
          notFoundContent={t('documentsStudy.record.noMeetings')}
          popupMatchSelectWidth={false}
          styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
        />
      </Form.Item>
      {meetingId ? null : (
        <Form.Item name="presentMemberIds" initialValue={[]}>
          <PresentMembersField unitId={item.unitId} label={t('documentsStudy.record.present')} />
        </Form.Item>
      )}
      <Form.Item label={t('documentsStudy.record.note')} name="note">
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('documentsStudy.record.save')}
      </Button>
    </Form>
  );
}
