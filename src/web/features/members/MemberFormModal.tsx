import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost, isApiError } from '../../app/api';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { unitKeys } from '../org/api';
import { type Member, memberKeys, memberQuery } from './api';
import { FormField } from './FormField';
import { displayValue, fieldLabel } from './field-values';
import {
  changedFields,
  createBody,
  formValuesOf,
  type MemberFormValues,
  type RecordField,
  rebaseOnLatest,
} from './form-values';
import { useCodeLabels } from './labels';
import { MemberFormFields } from './MemberFormFields';

interface MemberFormModalProps {
  open: boolean;
  /** The record to edit, or null to add a member. */
  member: Member | null;
  /** Creation: the cell preselected. */
  defaultUnitId?: string;
  onClose: () => void;
  onSaved: (member: Member) => void;
}

interface Conflict {
  latest: Member;
  fields: RecordField[];
}

/**
 * Adds a member or edits a record. An edit sends only the changed fields with the version it started from; when
 * someone else saved first (409) the dialog says what they changed, keeps the user's entries, and the next save
 * applies them on top of the latest version.
 */
export function MemberFormModal({ open, member, defaultUnitId, onClose, onSaved }: MemberFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const labels = useCodeLabels();
  const [form] = Form.useForm<MemberFormValues>();
  const { busy: saving, run } = useBusy();
  const [base, setBase] = useState<Member | null>(member);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    setBase(member);
    setConflict(null);
    form.resetFields();
    form.setFieldsValue(
      member
        ? { ...formValuesOf(member), reason: '' }
        : {
            unitId: defaultUnitId,
            status: 'official',
            ethnicityCode: '01',
            religionCode: '00',
            statusSince: null,
          },
    );
  }, [open]);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: memberKeys.all }),
      queryClient.invalidateQueries({ queryKey: unitKeys.all }),
    ]);

  const create = async (values: MemberFormValues) => {
    const created = await apiPost<Member>('/api/members', createBody(values));
    await refresh();
    void message.success(t('memberForm.created', { name: created.fullName }));
    onSaved(created);
  };

  const update = async (current: Member, values: MemberFormValues) => {
    const changes = changedFields(current, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    try {
      const updated = await apiPatch<Member>(`/api/members/${encodeURIComponent(current.id)}`, {
        ...changes,
        version: current.version,
        reason: values.reason?.trim() || undefined,
      });
      queryClient.setQueryData(memberKeys.one(current.id), updated);
      await refresh();
      void message.success(t('memberForm.updated', { name: updated.fullName }));
      onSaved(updated);
    } catch (error) {
      if (!isApiError(error, 'STALE_VERSION')) throw error;
      const latest = await queryClient
        .fetchQuery({ ...memberQuery(current.id), staleTime: 0 })
        .catch(() => null);
      void refresh();
      if (latest?.visibility !== 'full') throw error;
      const rebased = rebaseOnLatest(current, latest, values);
      form.setFieldsValue(rebased.values);
      setBase(latest);
      setConflict({ latest, fields: rebased.theirs });
    }
  };

  const submit = (values: MemberFormValues) =>
    run(async () => {
      if (base) await update(base, values);
      else await create(values);
    }, form);

  return (
    <FormModal<MemberFormValues>
      open={open}
      title={member ? t('memberForm.editTitle', { name: member.fullName }) : t('memberForm.createTitle')}
      width={880}
      saving={saving}
      onClose={onClose}
      name="member"
      form={form}
      onSubmit={submit}
      notice={
        conflict ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={t('memberForm.conflictTitle')}
            description={
              <>
                <p className="alert-text">{t('memberForm.conflictBody')}</p>
                {conflict.fields.length > 0 ? (
                  <ul className="compact-list">
                    {conflict.fields.map((field) => (
                      <li key={field}>
                        {fieldLabel(t, field)}:{' '}
                        {displayValue(field, conflict.latest[field], labels) ?? t('common.noValue')}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            }
          />
        ) : null
      }
    >
      <MemberFormFields creating={member === null} />
      {member ? (
        <FormField
          label={`${t('memberForm.reason')} (${t('common.optional')})`}
          name="reason"
          extra={t('memberForm.reasonHelp')}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </FormField>
      ) : null}
    </FormModal>
  );
}
