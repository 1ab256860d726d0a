import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, meQueryKey } from '../../app/api';
import { useShowError } from '../../app/errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function PasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setSaving(true);
    try {
      await apiPost('/api/auth/password', { currentPassword, newPassword });
      form.resetFields();
      void message.success(t('account.passwordChanged'));
      // The session may have been renewed with a new CSRF token.
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    } catch (error) {
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      name="password"
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        label={t('account.currentPassword')}
        name="currentPassword"
        rules={[{ required: true, message: t('account.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('account.newPassword')}
        name="newPassword"
        extra={t('account.passwordHelp')}
        rules={[{ required: true, min: 8, max: 200, message: t('account.passwordMin') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('account.confirmPassword')}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('account.passwordMismatch') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('account.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('account.changePassword')}
      </Button>
    </Form>
  );
}
