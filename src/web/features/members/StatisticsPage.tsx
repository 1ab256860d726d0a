import { TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, DatePicker, Empty, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ageBands,
  memberStatuses,
  partyAgeBands,
  professionalDegrees,
  sexes,
  theoryLevels,
} from '../../../domain/member-codes';
import { errorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { Chart } from '../../components/Chart';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { rootUnitsQuery } from '../org/api';
import { type MemberStatistics, statisticsQuery } from './api';
import {
  ethnicityLabel,
  isAgeBand,
  isMemberStatus,
  isPartyAgeBand,
  isProfessionalDegree,
  isSex,
  isTheoryLevel,
  useCodeLabels,
} from './labels';
import { ScrollRegion } from './MemberBits';
import { type BreakdownRow, barHeight, barOption, breakdownRows, describeRows, pieOption } from './stats';
import './members.css';

export function StatisticsPage() {
  const { t } = useTranslation();
  const { unitId, asOf } = useSearch({ from: '/app/members/statistics' });
  const navigate = useNavigate({ from: '/members/statistics' });
  const roots = useQuery({ ...rootUnitsQuery, enabled: unitId === undefined });
  const statistics = useQuery({ ...statisticsQuery(unitId ?? '', asOf), enabled: unitId !== undefined });

  // Without a unit, show the top of the user's scope.
  useEffect(() => {
    const first = roots.data?.[0];
    if (!unitId && first) void navigate({ search: { unitId: first.id, asOf }, replace: true });
  }, [unitId, asOf, roots.data, navigate]);

  const membersHref = `/members${unitId ? `?unitId=${encodeURIComponent(unitId)}` : ''}`;

  return (
    <>
      <PageHeader
        title={t('stats.title')}
        intro={t('stats.intro')}
        extra={
          <ButtonLink href={membersHref} icon={<TeamOutlined aria-hidden />}>
            {t('stats.toList')}
          </ButtonLink>
        }
      />
      <div className="stack">
        <Card>
          <div className="stats-controls">
            <div className="stats-control-unit">
              <label htmlFor="stats-unit" className="field-label">
                {t('stats.unit')}
              </label>
              <UnitTreeSelect
                id="stats-unit"
                value={unitId}
                onChange={(next) => void navigate({ search: { unitId: next, asOf }, replace: true })}
                placeholder={t('stats.pickUnit')}
              />
            </div>
            <div className="stats-control-date">
              <label htmlFor="stats-as-of" className="field-label">
                {t('stats.asOf')}
              </label>
              <DatePicker
                id="stats-as-of"
                format={DATE_FORMAT}
                value={asOf ? dayjs(asOf) : null}
                placeholder={t('stats.today')}
                disabledDate={(date: Dayjs) => date.isAfter(dayjs(), 'day')}
                onChange={(date: Dayjs | null) =>
                  void navigate({ search: { unitId, asOf: toIsoDate(date) }, replace: true })
                }
                style={{ width: '100%' }}
              />
            </div>
            {asOf ? (
              <Button onClick={() => void navigate({ search: { unitId }, replace: true })}>
                {t('stats.backToToday')}
              </Button>
            ) : null}
          </div>
        </Card>
        {roots.error ? <Alert type="error" showIcon title={errorText(roots.error)} /> : null}
        {unitId === undefined ? null : statistics.isPending ? (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 8 }} />
          </Card>
        ) : statistics.error ? (
          <Alert type="error" showIcon title={errorText(statistics.error)} />
        ) : (
          <StatisticsView data={statistics.data} />
        )}
      </div>
    </>
  );
}

function StatisticsView({ data }: { data: MemberStatistics }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const notRecorded = t('members.notRecorded');
  const total = data.total;
  const rowsOf = (
    breakdown: MemberStatistics['byStatus'],
    order: readonly string[] | undefined,
    label: (key: string) => string,
  ) => breakdownRows(breakdown, { order, label, notRecorded, total });
  const guarded =
    <T extends string>(is: (value: unknown) => value is T, name: (value: T) => string) =>
    (key: string) =>
      is(key) ? name(key) : key;

  return (
    <>
      <Card>
        <Typography.Paragraph className="stats-total" aria-live="polite">
          {t('stats.total', { n: formatNumber(total), date: formatDate(data.asOf) })}
        </Typography.Paragraph>
        <Typography.Paragraph className="muted" style={{ marginBottom: 0 }}>
          {t('stats.activeOnly')}
        </Typography.Paragraph>
      </Card>
      {total === 0 ? (
        <Card>
          <Empty description={t('stats.empty')} />
        </Card>
      ) : (
        <div className="stats-grid">
          <BreakdownCard
            title={t('stats.byStatus')}
            kind="pie"
            rows={rowsOf(data.byStatus, memberStatuses, guarded(isMemberStatus, labels.status)).filter(
              (row) => row.count > 0,
            )}
          />
          <BreakdownCard
            title={t('stats.bySex')}
            kind="pie"
            rows={rowsOf(data.bySex, sexes, guarded(isSex, labels.sex))}
          />
          <BreakdownCard
            title={t('stats.byAgeBand')}
            kind="bar"
            rows={rowsOf(data.byAgeBand, ageBands, guarded(isAgeBand, labels.ageBand))}
          />
          <BreakdownCard
            title={t('stats.byPartyAgeBand')}
            kind="bar"
            rows={rowsOf(data.byPartyAgeBand, partyAgeBands, guarded(isPartyAgeBand, labels.partyAgeBand))}
          />
          <BreakdownCard
            title={t('stats.byEthnicity')}
            kind="bar"
            rows={rowsOf(data.byEthnicity, undefined, ethnicityLabel)}
          />
          <BreakdownCard
            title={t('stats.byProfessionalDegree')}
            kind="bar"
            rows={rowsOf(
              data.byProfessionalDegree,
              professionalDegrees,
              guarded(isProfessionalDegree, labels.degree),
            )}
          />
          <BreakdownCard
            title={t('stats.byTheoryLevel')}
            kind="bar"
            rows={rowsOf(data.byTheoryLevel, theoryLevels, guarded(isTheoryLevel, labels.theoryLevel))}
          />
        </div>
      )}
    </>
  );
}

interface BreakdownCardProps {
  title: string;
  kind: 'pie' | 'bar';
  rows: BreakdownRow[];
}

/** One breakdown: the chart, then the same numbers as a table (what screen readers and printouts use). */
function BreakdownCard({ title, kind, rows }: BreakdownCardProps) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="card-title">{title}</h2>} className="stats-card">
      <Chart
        option={kind === 'pie' ? pieOption(rows) : barOption(rows)}
        label={describeRows(title, rows)}
        height={kind === 'pie' ? 300 : barHeight(rows.length)}
      />
      <ScrollRegion label={title}>
        <table className="diff-table stats-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.value')}</th>
              <th scope="col" className="numeric">
                {t('stats.count')}
              </th>
              <th scope="col" className="numeric">
                {t('stats.percent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key ?? '(none)'}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{formatNumber(row.count)}</td>
                <td className="numeric">{`${formatNumber(row.percent)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
