import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Skeleton, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AggregateField, TrendResponse } from '../../../contracts/report-aggregates';
import type { Period } from '../../../domain/report-periods';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { Chart, type ChartOption } from '../../components/Chart';
import type { Scope } from './AggregateView';
import { trendQuery } from './api';
import { figureText } from './figures';
import { periodName, shortPeriodName } from './period-names';
import { periodTypeOfKey } from './periods';

type Point = TrendResponse['points'][number];

interface Props {
  scope: Scope;
  fields: AggregateField[];
  field: AggregateField;
  onField: (key: string) => void;
}

const periodOfPoint = (p: Point): Period => ({
  type: periodTypeOfKey(p.periodKey) ?? 'month',
  key: p.periodKey,
  start: p.start,
  end: p.end,
});

function trendOption(data: TrendResponse): ChartOption {
  return {
    textStyle: { fontFamily: 'inherit' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: data.points.map((p) => shortPeriodName(periodOfPoint(p))),
      axisLabel: { fontSize: 13, hideOverlap: true },
    },
    yAxis: { type: 'value', axisLabel: { fontSize: 13 } },
    series: [
      {
        type: 'bar',
        name: data.field.label,
        data: data.points.map((p) => (p.value === null ? '-' : p.value)),
        label: { show: true, position: 'top', fontSize: 12 },
        barMaxWidth: 32,
      },
    ],
  };
}

/** One figure of the subtree over the 12 periods ending with the one shown: bars, and the numbers below. */
export function TrendCard({ scope, fields, field, onField }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const trend = useQuery(trendQuery(scope, field.key));
  const option = useMemo(() => (trend.data ? trendOption(trend.data) : null), [trend.data]);
  const label = trend.data
    ? t('reportAggregates.trend.chartLabel', {
        field: field.label,
        list: trend.data.points
          .map((p) => `${periodName(periodOfPoint(p))} ${p.value === null ? '—' : formatNumber(p.value)}`)
          .join('; '),
      })
    : '';
  return (
    <Card title={<h2 className="card-title">{t('reportAggregates.trend.title')}</h2>}>
      <div className="aggregate-filter">
        <label htmlFor="aggregate-trend-field" className="strong">
          {t('reportAggregates.trend.field')}
        </label>
        <Select
          id="aggregate-trend-field"
          value={field.key}
          options={fields.map((f) => ({ value: f.key, label: f.label }))}
          onChange={(value: string) => onField(value)}
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
          styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
        />
      </div>
      {trend.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 6 }} />
      ) : trend.error ? (
        <Alert type="error" showIcon title={errorText(trend.error)} />
      ) : option ? (
        <>
          <Chart option={option} label={label} height={300} />
          <Table<Point>
            size="small"
            rowKey="periodKey"
            dataSource={[...trend.data.points].reverse()}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                key: 'period',
                title: t('reportAggregates.trend.period'),
                render: (_, p) => periodName(periodOfPoint(p)),
              },
              {
                key: 'value',
                title: t('reportAggregates.figures.value'),
                align: 'right',
                render: (_, p) =>
                  p.value === null
                    ? t('reportAggregates.trend.noReport')
                    : figureText(field, { total: p.value, reports: p.reports, value: p.value }),
              },
              ...(phone
                ? []
                : [
                    {
                      key: 'reports',
                      title: t('reportAggregates.figures.reports'),
                      align: 'right' as const,
                      render: (_: unknown, p: Point) => formatNumber(p.reports),
                    },
                  ]),
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
