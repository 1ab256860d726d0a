import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, isApiError } from '../../app/api';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import type { Member } from '../members/api';
import { memberKeys } from '../members/api';
import { FormField } from '../members/FormField';
import { unitKeys } from '../org/api';
import { destinationsQuery, type Transfer, transferKeys } from './api';

const afterToday = (date: Dayjs) => date.isAfter(dayjs(), 'day');
const purposes = ['work', 'residence', 'study', 'other'] as const;
const iso = (value: Dayjs | null | undefined) => toIsoDate(value ?? null);

/** Sends a transfer action and refreshes every list it shows in; a stale version reloads with a message. */
function useTransferAction(onClose: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { busy, run } = useBusy();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: transferKeys.all }),
      queryClient.invalidateQueries({ queryKey: memberKeys.all }),
      queryClient.invalidateQueries({ queryKey: unitKeys.all }),
    ]);
  const send = (path: string, body: Record<string, unknown>, done: string, form: Parameters<typeof run>[1]) =>
    run(async () => {
      try {
        await apiPost(path, body);
        void message.success(done);
        onClose();
        await refresh();
      } catch (error) {
        if (!isApiError(error, 'STALE_VERSION')) throw error;
        void message.warning({ content: t('transfers.stale'), duration: 8 });
        onClose();
        await refresh();
      }
    }, form);
  return { busy, send };
}

function useResetOnOpen<V>(open: boolean, form: ReturnType<typeof Form.useForm<V>>[0], values: Partial<V>) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(values as Parameters<typeof form.setFieldsValue>[0]);
  }, [open]);
}

/** Picks the receiving unit anywhere in the tree by typing part of its name. */
function DestinationSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  // The chosen unit keeps its name on screen after the search text is cleared.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  // Nothing is offered before the user types: the whole tree is too long a list to scroll.
  const found = useQuery({
    ...destinationsQuery(q),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
  const options = (found.data?.items ?? []).map((u) => ({
    value: u.id,
    label: u.parentName ? `${u.name} — ${u.parentName}` : u.name,
  }));
  if (value && chosen?.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);
  return (
    <Select
      id={id}
      value={value}
      onChange={(next: string | undefined) => {
        setChosen(options.find((o) => o.value === next) ?? null);
        onChange?.(next);
      }}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('transfers.form.destinationPlaceholder')}
      loading={found.isFetching}
      notFoundContent={t('transfers.form.noDestination')}
      options={options}
    />
  );
}

function KindAndPurpose() {
  const { t } = useTranslation();
  return (
    <>
      <FormField label={t('transfers.form.kind')} name="kind" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'official', label: t('transfers.kind.official') },
            { value: 'temporary', label: t('transfers.kind.temporary') },
          ]}
        />
      </FormField>
      <FormField
        label={t('transfers.form.purpose')}
        name="purpose"
        rules={[{ required: true, message: t('transfers.form.required') }]}
      >
        <Select options={purposes.map((p) => ({ value: p, label: t(`transfers.purpose.${p}`) }))} />
      </FormField>
    </>
  );
}

