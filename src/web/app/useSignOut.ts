import { useNavigate } from '@tanstack/react-router';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut } from './auth';
import { useShowError } from './errors';

/** Sign out here, or (after confirmation) on every device; then go to the sign-in page. */
export function useSignOut() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowError();

  const here = useCallback(async () => {
    try {
      await signOut(false);
      void message.success(t('shell.signedOut'));
      await navigate({ to: '/login', search: {} });
    } catch (error) {
      showError(error);
    }
  }, [message, navigate, showError, t]);

  const everywhere = useCallback(() => {
    modal.confirm({
      title: t('shell.signOutAllTitle'),
      content: t('shell.signOutAllBody'),
      okText: t('shell.signOutAll'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await signOut(true);
          void message.success(t('shell.signedOutAll'));
          await navigate({ to: '/login', search: {} });
        } catch (error) {
          showError(error);
        }
      },
    });
  }, [message, modal, navigate, showError, t]);

  return { signOutHere: here, signOutEverywhere: everywhere };
}
