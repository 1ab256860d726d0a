import { Button, Card, Empty, Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { ScrollRegion } from '../members/MemberBits';
import type { CompletenessView } from './api';
import { percentOf } from './status';
import { UnitReport } from './UnitReport';

type Row = CompletenessView['children'][number];

/** One row per child unit: its subtree's figures with a bar of the share sent; a name with units below drills down. */
export function ChildUnitsTable({ rows, onDrill }: { rows: Row[]; onDrill: (unitId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="card-title">{t('reportCompleteness.children.title')}</h2>}>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reportCompleteness.children.empty')} />
      ) : (
        <ScrollRegion label={t('reportCompleteness.children.title')}>
          <Table<Row>
            size="middle"
            rowKey={(r) => r.unit.id}
            dataSource={rows}
            pagination={rows.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
            columns={[
              {
                key: 'unit',
                title: t('reportCompleteness.children.unit'),
                render: (_, r) => (
                  <div className="rc-unit-cell">
                    {r.hasChildren ? (
                      <Button
                        type="link"
                        className="rc-drill"
                        onClick={() => onDrill(r.unit.id)}
                        aria-label={t('reportCompleteness.children.drill', { name: r.unit.name })}
                      >
                        {r.unit.name}
                      </Button>
                    ) : (
                      <span className="strong">{r.unit.name}</span>
                    )}
                    {r.own && !r.hasChildren ? <UnitReport report={r.own} /> : null}
                  </div>
                ),
              },
              {
                key: 'sent',
                title: t('reportCompleteness.children.sent'),
                render: (_, r) => (
                  <div className="rc-bar">
                    <span>
                      {t('reportCompleteness.children.sentOf', {
                        sent: formatNumber(r.counts.sent),
                        expected: formatNumber(r.counts.expected),
                      })}
                    </span>
                    <Progress
                      percent={percentOf(r.counts.sentRate)}
                      success={{ percent: percentOf(r.counts.onTimeRate) }}
                      size="small"
                      aria-label={t('reportCompleteness.children.barLabel', {
                        name: r.unit.name,
                        sent: percentOf(r.counts.sentRate),
                        onTime: percentOf(r.counts.onTimeRate),
                      })}
                    />
                  </div>
                ),
              },
              {
                key: 'onTime',
                title: t('reportCompleteness.counts.onTime'),
                align: 'right',
                responsive: ['md'],
                render: (_, r) => formatNumber(r.counts.onTime),
              },
              {
                key: 'late',
                title: t('reportCompleteness.counts.late'),
                align: 'right',
                responsive: ['md'],
                render: (_, r) => formatNumber(r.counts.late),
              },
              {
                key: 'missing',
                title: t('reportCompleteness.counts.missing'),
                align: 'right',
                render: (_, r) => (
                  <span className={r.counts.missing > 0 ? 'rc-bad strong' : undefined}>
                    {formatNumber(r.counts.missing)}
                  </span>
                ),
              },
            ]}
          />
        </ScrollRegion>
      )}
    </Card>
  );
}
