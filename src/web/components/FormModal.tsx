import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormModalProps<Values> {
  open: boolean;
  title: ReactNode;
  /** The confirm button's text; "Save" unless given. */
  okText?: ReactNode;
  width?: number;
  /** Shows the confirm button as busy. */
  saving: boolean;
  onClose: () => void;
  /** The form's name, which prefixes its fields' ids. */
  name: string;
  form: FormInstance<Values>;
  /** Called with the values once they pass the fields' rules. */
  onSubmit: (values: Values) => unknown;
  /** Shown above the form, e.g. an explanation or a warning. */
  notice?: ReactNode;
  children: ReactNode;
}

/**
 * A dialog around a vertical form: its confirm button submits the form, cancel closes it. It renders while
 * closed too, so that the form instance is always connected.
 */
export function FormModal<Values>({
  open,
  title,
  okText,
  width,
  saving,
  onClose,
  name,
  form,
  onSubmit,
  notice,
  children,
}: FormModalProps<Values>) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      width={width}
      forceRender
    >
      {notice}
      <Form<Values> name={name} form={form} layout="vertical" onFinish={(values) => void onSubmit(values)}>
        {children}
      </Form>
    </Modal>
  );
}
