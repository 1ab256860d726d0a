import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost, isApiError } from '../../app/api';
import { toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { childKindsOf, type Unit, type UnitKind, unitKeys, unitQuery } from './api';
import { DateField } from './formParts';

/** Same rule as the API: letters (any script), digits, dot, underscore, hyphen. */
const CODE_PATTERN = /^[\p{L}\p{N}_.-]+$/u;

/** The unit's name and code; a new unit's code is typed in capitals on phones. */
function NameAndCodeFields({ newUnit = false }: { newUnit?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        label={t('org.name')}
        name="name"
        rules={[{ required: true, whitespace: true, max: 300, message: t('org.nameRequired') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label={t('org.code')}
        name="code"
        rules={[
          { required: true, whitespace: true, message: t('org.codeRequired') },
          { pattern: CODE_PATTERN, message: t('org.codePattern') },
        ]}
      >
        <Input maxLength={40} autoCapitalize={newUnit ? 'characters' : undefined} className="mono" />
      </Form.Item>
    </>
  );
}

interface CreateValues {
  kind: UnitKind;
  name: string;
  code: string;
  effectiveOn?: Dayjs | null;
  decisionRef?: string;
}

interface CreateProps {
  parent: Unit;
  open: boolean;
  onClose: () => void;
  onCreated: (unit: Unit) => void;
}

export function UnitCreateModal({ parent, open, onClose, onCreated }: CreateProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateValues>();
  const { busy: saving, run } = useBusy();
  const kinds = childKindsOf(parent.kind);

  useEffect(() => {
    if (open) {
      form.setFieldsValue({ kind: kinds[0], name: '', code: '', effectiveOn: dayjs(), decisionRef: '' });
    }
  }, [open, form, kinds[0]]);

  const submit = ({ effectiveOn, decisionRef, ...values }: CreateValues) =>
    run(async () => {
      const created = await apiPost<Unit>('/api/units', {
        parentId: parent.id,
        ...values,
        effectiveOn: toIsoDate(effectiveOn),
        decisionRef: decisionRef?.trim() || undefined,
      });
      await queryClient.invalidateQueries({ queryKey: unitKeys.all });
      void message.success(t('org.created', { name: created.name }));
      onCreated(created);
    }, form);

  return (
    <FormModal<CreateValues>
      open={open}
      title={t('org.createTitle', { parent: parent.name })}
      saving={saving}
      onClose={onClose}
      name="unit-create"
      form={form}
      onSubmit={submit}
    >
      <Form.Item
        label={t('org.kind')}
        name="kind"
        rules={[{ required: true, message: t('org.kindRequired') }]}
      >
        <Select options={kinds.map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))} />
      </Form.Item>
      <NameAndCodeFields newUnit />
      <DateField name="effectiveOn" label={t('org.foundedOn')} extra={t('org.foundedOnHelp')} past />
      <Form.Item
        label={`${t('org.foundingDecision')} (${t('common.optional')})`}
        name="decisionRef"
        extra={t('org.decisionRefHelp')}
        rules={[{ max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

interface EditValues {
  name: string;
  code: string;
  reason?: string;
}

interface EditProps {
  unit: Unit;
  open: boolean;
  onClose: () => void;
}

/**
 * Corrects a typo in the unit's name or code, with no dated event (a rename by decision is RenameModal).
 * The edit carries the version it started from; when someone else saved first the API
 * answers 409, and the dialog shows the latest values next to the user's own, which are kept.
 */
export function UnitEditModal({ unit, open, onClose }: EditProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditValues>();
  const { busy: saving, run } = useBusy();
  const [base, setBase] = useState<Unit>(unit);
  const [conflict, setConflict] = useState<Unit | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    setBase(unit);
    setConflict(null);
    form.setFieldsValue({ name: unit.name, code: unit.code, reason: '' });
  }, [open]);

  const submit = async (values: EditValues) => {
    const changes: { name?: string; code?: string } = {};
    if (values.name.trim() !== base.name) changes.name = values.name.trim();
    if (values.code.trim() !== base.code) changes.code = values.code.trim();
    if (!changes.name && !changes.code) {
      onClose();
      return;
    }
    await run(async () => {
      try {
        const updated = await apiPatch<Unit>(`/api/units/${encodeURIComponent(unit.id)}`, {
          ...changes,
          version: base.version,
          reason: values.reason?.trim() || undefined,
        });
        queryClient.setQueryData(unitKeys.one(unit.id), updated);
        await queryClient.invalidateQueries({ queryKey: unitKeys.all });
        void message.success(t('org.updated', { name: updated.name }));
        onClose();
      } catch (error) {
        if (isApiError(error, 'STALE_VERSION')) {
          const latest = await queryClient
            .fetchQuery({ ...unitQuery(unit.id), staleTime: 0 })
            .catch(() => null);
          if (latest) {
            setBase(latest);
            setConflict(latest);
            void queryClient.invalidateQueries({ queryKey: unitKeys.all });
            return;
          }
        }
        throw error;
      }
    }, form);
  };

  const applyLatest = () => {
    if (!conflict) return;
    form.setFieldsValue({ name: conflict.name, code: conflict.code });
    setConflict(null);
  };

  return (
    <FormModal<EditValues>
      open={open}
      title={t('org.editTitle', { name: unit.name })}
      saving={saving}
      onClose={onClose}
      name="unit-edit"
      form={form}
      onSubmit={submit}
      notice={
        conflict ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('org.conflictTitle')}
            description={
              <>
                <p className="alert-text">
                  {t('org.conflictBody', { name: conflict.name, code: conflict.code })}
                </p>
                <Button size="small" onClick={applyLatest}>
                  {t('org.useLatest')}
                </Button>
              </>
            }
          />
        ) : null
      }
    >
      <NameAndCodeFields />
      <Form.Item
        label={`${t('org.reason')} (${t('common.optional')})`}
        name="reason"
        extra={t('org.reasonHelp')}
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
