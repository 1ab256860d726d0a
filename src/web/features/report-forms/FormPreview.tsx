import { Card, Empty, Form, Input, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormDefinition, FormField, TableField } from '../../../contracts/report-forms';
import { FieldItem } from './FieldItem';
import { ruleText, sourceName } from './labels';

/** A table as the unit fills it: fixed rows named at the left, or free rows (one blank row shown). */
function TablePreview({ field }: { field: TableField }) {
  const { t } = useTranslation();
  const rows = field.rows.length > 0 ? field.rows : [{ key: '__free', label: '1' }];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      columns={[
        {
          title: field.rows.length > 0 ? '' : t('reportForms.preview.rowNo'),
          dataIndex: 'label',
          width: 140,
        },
        ...field.columns.map((column) => ({
          title: column.label,
          key: column.key,
          render: () =>
            column.kind === 'number' ? (
              <InputNumber aria-label={column.label} style={{ width: '100%' }} />
            ) : (
              <Input aria-label={column.label} />
            ),
        })),
      ]}
      footer={
        field.rows.length === 0
          ? () => (
              <Typography.Text type="secondary">
                {t('reportForms.preview.freeRows', { n: field.maxRows })}
              </Typography.Text>
            )
          : undefined
      }
    />
  );
}

function FieldPreview({ field }: { field: FormField }) {
  const { t } = useTranslation();
  const extra = [
    field.help,
    field.kind === 'number' && field.source
      ? t('reportForms.preview.prefilled', { source: sourceName(t, field.source) })
      : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FieldItem label={field.label || field.key} required={field.required} extra={extra || undefined}>
      {field.kind === 'number' ? (
        <InputNumber
          aria-label={field.label}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
          precision={field.integer ? 0 : undefined}
          addonAfter={field.unit || undefined}
          style={{ width: '100%', maxWidth: 280 }}
        />
      ) : field.kind === 'text' ? (
        <Input.TextArea
          aria-label={field.label}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={field.maxLength}
        />
      ) : (
        <TablePreview field={field} />
      )}
    </FieldItem>
  );
}

/**
 * The form as a unit will fill it: sections in order, the fields still asked (retired ones left out), the
 * rules it will be checked against. Nothing typed here is kept.
 */
export function FormPreview({ definition, name }: { definition: FormDefinition; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="rforms-preview">
      <Typography.Title level={3}>{name || t('reportForms.preview.untitled')}</Typography.Title>
      <Form layout="vertical" component="div">
        {definition.sections.map((section, i) => {
          const asked = section.fields.filter((f) => !f.retired);
          return (
            <Card key={section.key || i} title={`${i + 1}. ${section.title}`} className="rforms-card">
              {asked.length === 0 ? <Empty description={t('reportForms.preview.noFields')} /> : null}
              {asked.map((field) => (
                <FieldPreview key={field.key} field={field} />
              ))}
            </Card>
          );
        })}
      </Form>
      {definition.rules.length > 0 ? (
        <Card title={t('reportForms.preview.rules')} size="small">
          <ul>
            {definition.rules.map((rule) => (
              <li key={rule.key}>{ruleText(rule, definition)}</li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
