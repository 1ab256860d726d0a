import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AggregateField } from '../../../contracts/report-aggregates';
import { formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import type { AggregateResponse } from './api';
import { figureText } from './figures';

interface Props {
  data: AggregateResponse;
  fields: AggregateField[];
}

/** The subtree's figures, one row each: the value, how it is computed, and how many reports gave it. */
export function FiguresTable({ data, fields }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const how = (f: AggregateField) => t(`reportAggregates.aggregate.${f.aggregate}`);
  const reports = (f: AggregateField) => formatNumber(data.subtree.values[f.key]?.reports ?? 0);
  const label = (f: AggregateField) => (
    <span className="figure-label">
      {f.label}
      {f.retired ? <Tag className="figure-tag">{t('reportAggregates.retired')}</Tag> : null}
    </span>
  );
  return (
    <Card
      title={<h2 className="card-title">{t('reportAggregates.figures.title', { unit: data.unit.name })}</h2>}
    >
      {phone ? (
        <ul className="figure-list">
          {fields.map((f) => (
            <li key={f.key}>
              {label(f)}
              <span className="figure-value strong">{figureText(f, data.subtree.values[f.key])}</span>
              <span className="muted">
                {t('reportAggregates.figures.howShort', { how: how(f), reports: reports(f) })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Table<AggregateField>
          size="middle"
          rowKey="key"
          dataSource={fields}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('reportAggregates.figures.empty') }}
          columns={[
            { key: 'label', title: t('reportAggregates.figures.field'), render: (_, f) => label(f) },
            {
              key: 'value',
              title: t('reportAggregates.figures.value'),
              align: 'right',
              render: (_, f) => <span className="strong">{figureText(f, data.subtree.values[f.key])}</span>,
            },
            { key: 'how', title: t('reportAggregates.figures.how'), render: (_, f) => how(f) },
            {
              key: 'reports',
              title: t('reportAggregates.figures.reports'),
              align: 'right',
              render: (_, f) => reports(f),
            },
          ]}
        />
      )}
    </Card>
  );
}
