import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, App, Spin } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost } from '../../app/api';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import {
  defaultUnitFor,
  refetchSession,
  type SessionDetail,
  sessionDefaultsQuery,
  sessionPath,
  sessionQuery,
  storeSession,
} from './api';
import { bodyFrom, valuesFrom } from './formValues';
import { SessionForm } from './SessionForm';
import './sessions.css';

/** "Ghi nhận buổi làm việc": a new session of a unit with its superior, the superior prefilled. */
export function NewSessionPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const search = useSearch({ from: '/app/working-sessions/new' });
  const navigate = useNavigate();
  const unitId = search.unitId ?? defaultUnitFor(me);
  const defaults = useQuery({ ...sessionDefaultsQuery(unitId ?? ''), enabled: Boolean(unitId) });

  if (!unitId) return <Alert type="info" showIcon title={t('workingSessions.pickUnit')} />;
  if (defaults.isPending) return <Spin />;
  if (defaults.isError) return <Alert type="error" showIcon title={errorText(defaults.error)} />;
  const superior = defaults.data.superiorUnit;

  return (
    <>
      <PageHeader title={t('workingSessions.form.newTitle')} intro={t('workingSessions.form.newIntro')} />
      <SessionForm
        unitId={unitId}
        initialValues={{
          heldOn: dayjs(),
          superiorName: superior?.name ?? '',
          ourParticipants: [],
          theirParticipants: [],
          discussionHtml: '',
        }}
        submitText={t('workingSessions.form.create')}
        onCancel={() => window.history.back()}
        onSubmit={async (values) => {
          const created = await apiPost<SessionDetail>('/api/working-sessions', {
            ...bodyFrom(values),
            unitId,
            superiorUnitId: superior && values.superiorName.trim() === superior.name ? superior.id : null,
          });
          storeSession(created);
          void message.success(t('workingSessions.form.created'));
          await navigate({
            to: '/working-sessions/$sessionId',
            params: { sessionId: created.id },
            search: { tab: 'conclusions' },
            replace: true,
          });
        }}
      />
    </>
  );
}

export function EditSessionPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { sessionId } = useParams({ from: '/app/working-sessions/$sessionId/edit' });
  const navigate = useNavigate();
  const session = useQuery(sessionQuery(sessionId));

  if (session.isPending) return <Spin />;
  if (session.isError) return <Alert type="error" showIcon title={errorText(session.error)} />;
  const s = session.data;
  return (
    <>
      <PageHeader title={t('workingSessions.form.editTitle')} intro={s.unit.name} />
      <SessionForm
        unitId={s.unit.id}
        initialValues={valuesFrom(s)}
        knownReport={s.reportDocument}
        submitText={t('common.save')}
        onCancel={() => void navigate({ to: '/working-sessions/$sessionId', params: { sessionId } })}
        onStale={() => refetchSession(sessionId)}
        onSubmit={async (values) => {
          const body = bodyFrom(values);
          const saved = await apiPatch<SessionDetail>(sessionPath(sessionId), {
            ...body,
            // The date is fixed once tasks were given; sending it unchanged keeps the server from refusing.
            heldOn: body.heldOn === s.heldOn ? undefined : body.heldOn,
            superiorUnitId:
              s.superiorUnit && body.superiorName === s.superiorUnit.name ? s.superiorUnit.id : null,
            version: s.version,
          });
          storeSession(saved);
          void message.success(t('workingSessions.form.saved'));
          await navigate({ to: '/working-sessions/$sessionId', params: { sessionId } });
        }}
      />
    </>
  );
}
