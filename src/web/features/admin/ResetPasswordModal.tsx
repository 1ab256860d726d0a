import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { type UserSummary, userKeys } from './api';

interface Values {
  newPassword: string;
  confirmPassword: string;
  reason?: string;
}

/** Sets a new password for a user; the API also unlocks the account and ends all its sessions. */
export function ResetPasswordModal({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { busy: saving, run } = useBusy();
  const open = user !== null;

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async (values: Values) => {
    if (!user) return;
    await run(async () => {
      await apiPost(`/api/admin/users/${encodeURIComponent(user.id)}/reset-password`, {
        newPassword: values.newPassword,
        reason: values.reason?.trim() || undefined,
      });
      void message.success({ content: t('users.resetDone', { name: user.fullName }), duration: 8 });
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    }, form);
  };

  return (
    <FormModal<Values>
      open={open}
      title={user ? t('users.resetTitle', { name: user.fullName }) : ''}
      okText={t('users.resetPassword')}
      saving={saving}
      onClose={onClose}
      name="reset-password"
      form={form}
      onSubmit={submit}
      notice={<Alert type="info" showIcon title={t('users.resetHelp')} style={{ marginBottom: 16 }} />}
    >
      <NewPasswordFields wording="users" />
      <Form.Item label={`${t('users.reason')} (${t('common.optional')})`} name="reason">
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
