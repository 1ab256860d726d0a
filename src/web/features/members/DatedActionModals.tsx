import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type MemberStatus, memberStatuses } from '../../../domain/member-codes';
import { apiPost, isApiError } from '../../app/api';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { unitKeys } from '../org/api';
import { type Member, memberKeys } from './api';
import { FormField } from './FormField';
import { optionsOf, useCodeLabels } from './labels';

interface DatedActionProps {
  member: Member;
  open: boolean;
  onClose: () => void;
}

/**
 * Runs a dated change of a member (status event, move) and refreshes everything that shows members. A stale
 * version (someone changed the record meanwhile) closes the dialog with a clear message and reloads the profile.
 */
function useDatedAction(member: Member, onClose: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { busy, run } = useBusy();

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: memberKeys.all }),
      queryClient.invalidateQueries({ queryKey: unitKeys.all }),
    ]);

  const send = (path: string, body: Record<string, unknown>, done: string, form: Parameters<typeof run>[1]) =>
    run(async () => {
      try {
        await apiPost(`/api/members/${encodeURIComponent(member.id)}/${path}`, {
          ...body,
          version: member.version,
        });
        await refresh();
        void message.success(done);
        onClose();
      } catch (error) {
        if (!isApiError(error, 'STALE_VERSION')) throw error;
        void message.warning({ content: t('memberForm.staleAction'), duration: 8 });
        onClose();
        await refresh();
      }
    }, form);

  return { busy, send };
}

const afterToday = (date: Dayjs) => date.isAfter(dayjs(), 'day');

const decisionStatuses: readonly MemberStatus[] = ['exempted', 'removed', 'expelled', 'deceased'];

interface StatusValues {
  status: MemberStatus;
  effectiveOn: Dayjs | null;
  decisionRef?: string;
  note?: string;
}

/** Records a dated status event (admission, official membership, exemption, removal, death …). */
export function StatusEventModal({ member, open, onClose }: DatedActionProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const [form] = Form.useForm<StatusValues>();
  const { busy, send } = useDatedAction(member, onClose);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ status: undefined, effectiveOn: dayjs(), decisionRef: '', note: '' });
  }, [open]);

  const submit = (values: StatusValues) =>
    send(
      'status-events',
      {
        status: values.status,
        effectiveOn: toIsoDate(values.effectiveOn),
        decisionRef: values.decisionRef?.trim() || undefined,
        note: values.note?.trim() || undefined,
      },
      t('memberForm.statusSaved', { name: member.fullName, status: labels.status(values.status) }),
      form,
    );

  return (
    <FormModal<StatusValues>
      open={open}
      title={t('memberForm.statusTitle', { name: member.fullName })}
      saving={busy}
      onClose={onClose}
      name="member-status"
      form={form}
      onSubmit={submit}
      notice={<p>{t('memberForm.currentStatus', { status: labels.status(member.status) })}</p>}
    >
      <FormField
        label={t('memberForm.newStatus')}
        name="status"
        rules={[{ required: true, message: t('memberForm.statusRequired') }]}
      >
        <Select
          options={optionsOf(
            // Exemption, removal, expulsion and death are decisions with their own forms (lifecycle module).
            memberStatuses.filter((status) => status !== member.status && !decisionStatuses.includes(status)),
            labels.status,
          )}
        />
      </FormField>
      <FormField
        label={t('memberForm.effectiveOn')}
        name="effectiveOn"
        rules={[{ required: true, message: t('memberForm.effectiveOnRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField
        label={`${t('memberForm.decisionRef')} (${t('common.optional')})`}
        name="decisionRef"
        extra={t('memberForm.decisionRefHelp')}
      >
        <Input maxLength={200} />
      </FormField>
      <FormField label={`${t('memberForm.note')} (${t('common.optional')})`} name="note">
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </FormField>
    </FormModal>
  );
}

interface MoveValues {
  unitId?: string;
  effectiveOn: Dayjs | null;
  reason?: string;
}

/** Moves a member to another cell of the tree from a date (transfers with letters come later). */
export function MoveMemberModal({ member, open, onClose }: DatedActionProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MoveValues>();
  const { busy, send } = useDatedAction(member, onClose);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ unitId: undefined, effectiveOn: dayjs(), reason: '' });
  }, [open]);

  const submit = (values: MoveValues) =>
    send(
      'move',
      {
        unitId: values.unitId,
        effectiveOn: toIsoDate(values.effectiveOn),
        reason: values.reason?.trim() || undefined,
      },
      t('memberForm.moved', { name: member.fullName }),
      form,
    );

  return (
    <FormModal<MoveValues>
      open={open}
      title={t('memberForm.moveTitle', { name: member.fullName })}
      okText={t('memberForm.moveOk')}
      saving={busy}
      onClose={onClose}
      name="member-move"
      form={form}
      onSubmit={submit}
      notice={<p>{t('memberForm.moveFrom', { unit: member.unitName })}</p>}
    >
      <FormField
        label={t('memberForm.moveTo')}
        name="unitId"
        rules={[
          { required: true, message: t('memberForm.unitRequired') },
          {
            validator: (_, value) =>
              value === member.unitId
                ? Promise.reject(new Error(t('memberForm.sameUnit')))
                : Promise.resolve(),
          },
        ]}
      >
        <UnitTreeSelect />
      </FormField>
      <FormField
        label={t('memberForm.effectiveOn')}
        name="effectiveOn"
        rules={[{ required: true, message: t('memberForm.effectiveOnRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField label={`${t('memberForm.moveReason')} (${t('common.optional')})`} name="reason">
        <Input maxLength={500} />
      </FormField>
    </FormModal>
  );
}
