import { useLocation } from '@tanstack/react-router';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ButtonLink';
import { useDocumentTitle } from '../../components/PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('errors.notFoundTitle')}</h1>}
      subTitle={t('errors.notFoundBody', { path: pathname })}
      extra={
        <ButtonLink type="primary" href="/">
          {t('errors.backHome')}
        </ButtonLink>
      }
    />
  );
}
