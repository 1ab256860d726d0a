import { Alert, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, setFieldError } from '../../app/errors';
import { FormModal } from '../../components/FormModal';
import { createTheme, type ReportTheme, refreshThemes, updateTheme } from './api';

/** Named as the API names them, so its errors land on the right field. */
interface Values {
  name?: string;
  description?: string;
}

/** What the dialog is for: a new theme of a committee, or a change of an existing one. */
export type ThemeEdit =
  | { kind: 'create'; ownerUnitId: string; ownerName?: string }
  | { kind: 'edit'; theme: ReportTheme };

/** "Thêm chủ đề" / "Sửa chủ đề": the theme's name and what it covers. */
export function ThemeModal({
  edit,
  onClose,
  onSaved,
}: {
  edit: ThemeEdit | null;
  onClose: () => void;
  onSaved?: (theme: ReportTheme) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!edit) return;
    form.setFieldsValue(
      edit.kind === 'edit'
        ? { name: edit.theme.name, description: edit.theme.description ?? '' }
        : { name: '', description: '' },
    );
  }, [edit, form]);

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async (values: Values) => {
    if (!edit || busy) return;
    setBusy(true);
    setError(null);
    const name = values.name?.trim() ?? '';
    const description = values.description?.trim() || null;
    try {
      const saved =
        edit.kind === 'create'
          ? await createTheme({ ownerUnitId: edit.ownerUnitId, name, description })
          : await updateTheme(edit.theme.id, { name, description, version: edit.theme.version });
      await refreshThemes();
      onSaved?.(saved);
      close();
    } catch (failure) {
      if (!setFieldError(form, failure)) setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      open={edit !== null}
      title={
        edit?.kind === 'edit' ? t('reportIdeology.theme.editTitle') : t('reportIdeology.theme.createTitle')
      }
      okText={edit?.kind === 'edit' ? t('common.save') : t('reportIdeology.theme.create')}
      saving={busy}
      onClose={close}
      name="report-theme"
      form={form}
      onSubmit={submit}
      notice={
        <>
          {edit?.kind === 'create' && edit.ownerName ? (
            <p className="muted">{t('reportIdeology.theme.owner', { unit: edit.ownerName })}</p>
          ) : null}
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        </>
      }
    >
      <Form.Item
        name="name"
        label={t('reportIdeology.theme.name')}
        rules={[{ required: true, whitespace: true, message: t('reportIdeology.theme.nameRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('reportIdeology.theme.description')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
