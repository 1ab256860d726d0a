import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { useShowError } from '../../app/errors';
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
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const open = user !== null;

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async (values: Values) => {
    if (!user) return;
    setSaving(true);
    try {
      await apiPost(`/api/admin/users/${encodeURIComponent(user.id)}/reset-password`, {
        newPassword: values.newPassword,
        reason: values.reason?.trim() || undefined,
      });
      void message.success({ content: t('users.resetDone', { name: user.fullName }), duration: 8 });
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    } catch (error) {
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={user ? t('users.resetTitle', { name: user.fullName }) : ''}
      onCancel={onClose}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      forceRender
    >
      <Alert type="info" showIcon title={t('users.resetHelp')} style={{ marginBottom: 16 }} />
      <Form<Values>
        name="reset-password"
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          label={t('users.newPassword')}
          name="newPassword"
          rules={[{ required: true, min: 8, max: 200, message: t('users.passwordMin') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('users.confirmPassword')}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('users.passwordMismatch') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={`${t('users.reason')} (${t('common.optional')})`} name="reason">
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
