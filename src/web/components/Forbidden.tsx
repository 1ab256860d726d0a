import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';
import { useDocumentTitle } from './PageHeader';

/** A page of a module the user may not use. */
export function Forbidden() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.forbiddenTitle'));
  return (
    <Result
      status="403"
      title={<h1 className="result-title">{t('errors.forbiddenTitle')}</h1>}
      subTitle={t('errors.forbiddenBody')}
      extra={
        <ButtonLink type="primary" href="/">
          {t('errors.backHome')}
        </ButtonLink>
      }
    />
  );
}
