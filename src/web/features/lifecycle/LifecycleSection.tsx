import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Skeleton, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DecisionKind, decisionKinds } from '../../../domain/member-decisions';
import { gapReasons } from '../../../domain/party-age';
import { api, apiPost, apiPut } from '../../app/api';
import { errorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { type Member, memberKeys } from '../members/api';
import { FormField } from '../members/FormField';
import { lifecycleKeys, lifecycleQuery, type MemberLifecycle } from './api';
import { DecisionModal } from './DecisionModal';

/** The decisions offered as buttons on the profile (the end of an exemption shows when it applies). */
const actions: readonly DecisionKind[] = decisionKinds;

/** Buttons for the decisions the member's status allows; each opens its form. */
export function DecisionButtons({ member }: { member: Member }) {
  const { t } = useTranslation();
  const lifecycle = useQuery(lifecycleQuery(member.id));
  const [kind, setKind] = useState<DecisionKind | null>(null);
  const allowed = lifecycle.data?.allowedDecisions ?? [];
  if (!member.canEdit || allowed.length === 0) return null;
  return (
    <>
      {actions
        .filter((k) => allowed.includes(k))
        .map((k) => (
          <Button key={k} danger={k === 'removal' || k === 'expulsion'} onClick={() => setKind(k)}>
            {t(`lifecycle.decisions.action.${k}`)}
          </Button>
        ))}
      <DecisionModal member={member} kind={kind} onClose={() => setKind(null)} />
    </>
  );
}

/** Party age (gaps deducted) with its gaps, the next badge, badges received, decisions, the illness flag. */
export function LifecycleSection({ member }: { member: Member }) {
  const { t } = useTranslation();
  const lifecycle = useQuery(lifecycleQuery(member.id));
  if (lifecycle.isPending)
    return (
      <Card title={<h2 className="card-title">{t('lifecycle.partyAge.title')}</h2>}>
        <Skeleton active title={false} paragraph={{ rows: 3 }} />
      </Card>
    );
  if (lifecycle.error) return <Alert type="error" showIcon title={errorText(lifecycle.error)} />;
  const data = lifecycle.data;
  return (
    <>
      <PartyAgeCard data={data} member={member} />
      {data.decisions.length > 0 ? (
        <Card title={<h2 className="card-title">{t('lifecycle.decisions.listTitle')}</h2>}>
          <ul className="plain-list">
            {data.decisions.map((d) => (
              <li key={d.id} className="list-card">
                <strong>{t(`lifecycle.decisions.kind.${d.kind}`)}</strong> — {formatDate(d.effectiveOn)}
                {d.decisionNumber
                  ? ` · ${t('lifecycle.decisions.ref', { number: d.decisionNumber, date: formatDate(d.decisionDate) })}`
                  : ''}
                {d.issuingBody ? ` · ${d.issuingBody}` : ''}
                {d.reason ? ` · ${t(`lifecycle.reasons.${d.reason}` as 'lifecycle.reasons.age')}` : ''}
                {d.note ? <div className="muted">{d.note}</div> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}

function PartyAgeCard({ data, member }: { data: MemberLifecycle; member: Member }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { busy, run } = useBusy();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: lifecycleKeys.all }),
      queryClient.invalidateQueries({ queryKey: memberKeys.one(member.id) }),
    ]);
  const removeGap = (id: string) =>
    run(async () => {
      await api(`/api/party-gaps/${encodeURIComponent(id)}`, { method: 'DELETE' });
      await refresh();
      void message.success(t('lifecycle.gaps.removed'));
    });
  const setIll = (seriouslyIll: boolean) =>
    run(async () => {
      await apiPut(`/api/members/${encodeURIComponent(member.id)}/illness`, { seriouslyIll });
      await refresh();
    });
  const age = data.partyAge;
  return (
    <Card title={<h2 className="card-title">{t('lifecycle.partyAge.title')}</h2>}>
      <div className="stack">
        <p style={{ fontSize: '1.1em', margin: 0 }}>
          {age
            ? t('lifecycle.partyAge.value', { years: age.years, months: age.months, days: age.days })
            : t('lifecycle.partyAge.none')}
          {age && age.gapDays > 0 ? (
            <span className="muted"> {t('lifecycle.partyAge.gapDays', { days: age.gapDays })}</span>
          ) : null}
        </p>
        {data.nextBadge ? (
          <p style={{ margin: 0 }}>
            {t('lifecycle.partyAge.nextBadge', {
              years: data.nextBadge.years,
              date: formatDate(data.nextBadge.reachesOn),
            })}
          </p>
        ) : null}
        {data.awards.length > 0 ? (
          <p style={{ margin: 0 }}>
            {t('lifecycle.partyAge.awards', {
              list: data.awards.map((a) => `${a.years} (${formatDate(a.awardDate)})`).join(', '),
            })}
          </p>
        ) : null}
        <section aria-labelledby="party-gaps-title">
          <h3 id="party-gaps-title" className="section-title">
            {t('lifecycle.gaps.title')}
          </h3>
          {data.gaps.length === 0 ? (
            <p className="muted">{t('lifecycle.gaps.none')}</p>
          ) : (
            <ul className="plain-list">
              {data.gaps.map((g) => (
                <li key={g.id} className="list-card list-card-row">
                  <span>
                    {formatDate(g.fromDate)} – {g.toDate ? formatDate(g.toDate) : t('lifecycle.gaps.open')} ·{' '}
                    {t(`lifecycle.gapReasons.${g.reason}`)}
                    {g.note ? ` · ${g.note}` : ''}
                  </span>
                  {data.canEdit ? (
                    <Button
                      size="small"
                      icon={<DeleteOutlined aria-hidden />}
                      disabled={busy}
                      onClick={() => void removeGap(g.id)}
                      aria-label={t('lifecycle.gaps.removeLabel', { from: formatDate(g.fromDate) })}
                    >
                      {t('lifecycle.gaps.remove')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {data.canEdit ? (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('lifecycle.gaps.add')}
            </Button>
          ) : null}
        </section>
        {data.canEdit ? (
          <label className="list-card-row" htmlFor="seriously-ill">
            <Switch
              id="seriously-ill"
              checked={data.seriouslyIll !== null}
              loading={busy}
              onChange={(checked) => void setIll(checked)}
            />
            <span>
              {t('lifecycle.illness.label')}
              {data.seriouslyIll
                ? ` (${t('lifecycle.illness.since', { date: formatDate(data.seriouslyIll.since) })})`
                : ''}
            </span>
          </label>
        ) : data.seriouslyIll ? (
          <p>{t('lifecycle.illness.label')}</p>
        ) : null}
        {age ? (
          <p className="muted" style={{ margin: 0 }}>
            {age.citation}
          </p>
        ) : null}
      </div>
      <GapModal member={member} open={adding} onClose={() => setAdding(false)} onSaved={refresh} />
    </Card>
  );
}

interface GapValues {
  fromDate: Dayjs | null;
  toDate: Dayjs | null;
  reason?: string;
  note?: string;
}

function GapModal({
  member,
  open,
  onClose,
  onSaved,
}: {
  member: Member;
  open: boolean;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GapValues>();
  const { busy, run } = useBusy();
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (open) form.resetFields();
  }, [open]);
  const submit = (values: GapValues) =>
    run(async () => {
      await apiPost(`/api/members/${encodeURIComponent(member.id)}/party-gaps`, {
        fromDate: toIsoDate(values.fromDate),
        toDate: toIsoDate(values.toDate) ?? null,
        reason: values.reason,
        note: values.note?.trim() || undefined,
      });
      await onSaved();
      onClose();
    }, form);
  const afterToday = (date: Dayjs) => date.isAfter(dayjs(), 'day');
  return (
    <FormModal<GapValues>
      open={open}
      title={t('lifecycle.gaps.addTitle', { name: member.fullName })}
      saving={busy}
      onClose={onClose}
      name="party-gap"
      form={form}
      onSubmit={submit}
      notice={<p>{t('lifecycle.gaps.help')}</p>}
    >
      <FormField
        label={t('lifecycle.gaps.from')}
        name="fromDate"
        rules={[{ required: true, message: t('lifecycle.gaps.fromRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField
        label={`${t('lifecycle.gaps.to')} (${t('common.optional')})`}
        name="toDate"
        extra={t('lifecycle.gaps.toHelp')}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField
        label={t('lifecycle.fields.reason')}
        name="reason"
        rules={[{ required: true, message: t('lifecycle.fields.reasonRequired') }]}
      >
        <Select options={gapReasons.map((r) => ({ value: r, label: t(`lifecycle.gapReasons.${r}`) }))} />
      </FormField>
      <FormField label={`${t('memberForm.note')} (${t('common.optional')})`} name="note">
        <Input maxLength={1000} />
      </FormField>
    </FormModal>
  );
}
