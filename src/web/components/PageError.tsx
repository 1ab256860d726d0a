import type { ErrorComponentProps } from '@tanstack/react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../app/errors';

/** Shown when a page fails to load or render; offers to try again. */
export function PageError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={<h1 className="result-title">{t('errors.pageErrorTitle')}</h1>}
      subTitle={errorText(error)}
      extra={[
        <Button key="retry" type="primary" onClick={reset}>
          {t('common.retry')}
        </Button>,
        <Button key="reload" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>,
      ]}
    />
  );
}

/** The same, for failures outside the signed-in shell (which has its own <main>). */
export function RootError(props: ErrorComponentProps) {
  return (
    <main id="main" className="standalone-main">
      <PageError {...props} />
    </main>
  );
}
