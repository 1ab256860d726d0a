import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { bridgeMessage } from './errors';
import { queryClient } from './queryClient';
import { router } from './router';
import { theme } from './theme';

/** Hands antd's context-aware message API to code outside React (the global error handler). */
function MessageBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    bridgeMessage(message);
    return () => bridgeMessage(null);
  }, [message]);
  return null;
}

export function Root() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? enUS : viVN;
  return (
    <ConfigProvider locale={locale} theme={theme}>
      <App>
        <MessageBridge />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </App>
    </ConfigProvider>
  );
}
