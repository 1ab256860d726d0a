import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, App, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost } from '../../app/api';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import {
  defaultUnitFor,
  type MeetingDetail,
  meetingPath,
  meetingQuery,
  nextPlanQuery,
  refetchMeeting,
  storeMeeting,
} from './api';
import { bodyFrom, newMeetingValues, valuesFrom } from './formValues';
import { MeetingForm } from './MeetingForm';
import { vnToday } from './time';
import './meetings.css';

/** "Lên lịch sinh hoạt": a new meeting of a unit, or next month's plan drafted from a closed meeting. */
export function NewMeetingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const search = useSearch({ from: '/app/meetings/new' });
  const navigate = useNavigate();
  const plan = useQuery({ ...nextPlanQuery(search.from ?? ''), enabled: Boolean(search.from) });
  const unitId = plan.data?.unitId ?? search.unitId ?? defaultUnitFor(me);
  const title = search.from ? t('meetings.form.nextPlanTitle') : t('meetings.form.newTitle');

  if (search.from && plan.isPending) return <Spin />;
  if (plan.isError) return <Alert type="error" showIcon title={errorText(plan.error)} />;
  if (!unitId) return <Alert type="info" showIcon title={t('meetings.pickUnitFirst')} />;

  return (
    <>
      <PageHeader
        title={title}
        intro={plan.data ? t('meetings.form.nextPlanIntro') : t('meetings.form.newIntro')}
      />
      <MeetingForm
        unitId={unitId}
        initialValues={plan.data ? valuesFrom(plan.data) : newMeetingValues(vnToday())}
        submitText={t('meetings.form.create')}
        onCancel={() => window.history.back()}
        onSubmit={async (values) => {
          const created = await apiPost<MeetingDetail>('/api/meetings', {
            ...bodyFrom(values),
            unitId,
            bodyId: plan.data?.bodyId ?? null,
            draftedFromId: plan.data?.draftedFromId ?? search.from ?? null,
          });
          storeMeeting(created);
          void message.success(t('meetings.form.created'));
          await navigate({ to: '/meetings/$meetingId', params: { meetingId: created.id }, replace: true });
        }}
      />
    </>
  );
}

/** Changes a planned meeting (the server refuses once it is closed). */
export function EditMeetingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { meetingId } = useParams({ from: '/app/meetings/$meetingId/edit' });
  const navigate = useNavigate();
  const meeting = useQuery(meetingQuery(meetingId));

  if (meeting.isPending) return <Spin />;
  if (meeting.isError) return <Alert type="error" showIcon title={errorText(meeting.error)} />;
  const m = meeting.data;
  const known = [
    { id: m.chairMemberId ?? '', name: m.chairName },
    { id: m.minuteTakerMemberId ?? '', name: m.minuteTakerName },
    ...m.agenda.map((item) => ({ id: item.preparedByMemberId ?? '', name: item.preparedByName })),
  ].filter((k) => k.id);

  return (
    <>
      <PageHeader
        title={t('meetings.form.editTitle')}
        intro={m.bodyName ? `${m.bodyName} — ${m.unitName}` : m.unitName}
      />
      <MeetingForm
        unitId={m.unitId}
        initialValues={valuesFrom(m)}
        knownMembers={known}
        submitText={t('common.save')}
        onCancel={() => void navigate({ to: '/meetings/$meetingId', params: { meetingId } })}
        onStale={() => refetchMeeting(meetingId)}
        onSubmit={async (values) => {
          // After a stale answer the reloaded meeting re-renders this page, so `m.version` is the new one.
          const saved = await apiPatch<MeetingDetail>(meetingPath(meetingId), {
            ...bodyFrom(values),
            version: m.version,
          });
          storeMeeting(saved);
          void message.success(t('meetings.form.saved'));
          await navigate({ to: '/meetings/$meetingId', params: { meetingId } });
        }}
      />
    </>
  );
}
