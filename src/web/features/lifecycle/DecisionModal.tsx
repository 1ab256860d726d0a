import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionKind } from '../../../domain/member-decisions';
import { exemptionReasons, removalReasons } from '../../../domain/member-decisions';
import { apiPost, isApiError } from '../../app/api';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { type Member, memberKeys } from '../members/api';
import { FormField } from '../members/FormField';
import { unitKeys } from '../org/api';
import { lifecycleKeys, removalProposalQuery } from './api';

interface DecisionValues {
  effectiveOn: Dayjs | null;
  decisionNumber?: string;
  decisionDate: Dayjs | null;
  issuingBody?: string;
  reason?: string;
  note?: string;
}

const afterToday = (date: Dayjs) => date.isAfter(dayjs(), 'day');

/** Which fields each decision asks for (the server checks the same). */
const needs: Record<DecisionKind, { number: boolean; issuer: boolean; reasons: readonly string[] | null }> = {
  exemption: { number: true, issuer: false, reasons: exemptionReasons },
  exemption_end: { number: true, issuer: false, reasons: null },
  removal: { number: true, issuer: true, reasons: removalReasons },
  expulsion: { number: true, issuer: true, reasons: null },
  death: { number: false, issuer: false, reasons: null },
};

interface DecisionModalProps {
  member: Member;
  kind: DecisionKind | null;
  onClose: () => void;
}

/** Records one decision about the member: exemption, its end, removal, expulsion or death. */
export function DecisionModal({ member, kind, onClose }: DecisionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DecisionValues>();
  const { busy, run } = useBusy();
  const open = kind !== null;
  const rule = kind ? needs[kind] : null;
  const proposal = useQuery({ ...removalProposalQuery(member.id), enabled: kind === 'removal' });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ effectiveOn: dayjs(), decisionDate: kind === 'death' ? null : dayjs() });
  }, [open, kind]);

  // A removal proposal pre-filled from the rule: the first ground and its months.
  useEffect(() => {
    const first = proposal.data?.grounds[0];
    if (kind !== 'removal' || !first) return;
    form.setFieldsValue({
      reason: first.ground,
      note: t('lifecycle.removal.evidence', { months: first.evidence.join(', ') }),
    });
  }, [kind, proposal.data, form, t]);

  const submit = (values: DecisionValues) =>
    run(async () => {
      if (!kind) return;
      try {
        await apiPost(`/api/members/${encodeURIComponent(member.id)}/decisions`, {
          kind,
          effectiveOn: toIsoDate(values.effectiveOn),
          decisionNumber: values.decisionNumber?.trim() || undefined,
          decisionDate: toIsoDate(values.decisionDate),
          issuingBody: values.issuingBody?.trim() || undefined,
          reason: values.reason || undefined,
          note: values.note?.trim() || undefined,
          version: member.version,
        });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: memberKeys.all }),
          queryClient.invalidateQueries({ queryKey: lifecycleKeys.all }),
          queryClient.invalidateQueries({ queryKey: unitKeys.all }),
        ]);
        void message.success(t(`lifecycle.decisions.saved.${kind}`, { name: member.fullName }));
        onClose();
      } catch (error) {
        if (!isApiError(error, 'STALE_VERSION')) throw error;
        void message.warning({ content: t('memberForm.staleAction'), duration: 8 });
        onClose();
        await queryClient.invalidateQueries({ queryKey: memberKeys.all });
      }
    }, form);

  const optional = ` (${t('common.optional')})`;
  return (
    <FormModal<DecisionValues>
      open={open}
      title={kind ? t(`lifecycle.decisions.title.${kind}`, { name: member.fullName }) : ''}
      okText={t('lifecycle.decisions.ok')}
      saving={busy}
      onClose={onClose}
      name="member-decision"
      form={form}
      onSubmit={submit}
      notice={
        <>
          {kind ? <p>{t(`lifecycle.decisions.help.${kind}`)}</p> : null}
          {kind === 'removal' && proposal.data?.proposed ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('lifecycle.removal.proposed')}
              description={proposal.data.citation}
            />
          ) : null}
        </>
      }
    >
      <FormField
        label={t(kind === 'death' ? 'lifecycle.fields.deathDate' : 'lifecycle.fields.effectiveOn')}
        name="effectiveOn"
        rules={[{ required: true, message: t('memberForm.effectiveOnRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      {rule?.reasons ? (
        <FormField
          label={t('lifecycle.fields.reason')}
          name="reason"
          rules={[{ required: true, message: t('lifecycle.fields.reasonRequired') }]}
        >
          <Select
            options={rule.reasons.map((r) => ({
              value: r,
              label: t(`lifecycle.reasons.${r}` as 'lifecycle.reasons.age'),
            }))}
          />
        </FormField>
      ) : null}
      <FormField
        label={`${t('lifecycle.fields.decisionNumber')}${rule?.number ? '' : optional}`}
        name="decisionNumber"
        extra={t('lifecycle.fields.decisionNumberHelp')}
        rules={
          rule?.number ? [{ required: true, message: t('lifecycle.fields.decisionNumberRequired') }] : []
        }
      >
        <Input maxLength={100} />
      </FormField>
      <FormField
        label={`${t('lifecycle.fields.decisionDate')}${rule?.number ? '' : optional}`}
        name="decisionDate"
        rules={rule?.number ? [{ required: true, message: t('lifecycle.fields.decisionDateRequired') }] : []}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField
        label={`${t('lifecycle.fields.issuingBody')}${rule?.issuer ? '' : optional}`}
        name="issuingBody"
        extra={t('lifecycle.fields.issuingBodyHelp')}
        rules={rule?.issuer ? [{ required: true, message: t('lifecycle.fields.issuingBodyRequired') }] : []}
      >
        <Input maxLength={300} />
      </FormField>
      <FormField label={`${t('memberForm.note')}${optional}`} name="note">
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </FormField>
    </FormModal>
  );
}
