import { Alert, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { errorText, setFieldError } from '../../app/errors';
import { queryClient } from '../../app/queryClient';
import { FormModal } from '../../components/FormModal';
import { type DocumentIssuer, documentKeys } from './api';

interface Values {
  code: string;
  name: string;
  superiorName?: string;
}

/** "Thêm cơ quan ban hành": a body the list lacks, by its code as printed after the slash. */
export function AddIssuerModal({
  open,
  initialCode,
  onClose,
  onAdded,
}: {
  open: boolean;
  initialCode?: string;
  onClose: () => void;
  onAdded: (issuer: DocumentIssuer) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      form.resetFields();
      if (initialCode) form.setFieldValue('code', initialCode);
      setError(null);
    }
  }, [open, initialCode, form]);

  return (
    <FormModal<Values>
      open={open}
      title={t('documents.issuer.addTitle')}
      okText={t('documents.issuer.add')}
      saving={busy}
      onClose={onClose}
      name="add-issuer"
      form={form}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      onSubmit={async (values) => {
        setBusy(true);
        setError(null);
        try {
          const issuer = await apiPost<DocumentIssuer>('/api/documents/issuers', {
            code: values.code.trim().toLocaleUpperCase('vi'),
            name: values.name.trim(),
            superiorName: values.superiorName?.trim() || null,
          });
          queryClient.setQueryData<{ items: DocumentIssuer[] }>(documentKeys.issuers, (old) =>
            old ? { items: [...old.items, issuer] } : old,
          );
          void queryClient.invalidateQueries({ queryKey: documentKeys.issuers });
          onAdded(issuer);
        } catch (failure) {
          if (!setFieldError(form, failure)) setError(errorText(failure));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form.Item
        label={t('documents.issuer.code')}
        name="code"
        extra={t('documents.issuer.codeHelp')}
        rules={[{ required: true, whitespace: true, message: t('documents.issuer.codeRequired') }]}
      >
        <Input maxLength={15} autoCapitalize="characters" />
      </Form.Item>
      <Form.Item
        label={t('documents.issuer.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('documents.issuer.nameRequired') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label={`${t('documents.issuer.superiorName')} (${t('common.optional')})`}
        name="superiorName"
      >
        <Input maxLength={300} placeholder={t('documents.issuer.superiorPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
