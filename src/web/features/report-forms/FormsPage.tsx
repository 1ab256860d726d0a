import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { StatusText } from '../../components/StatusText';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { canDesignForms } from './access';
import { formsQuery, type ReportFormSummary } from './api';
import { dueText, periodTypeName, submittersText } from './labels';
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
      <Table<ReportFormSummary>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('reportForms.none') }}
        columns={[
          { title: t('reportForms.code'), dataIndex: 'code', width: 110 },
          {
            title: t('reportForms.name'),
            render: (_, form) => (
              <Space direction="vertical" size={0}>
                <Link to="/reports/forms/$formId" params={{ formId: form.id }}>
                  {form.name}
                </Link>
                <Typography.Text type="secondary">
                  {form.owner?.name ?? t('reportForms.builtIn')}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('reportForms.periodType'), render: (_, form) => periodTypeName(t, form.periodType) },
          { title: t('reportForms.submitters'), render: (_, form) => submittersText(t, form.submitterKinds) },
          { title: t('reportForms.due'), render: (_, form) => dueText(t, form) },
          {
            title: t('reportForms.status'),
            render: (_, form) =>
              form.status === 'active' ? (
                <StatusText tone="ok">{t('reportForms.statuses.active')}</StatusText>
              ) : (
                <StatusText tone="off">{t('reportForms.statuses.retired')}</StatusText>
              ),
          },
          {
            title: t('reportForms.versionColumn'),
            render: (_, form) => t('reportForms.versionNo', { n: form.currentVersionNo }),
          },
        ]}
      />
    </>
  );
}
