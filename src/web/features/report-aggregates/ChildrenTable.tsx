import { Link } from '@tanstack/react-router';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AggregateField, AggregateRow } from '../../../contracts/report-aggregates';
import { formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import type { AggregateResponse } from './api';
import { figureText } from './figures';
import type { AggregateSearch } from './search';

interface Row extends AggregateRow {
  key: string;
  /** Null for the unit's own report. */
  unitId: string | null;
  name: string;
  hasChildren: boolean;
  dissolved: boolean;
}

interface Props {
  data: AggregateResponse;
  fields: AggregateField[];
}

/** One row per child unit (and the unit's own report), one column per figure; a child's name opens its view. */
export function ChildrenTable({ data, fields }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const rows: Row[] = [
    ...(data.own
      ? [
          {
            key: 'own',
            unitId: null,
            name: t('reportAggregates.children.own', { unit: data.unit.name }),
            hasChildren: false,
            dissolved: false,
            ...data.own,
          },
        ]
      : []),
    ...data.children.map((c) => ({
      key: c.unit.id,
      unitId: c.unit.id,
      name: c.unit.name,
      hasChildren: c.hasChildren,
      dissolved: c.unit.dissolved,
      counts: c.counts,
      values: c.values,
    })),
  ];
  if (rows.length === 0) return null;
  return (
    <Card title={<h2 className="card-title">{t('reportAggregates.children.title')}</h2>}>
      <Typography.Paragraph className="muted">{t('reportAggregates.children.help')}</Typography.Paragraph>
      {phone ? (
        <ul className="child-cards">
          {rows.map((r) => (
            <li key={r.key} className="child-card">
              <UnitName row={r} />
              <span className="muted">
                {t('reportAggregates.children.countsShort', {
                  accepted: formatNumber(r.counts.accepted),
                  submitted: formatNumber(r.counts.submitted),
                })}
              </span>
              <dl className="child-figures">
                {fields.map((f) => (
                  <div key={f.key}>
                    <dt>{f.label}</dt>
                    <dd>{figureText(f, r.values[f.key])}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <Table<Row>
          size="middle"
          rowKey="key"
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'unit',
              title: t('reportAggregates.children.unit'),
              fixed: 'left',
              render: (_, r) => <UnitName row={r} />,
            },
            {
              key: 'accepted',
              title: t('reportAggregates.children.accepted'),
              align: 'right',
              render: (_, r) => formatNumber(r.counts.accepted),
            },
            {
              key: 'submitted',
              title: t('reportAggregates.children.submitted'),
              align: 'right',
              render: (_, r) => formatNumber(r.counts.submitted),
            },
            ...fields.map((f) => ({
              key: f.key,
              title: f.label,
              align: 'right' as const,
              width: 150,
              render: (_: unknown, r: Row) => figureText(f, r.values[f.key]),
            })),
          ]}
        />
      )}
      {data.childTotal > data.children.length ? (
        <Typography.Paragraph className="muted">
          {t('reportAggregates.children.firstOf', {
            shown: formatNumber(data.children.length),
            total: formatNumber(data.childTotal),
          })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

/** A child's name opens its own view (the unit's own report is not a unit to open). */
function UnitName({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (!row.unitId) return <span className="strong">{row.name}</span>;
  return (
    <span className="child-name">
      <Link
        to="/reports/aggregate"
        search={(s: AggregateSearch) => ({ ...s, unitId: row.unitId ?? undefined })}
        className="strong"
      >
        {row.name}
        {row.hasChildren ? ' ›' : ''}
      </Link>
      {row.dissolved ? <Tag>{t('reportAggregates.children.dissolved')}</Tag> : null}
    </span>
  );
}
