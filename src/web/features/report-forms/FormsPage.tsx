import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { canDesignForms } from './access';
import { formsQuery } from './api';
import { FormsList } from './FormsList';
import './report-forms.css';

/** "Biểu mẫu báo cáo": the forms a unit's subtree submits (or all the user sees), with their deadlines. */
export function FormsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/reports/forms' });
  const navigate = useNavigate({ from: '/reports/forms' });
  const list = useQuery(formsQuery(search.unitId ?? '', Boolean(search.retired)));
  const update = (patch: { unitId?: string; retired?: boolean }) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  return (
    <>
      <PageHeader
        title={t('reportForms.title')}
        intro={t('reportForms.intro')}
        extra={
          canDesignForms(me) ? (
            <ButtonLink
              href={search.unitId ? `/reports/forms/new?ownerUnitId=${search.unitId}` : '/reports/forms/new'}
              type="primary"
              icon={<PlusOutlined aria-hidden />}
            >
              {t('reportForms.create')}
            </ButtonLink>
          ) : null
        }
      />
      <Card size="small" className="rforms-filters">
        <Space wrap size="middle">
          <div className="rforms-unit-picker">
            <UnitTreeSelect
              aria-label={t('reportForms.unitFilter')}
              placeholder={t('reportForms.unitFilter')}
              value={search.unitId}
              onChange={(value) => update({ unitId: value })}
            />
          </div>
          {search.unitId ? (
            <Button onClick={() => update({ unitId: undefined })}>{t('reportForms.allUnits')}</Button>
          ) : null}
          <Space>
            <Switch
              id="rforms-retired"
              checked={Boolean(search.retired)}
              onChange={(on) => update({ retired: on || undefined })}
            />
            <label htmlFor="rforms-retired">{t('reportForms.showRetired')}</label>
          </Space>
        </Space>
      </Card>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <FormsList items={list.data?.items ?? []} loading={list.isPending} />
    </>
  );
}
