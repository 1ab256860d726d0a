import { Card, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { Chart, type ChartOption } from '../../components/Chart';
import type { BehindPanel } from './api';
import { percentLabel } from './periods';

type Rates = BehindPanel['attendanceByCell'];
type Row = Rates['items'][number];

/** Bars for the lowest cells only: a chart of 200 bars says nothing; the table below has them all. */
const chartBars = 20;

function rateOption(rows: readonly Row[], noData: string): ChartOption {
  const reversed = [...rows].reverse(); // ECharts draws the first category at the bottom.
  return {
    textStyle: { fontFamily: 'inherit' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { fontSize: 13, formatter: '{value} %' } },
    yAxis: {
      type: 'category',
      data: reversed.map((r) => r.name),
      axisLabel: { fontSize: 13, width: 170, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: reversed.map((r) => (r.rate === null ? 0 : Math.round(r.rate * 1000) / 10)),
        label: {
          show: true,
          position: 'right',
          fontSize: 13,
          formatter: (p: { dataIndex: number }) => {
            const rate = reversed[p.dataIndex]?.rate ?? null;
            return rate === null ? noData : percentLabel(rate);
          },
        },
        barMaxWidth: 24,
      },
    ],
  };
}

/** Attendance over the last 12 months by cell, lowest first: a bar chart of the lowest and the table. */
export function AttendanceByCell({ data }: { data: Rates }) {
  const { t } = useTranslation();
  const noData = t('meetingsPanel.attendance.noData');
  const lowest = data.items.slice(0, chartBars);
  const option = useMemo(() => rateOption(lowest, noData), [lowest, noData]);
  const label = t('meetingsPanel.attendance.chartLabel', {
    list: lowest.map((r) => `${r.name} ${r.rate === null ? noData : percentLabel(r.rate)}`).join('; '),
  });
  return (
    <Card title={<h2 className="card-title">{t('meetingsPanel.attendance.title')}</h2>}>
      <Typography.Paragraph className="muted">{t('meetingsPanel.attendance.help')}</Typography.Paragraph>
      {lowest.length > 0 ? (
        <Chart option={option} label={label} height={Math.max(160, lowest.length * 32 + 40)} />
      ) : null}
      <Table<Row>
        size="small"
        rowKey="unitId"
        dataSource={data.items}
        pagination={data.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'name',
            title: t('meetingsPanel.attendance.cell'),
            render: (_, r) => <a href={`/meetings?unitId=${encodeURIComponent(r.unitId)}`}>{r.name}</a>,
          },
          {
            key: 'parent',
            title: t('meetingsPanel.attendance.parent'),
            render: (_, r) => r.parentName ?? '—',
          },
          {
            key: 'rate',
            title: t('meetingsPanel.attendance.rate'),
            align: 'right',
            render: (_, r) => (r.rate === null ? noData : percentLabel(r.rate)),
          },
          {
            key: 'meetings',
            title: t('meetingsPanel.attendance.meetings'),
            align: 'right',
            render: (_, r) => formatNumber(r.meetings),
          },
        ]}
      />
      {data.items.length < data.total ? (
        <Typography.Paragraph className="muted">
          {t('meetingsPanel.firstOf', {
            shown: formatNumber(data.items.length),
            total: formatNumber(data.total),
          })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
