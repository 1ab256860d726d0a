import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiPost, meQueryKey } from '../../app/api';
import { useBusy } from '../../app/useBusy';
import { NewPasswordFields } from '../../components/NewPasswordFields';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function PasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { busy: saving, run } = useBusy();

  const submit = ({ currentPassword, newPassword }: Values) =>
    run(async () => {
      await apiPost('/api/auth/password', { currentPassword, newPassword });
      form.resetFields();
      void message.success(t('account.passwordChanged'));
      // The session may have been renewed with a new CSRF token.
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    }, form);

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
      <NewPasswordFields wording="account" help={t('account.passwordHelp')} />
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('account.changePassword')}
      </Button>
    </Form>
  );
}
