import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { formatNumber, toIsoDate } from '../../app/format';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { type Unit, unitKeys, unitQuery } from './api';
import { DecisionFields, type DecisionValues, DialogNotice, useDialogSubmit } from './formParts';

export type UnitChange = 'rename' | 'move' | 'merge' | 'dissolve';

interface ChangeValues extends DecisionValues {
  name?: string;
  code?: string;
  parentId?: string;
  successorId?: string;
}

interface Props {
  unit: Unit;
  /** The change whose dialog is open, or null. */
  change: UnitChange | null;
  onClose: () => void;
}

/** The four dated changes of a unit (rename, move, merge, dissolve), each recorded with a date and a decision. */
export function UnitChangeModal({ unit, change, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangeValues>();
  const reload = useCallback(
    () => queryClient.fetchQuery({ ...unitQuery(unit.id), staleTime: 0 }),
    [queryClient, unit.id],
  );
  const { busy, error, submit, clearError } = useDialogSubmit(form, reload);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when a dialog opens
  useEffect(() => {
    if (!change) return;
    form.resetFields();
    clearError();
    form.setFieldsValue({
      effectiveOn: dayjs(),
      decisionRef: '',
      note: '',
      name: unit.name,
      code: unit.code,
    });
  }, [change]);

  const save = (values: ChangeValues) =>
    submit(async () => {
      if (!change) return;
      // The version is read at save time: after a stale-version answer the reloaded unit carries the new one.
      const latest = queryClient.getQueryData<Unit>(unitKeys.one(unit.id)) ?? unit;
      const body: Record<string, unknown> = {
        version: latest.version,
        effectiveOn: toIsoDate(values.effectiveOn),
        decisionRef: values.decisionRef.trim(),
        note: values.note?.trim() || undefined,
      };
      if (change === 'rename') {
        body.name = values.name?.trim();
        if (values.code && values.code.trim() !== latest.code) body.code = values.code.trim();
      } else if (change === 'move') {
        body.parentId = values.parentId;
      } else if (change === 'merge') {
        body.successorId = values.successorId;
      }
      await apiPost<unknown>(`/api/units/${encodeURIComponent(unit.id)}/${change}`, body);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: unitKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['members'] }),
      ]);
      void message.success(t(`org.changeDone.${change}`, { name: unit.name }));
      onClose();
    });

  const titles: Record<UnitChange, string> = {
    rename: t('org.renameTitle', { name: unit.name }),
    move: t('org.moveTitle', { name: unit.name }),
    merge: t('org.mergeTitle', { name: unit.name }),
    dissolve: t('org.dissolveTitle', { name: unit.name }),
  };
  const okTexts: Record<UnitChange, string> = {
    rename: t('org.rename'),
    move: t('org.move'),
    merge: t('org.merge'),
    dissolve: t('org.dissolve'),
  };

  return (
    <FormModal<ChangeValues>
      open={change !== null}
      title={change ? titles[change] : ''}
      okText={change ? okTexts[change] : undefined}
      saving={busy}
      onClose={onClose}
      name={`unit-${change ?? 'change'}`}
      form={form}
      onSubmit={save}
      notice={
        <DialogNotice error={error}>
          {change ? <ChangeExplanation unit={unit} change={change} /> : null}
        </DialogNotice>
      }
    >
      {change === 'rename' ? <RenameFields /> : null}
      {change === 'move' ? (
        <Form.Item
          label={t('org.newParent')}
          name="parentId"
          extra={t('org.newParentHelp')}
          rules={[{ required: true, message: t('org.newParentRequired') }]}
        >
          <UnitTreeSelect placeholder={t('org.pickUnit')} />
        </Form.Item>
      ) : null}
      {change === 'merge' ? (
        <Form.Item
          label={t('org.successor')}
          name="successorId"
          extra={t('org.successorHelp', { name: unit.name })}
          rules={[{ required: true, message: t('org.successorRequired') }]}
        >
          <UnitTreeSelect placeholder={t('org.pickUnit')} />
        </Form.Item>
      ) : null}
      {change ? <DecisionFields /> : null}
    </FormModal>
  );
}

function RenameFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        label={t('org.newName')}
        name="name"
        rules={[{ required: true, whitespace: true, max: 300, message: t('org.nameRequired') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label={t('org.newCode')}
        name="code"
        extra={t('org.newCodeHelp')}
        rules={[
          { required: true, whitespace: true, message: t('org.codeRequired') },
          { pattern: /^[\p{L}\p{N}_.-]+$/u, message: t('org.codePattern') },
        ]}
      >
        <Input maxLength={40} className="mono" />
      </Form.Item>
    </>
  );
}

/** What the change will do, in plain words, before the user confirms it. */
function ChangeExplanation({ unit, change }: { unit: Unit; change: UnitChange }): ReactNode {
  const { t } = useTranslation();
  if (change === 'rename') return <p className="alert-text">{t('org.renameHelp')}</p>;
  if (change === 'move') return <p className="alert-text">{t('org.moveHelp', { name: unit.name })}</p>;
  if (change === 'merge') {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('org.mergeWarning', {
          name: unit.name,
          members: formatNumber(unit.counts.total + unit.counts.candidate),
        })}
      />
    );
  }
  // Sub-units may include dissolved ones, so only members tell for sure that the server will refuse.
  const members = unit.counts.total + unit.counts.candidate;
  return (
    <Alert
      type={members > 0 ? 'error' : 'warning'}
      showIcon
      title={
        members > 0
          ? t('org.dissolveBlocked', { members: formatNumber(members) })
          : t('org.dissolveWarning', { name: unit.name })
      }
    />
  );
}