function PeriodFields() {
  const { t } = useTranslation();
  return (
    <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
      {({ getFieldValue }) =>
        getFieldValue('kind') === 'temporary' ? (
          <>
            <p className="muted">{t('transfers.form.periodHelp')}</p>
            <FormField
              label={t('transfers.form.periodFrom')}
              name="periodFrom"
              rules={[{ required: true, message: t('transfers.form.required') }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </FormField>
            <FormField
              label={t('transfers.form.periodTo')}
              name="periodTo"
              rules={[{ required: true, message: t('transfers.form.required') }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </FormField>
          </>
        ) : null
      }
    </Form.Item>
  );
}

interface StartValues {
  kind: 'official' | 'temporary';
  purpose?: string;
  where: 'tree' | 'outside';
  toUnitId?: string;
  externalReceiver?: string;
  moveDate: Dayjs | null;
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
  note?: string;
}

/** Starts a transfer of a member from their profile: where to, why, since when. */
export function StartTransferModal({
  member,
  open,
  onClose,
}: {
  member: Member;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StartValues>();
  const { busy, send } = useTransferAction(onClose);
  useResetOnOpen(open, form, { kind: 'official', purpose: 'work', where: 'tree', moveDate: dayjs() });

  const submit = (v: StartValues) =>
    send(
      '/api/transfers',
      {
        memberId: member.id,
        kind: v.kind,
        purpose: v.purpose,
        toUnitId: v.where === 'tree' ? v.toUnitId : null,
        externalReceiver: v.where === 'outside' ? v.externalReceiver?.trim() : null,
        moveDate: iso(v.moveDate),
        periodFrom: v.kind === 'temporary' ? iso(v.periodFrom) : null,
        periodTo: v.kind === 'temporary' ? iso(v.periodTo) : null,
        note: v.note?.trim() || null,
      },
      t('transfers.started', { name: member.fullName }),
      form,
    );

  return (
    <FormModal<StartValues>
      open={open}
      title={t('transfers.startTitle', { name: member.fullName })}
      okText={t('transfers.startOk')}
      saving={busy}
      onClose={onClose}
      name="transfer-start"
      form={form}
      onSubmit={submit}
      notice={<p>{t('transfers.startNotice', { unit: member.unitName })}</p>}
    >
      <KindAndPurpose />
      <FormField label={t('transfers.form.where')} name="where">
        <Radio.Group
          options={[
            { value: 'tree', label: t('transfers.form.whereTree') },
            { value: 'outside', label: t('transfers.form.whereOutside') },
          ]}
        />
      </FormField>
      <Form.Item noStyle shouldUpdate={(a, b) => a.where !== b.where}>
        {({ getFieldValue }) =>
          getFieldValue('where') === 'outside' ? (
            <FormField
              label={t('transfers.form.externalReceiver')}
              name="externalReceiver"
              rules={[{ required: true, whitespace: true, message: t('transfers.form.required') }]}
            >
              <Input maxLength={300} />
            </FormField>
          ) : (
            <FormField
              label={t('transfers.form.toUnit')}
              name="toUnitId"
              rules={[{ required: true, message: t('transfers.form.required') }]}
            >
              <DestinationSelect />
            </FormField>
          )
        }
      </Form.Item>
      <FormField
        label={t('transfers.form.moveDate')}
        name="moveDate"
        extra={t('transfers.form.moveDateHelp')}
        rules={[{ required: true, message: t('transfers.form.required') }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </FormField>
      <PeriodFields />
      <FormField label={`${t('transfers.form.note')} (${t('common.optional')})`} name="note">
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 4 }} />
      </FormField>
    </FormModal>
  );
}

interface IssueValues {
  letterDate: Dayjs | null;
  letterPlace: string;
  duesPaidThrough: Dayjs | null;
  letterSeq?: number | null;
  signerName: string;
  signerRole: string;
  lateReason?: string;
}

/** Issues the letter of a draft transfer. */
export function IssueModal({ transfer, onClose }: { transfer: Transfer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IssueValues>();
  const { busy, send } = useTransferAction(onClose);
  const open = transfer !== null;
  useResetOnOpen(open, form, {
    letterDate: dayjs(),
    letterPlace: 'Hà Nội',
    duesPaidThrough: dayjs().subtract(1, 'month'),
    signerRole: t('transfers.form.defaultSignerRole'),
  });
  const late = transfer?.next?.kind === 'issue' && transfer.next.overdue;

  const submit = (v: IssueValues) =>
    transfer &&
    send(
      `/api/transfers/${encodeURIComponent(transfer.id)}/issue`,
      {
        letterDate: iso(v.letterDate),
        letterPlace: v.letterPlace.trim(),
        duesPaidThrough: v.duesPaidThrough?.format('YYYY-MM'),
        letterSeq: v.letterSeq ?? undefined,
        signerName: v.signerName.trim(),
        signerRole: v.signerRole.trim(),
        lateReason: v.lateReason?.trim() || undefined,
        version: transfer.version,
      },
      t('transfers.issued', { name: transfer.fullName }),
      form,
    );

  return (
    <FormModal<IssueValues>
      open={open}
      title={t('transfers.issueTitle', { name: transfer?.fullName ?? '' })}
      okText={t('transfers.issueOk')}
      saving={busy}
      onClose={onClose}
      name="transfer-issue"
      form={form}
      onSubmit={submit}
      notice={
        transfer ? (
          <p className={late ? 'transfer-overdue' : undefined}>
            {t(late ? 'transfers.issueLate' : 'transfers.issueDue', {
              date: formatDate(transfer.issueDueOn),
            })}
          </p>
        ) : null
      }
    >
      <FormField
        label={t('transfers.form.letterDate')}
        name="letterDate"
        rules={[{ required: true, message: t('transfers.form.required') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField
        label={t('transfers.form.letterPlace')}
        name="letterPlace"
        rules={[{ required: true, whitespace: true, message: t('transfers.form.required') }]}
      >
        <Input maxLength={100} />
      </FormField>
      <FormField
        label={t('transfers.form.duesPaidThrough')}
        name="duesPaidThrough"
        extra={t('transfers.form.duesHelp')}
        rules={[{ required: true, message: t('transfers.form.required') }]}
      >
        <DatePicker picker="month" format="MM/YYYY" style={{ width: '100%' }} />
      </FormField>
      <FormField
        label={`${t('transfers.form.letterSeq')} (${t('common.optional')})`}
        name="letterSeq"
        extra={t('transfers.form.letterSeqHelp')}
      >
        <InputNumber min={1} max={99999} style={{ width: '100%' }} />
      </FormField>
      <FormField
        label={t('transfers.form.signerName')}
        name="signerName"
        rules={[{ required: true, whitespace: true, message: t('transfers.form.required') }]}
      >
        <Input maxLength={200} />
      </FormField>
      <FormField
        label={t('transfers.form.signerRole')}
        name="signerRole"
        rules={[{ required: true, whitespace: true, message: t('transfers.form.required') }]}
      >
        <Input maxLength={200} />
      </FormField>
      <FormField
        label={`${t('transfers.form.lateReason')}${late ? '' : ` (${t('common.optional')})`}`}
        name="lateReason"
        rules={late ? [{ required: true, whitespace: true, message: t('transfers.form.required') }] : []}
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} />
      </FormField>
    </FormModal>
  );
}

interface ReceiveValues {
  receivedOn: Dayjs | null;
  note?: string;
}

/** The receiving cell takes the member in (or the sender records that a transfer out is complete). */
export function ReceiveModal({ transfer, onClose }: { transfer: Transfer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReceiveValues>();
  const { busy, send } = useTransferAction(onClose);
  const open = transfer !== null;
  useResetOnOpen(open, form, { receivedOn: dayjs() });
  const outgoing = transfer?.direction === 'outgoing_external';

  const submit = (v: ReceiveValues) =>
    transfer &&
    send(
      `/api/transfers/${encodeURIComponent(transfer.id)}/receive`,
      { receivedOn: iso(v.receivedOn), note: v.note?.trim() || undefined, version: transfer.version },
      t(outgoing ? 'transfers.completed' : 'transfers.received', { name: transfer.fullName }),
      form,
    );

  const effect = !transfer
    ? ''
    : transfer.kind === 'temporary'
      ? t('transfers.effect.temporary')
      : t(`transfers.effect.${transfer.direction}`);

  return (
    <FormModal<ReceiveValues>
      open={open}
      title={t(outgoing ? 'transfers.completeTitle' : 'transfers.receiveTitle', {
        name: transfer?.fullName ?? '',
      })}
      okText={t(outgoing ? 'transfers.completeOk' : 'transfers.receiveOk')}
      saving={busy}
      onClose={onClose}
      name="transfer-receive"
      form={form}
      onSubmit={submit}
      notice={
        transfer ? (
          <>
            <p>{effect}</p>
            {transfer.presentDueOn ? (
              <p className={transfer.next?.overdue ? 'transfer-overdue' : undefined}>
                {t('transfers.presentBy', { date: formatDate(transfer.presentDueOn) })}
              </p>
            ) : null}
          </>
        ) : null
      }
    >
      <FormField
        label={t(outgoing ? 'transfers.form.completedOn' : 'transfers.form.receivedOn')}
        name="receivedOn"
        rules={[{ required: true, message: t('transfers.form.required') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField
        label={`${t('transfers.form.receivingNote')} (${t('transfers.form.receivingNoteHelp')})`}
        name="note"
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} />
      </FormField>
    </FormModal>
  );
}

/** Cancels a draft or an issued transfer, with the reason. */
export function CancelModal({ transfer, onClose }: { transfer: Transfer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, send } = useTransferAction(onClose);
  const open = transfer !== null;
  useResetOnOpen(open, form, { reason: '' });
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('transfers.cancelTitle', { name: transfer?.fullName ?? '' })}
      okText={t('transfers.cancelOk')}
      saving={busy}
      onClose={onClose}
      name="transfer-cancel"
      form={form}
      onSubmit={(v) =>
        transfer &&
        send(
          `/api/transfers/${encodeURIComponent(transfer.id)}/cancel`,
          { reason: v.reason.trim(), version: transfer.version },
          t('transfers.cancelled', { name: transfer.fullName }),
          form,
        )
      }
    >
      <FormField
        label={t('transfers.form.cancelReason')}
        name="reason"
        rules={[{ required: true, whitespace: true, message: t('transfers.form.required') }]}
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} />
      </FormField>
    </FormModal>
  );
}

interface IncomingValues {
  toUnitId?: string;
  externalSender: string;
  kind: 'official' | 'temporary';
  purpose?: string;
  moveDate: Dayjs | null;
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
  fullName: string;
  birthDate: Dayjs | null;
  sex?: 'male' | 'female';
  citizenId?: string;
  admissionDate: Dayjs | null;
  officialDate?: Dayjs | null;
  cardNumber?: string;
  recordNumber?: string;
  letterNumber: string;
  letterDate: Dayjs | null;
  duesPaidThrough?: Dayjs | null;
}

/** Records the letter of a member who comes from an organisation outside the tree. */
export function IncomingModal({
  open,
  defaultUnitId,
  onClose,
}: {
  open: boolean;
  defaultUnitId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IncomingValues>();
  const { busy, send } = useTransferAction(onClose);
  useResetOnOpen(open, form, {
    kind: 'official',
    purpose: 'work',
    toUnitId: defaultUnitId,
    letterDate: dayjs(),
  });
  const text = (value?: string) => value?.trim() || null;

  const submit = (v: IncomingValues) =>
    send(
      '/api/transfers/incoming',
      {
        toUnitId: v.toUnitId,
        externalSender: v.externalSender.trim(),
        kind: v.kind,
        purpose: v.purpose,
        moveDate: iso(v.moveDate),
        periodFrom: v.kind === 'temporary' ? iso(v.periodFrom) : null,
        periodTo: v.kind === 'temporary' ? iso(v.periodTo) : null,
        fullName: v.fullName.trim(),
        birthDate: iso(v.birthDate),
        sex: v.sex,
        citizenId: text(v.citizenId),
        admissionDate: iso(v.admissionDate),
        officialDate: iso(v.officialDate) ?? null,
        cardNumber: text(v.cardNumber),
        recordNumber: text(v.recordNumber),
        letterNumber: v.letterNumber.trim(),
        letterDate: iso(v.letterDate),
        duesPaidThrough: v.duesPaidThrough?.format('YYYY-MM') ?? null,
      },
      t('transfers.incomingSaved', { name: v.fullName.trim() }),
      form,
    );

  const required = [{ required: true, message: t('transfers.form.required') }];
  const date = <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />;
  return (
    <FormModal<IncomingValues>
      open={open}
      title={t('transfers.incomingTitle')}
      okText={t('common.save')}
      width={640}
      saving={busy}
      onClose={onClose}
      name="transfer-incoming"
      form={form}
      onSubmit={submit}
      notice={<p>{t('transfers.incomingNotice')}</p>}
    >
      <FormField label={t('transfers.form.receivingUnit')} name="toUnitId" rules={required}>
        <UnitTreeSelect />
      </FormField>
      <FormField
        label={t('transfers.form.externalSender')}
        name="externalSender"
        rules={[{ required: true, whitespace: true, message: t('transfers.form.required') }]}
      >
        <Input maxLength={300} />
      </FormField>
      <KindAndPurpose />
      <FormField label={t('transfers.form.moveDate')} name="moveDate" rules={required}>
        {date}
      </FormField>
      <PeriodFields />
      <FormField
        label={t('transfers.form.fullName')}
        name="fullName"
        rules={[{ required: true, whitespace: true, message: t('transfers.form.required') }]}
      >
        <Input maxLength={200} />
      </FormField>
      <FormField label={t('transfers.form.birthDate')} name="birthDate" rules={required}>
        {date}
      </FormField>
      <FormField label={t('transfers.form.sex')} name="sex" rules={required}>
        <Radio.Group
          options={[
            { value: 'male', label: t('transfers.form.male') },
            { value: 'female', label: t('transfers.form.female') },
          ]}
        />
      </FormField>
      <FormField label={`${t('transfers.form.citizenId')} (${t('common.optional')})`} name="citizenId">
        <Input maxLength={12} inputMode="numeric" />
      </FormField>
      <FormField label={t('transfers.form.admissionDate')} name="admissionDate" rules={required}>
        {date}
      </FormField>
      <FormField label={`${t('transfers.form.officialDate')} (${t('common.optional')})`} name="officialDate">
        {date}
      </FormField>
      <FormField label={`${t('transfers.form.cardNumber')} (${t('common.optional')})`} name="cardNumber">
        <Input maxLength={12} inputMode="numeric" />
      </FormField>
      <FormField label={`${t('transfers.form.recordNumber')} (${t('common.optional')})`} name="recordNumber">
        <Input maxLength={12} />
      </FormField>
      <FormField
        label={t('transfers.form.letterNumber')}
        name="letterNumber"
        rules={[{ required: true, whitespace: true, message: t('transfers.form.required') }]}
      >
        <Input maxLength={100} />
      </FormField>
      <FormField label={t('transfers.form.letterDate')} name="letterDate" rules={required}>
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField
        label={`${t('transfers.form.duesPaidThrough')} (${t('common.optional')})`}
        name="duesPaidThrough"
      >
        <DatePicker picker="month" format="MM/YYYY" style={{ width: '100%' }} />
      </FormField>
    </FormModal>
  );
}
