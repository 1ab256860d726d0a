import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost, isApiError } from '../../app/api';
import { useShowError } from '../../app/errors';
import { childKindsOf, type Unit, type UnitKind, unitKeys, unitQuery } from './api';

/** Same rule as the API: letters (any script), digits, dot, underscore, hyphen. */
const CODE_PATTERN = /^[\p{L}\p{N}_.-]+$/u;

interface CreateValues {
  kind: UnitKind;
  name: string;
  code: string;
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
  const showError = useShowError();
  const [form] = Form.useForm<CreateValues>();
  const [saving, setSaving] = useState(false);
  const kinds = childKindsOf(parent.kind);

  useEffect(() => {
    if (open) form.setFieldsValue({ kind: kinds[0], name: '', code: '' });
  }, [open, form, kinds[0]]);

  const submit = async (values: CreateValues) => {
    setSaving(true);
    try {
      const created = await apiPost<Unit>('/api/units', { parentId: parent.id, ...values });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: unitKeys.children(parent.id) }),
        queryClient.invalidateQueries({ queryKey: unitKeys.one(parent.id) }),
        queryClient.invalidateQueries({ queryKey: unitKeys.roots }),
      ]);
      void message.success(t('org.created', { name: created.name }));
      onCreated(created);
    } catch (error) {
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('org.createTitle', { parent: parent.name })}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      forceRender
    >
      <Form<CreateValues>
        name="unit-create"
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          label={t('org.kind')}
          name="kind"
          rules={[{ required: true, message: t('org.kindRequired') }]}
        >
          <Select options={kinds.map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))} />
        </Form.Item>
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
          <Input maxLength={40} autoCapitalize="characters" className="mono" />
        </Form.Item>
      </Form>
    </Modal>
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
 * Rename / recode a unit. The edit carries the version it started from; when someone else saved first the API
 * answers 409, and the dialog shows the latest values next to the user's own, which are kept.
 */
export function UnitEditModal({ unit, open, onClose }: EditProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<EditValues>();
  const [saving, setSaving] = useState(false);
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
    setSaving(true);
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
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };

  const applyLatest = () => {
    if (!conflict) return;
    form.setFieldsValue({ name: conflict.name, code: conflict.code });
    setConflict(null);
  };

  return (
    <Modal
      open={open}
      title={t('org.editTitle', { name: unit.name })}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      forceRender
    >
      {conflict ? (
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
      ) : null}
      <Form<EditValues>
        name="unit-edit"
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
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
          <Input maxLength={40} className="mono" />
        </Form.Item>
        <Form.Item
          label={`${t('org.reason')} (${t('common.optional')})`}
          name="reason"
          extra={t('org.reasonHelp')}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
