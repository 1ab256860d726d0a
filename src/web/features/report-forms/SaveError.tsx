import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { errorText } from '../../app/errors';

/**
 * Why a save failed. A change that would orphan data already sent (409 naming the field) is explained at
 * length: the user is told to mark the field "Không dùng nữa" instead, which the message itself says.
 */
export function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const orphan = error instanceof ApiError && error.status === 409 && error.code.startsWith('REPORT_FORM_');
  return (
    <Alert
      type={orphan ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={orphan ? t('reportForms.orphanTitle') : t('reportForms.saveFailed')}
      description={
        <>
          <div className="rforms-error-text">{errorText(error)}</div>
          {orphan ? <div>{t('reportForms.orphanHint')}</div> : null}
        </>
      }
    />
  );
}
