import { Link } from '@tanstack/react-router';
import { Card, Descriptions, List, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../app/useMediaQuery';
import { StatusText } from '../../components/StatusText';
import type { ReportFormSummary } from './api';
import { dueText, periodTypeName, submittersText } from './labels';

function FormStatus({ form }: { form: ReportFormSummary }) {
  const { t } = useTranslation();
  return form.status === 'active' ? (
    <StatusText tone="ok">{t('reportForms.statuses.active')}</StatusText>
  ) : (
    <StatusText tone="off">{t('reportForms.statuses.retired')}</StatusText>
  );
}

function FormLink({ form }: { form: ReportFormSummary }) {
  return (
    <Link to="/reports/forms/$formId" params={{ formId: form.id }}>
      {form.name}
    </Link>
  );
}

/** Phones: one card per form, its facts one under another. */
function FormCards({ items, loading }: { items: ReportFormSummary[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <List
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('reportForms.none') }}
      renderItem={(form) => (
        <List.Item>
          <Card size="small" title={<FormLink form={form} />} className="rforms-card">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'code', label: t('reportForms.code'), children: form.code },
                {
                  key: 'owner',
                  label: t('reportForms.owner'),
                  children: form.owner?.name ?? t('reportForms.builtIn'),
                },
                {
                  key: 'period',
                  label: t('reportForms.periodType'),
                  children: periodTypeName(t, form.periodType),
                },
                {
                  key: 'who',
                  label: t('reportForms.submitters'),
                  children: submittersText(t, form.submitterKinds),
                },
                { key: 'due', label: t('reportForms.due'), children: dueText(t, form) },
                { key: 'status', label: t('reportForms.status'), children: <FormStatus form={form} /> },
                {
                  key: 'version',
                  label: t('reportForms.versionColumn'),
                  children: t('reportForms.versionNo', { n: form.currentVersionNo }),
                },
              ]}
            />
          </Card>
        </List.Item>
      )}
    />
  );
}

/** The forms: a table on wide screens, cards on phones. */
export function FormsList({ items, loading }: { items: ReportFormSummary[]; loading: boolean }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  if (isPhone) return <FormCards items={items} loading={loading} />;
  return (
    <Table<ReportFormSummary>
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('reportForms.none') }}
      columns={[
        { title: t('reportForms.code'), dataIndex: 'code', width: 110 },
        {
          title: t('reportForms.name'),
          render: (_, form) => (
            <Space direction="vertical" size={0}>
              <FormLink form={form} />
              <Typography.Text type="secondary">
                {form.owner?.name ?? t('reportForms.builtIn')}
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('reportForms.periodType'), render: (_, form) => periodTypeName(t, form.periodType) },
        { title: t('reportForms.submitters'), render: (_, form) => submittersText(t, form.submitterKinds) },
        { title: t('reportForms.due'), render: (_, form) => dueText(t, form) },
        { title: t('reportForms.status'), render: (_, form) => <FormStatus form={form} /> },
        {
          title: t('reportForms.versionColumn'),
          render: (_, form) => t('reportForms.versionNo', { n: form.currentVersionNo }),
        },
      ]}
    />
  );
}
