import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Card, DatePicker, Empty, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate, formatNumber } from '../../app/format';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { rootUnitsQuery } from '../org/api';
import { AttendanceByCell } from './AttendanceByCell';
import { type BehindPanel, behindQuery } from './api';
import { monthLabel, quarterLabel } from './periods';
import './meetings-panel.css';

/**
 * "Theo dõi sinh hoạt" (who falls behind): for a unit's subtree and a month, the cells without the regular
 * meeting, without the quarter's thematic meeting, meetings without minutes, members absent without reason 3
 * months or more within 12 (the removal rule), and attendance by cell.
 */
export function BehindPage() {
  const { t } = useTranslation();
  const { unitId, month } = useSearch({ from: '/app/meetings/panel' });
  const navigate = useNavigate({ from: '/meetings/panel' });
  const currentMonth = dayjs().format('YYYY-MM');
  const shownMonth = month ?? currentMonth;
  const roots = useQuery({ ...rootUnitsQuery, enabled: unitId === undefined });
  const panel = useQuery({ ...behindQuery(unitId ?? '', shownMonth), enabled: unitId !== undefined });

  useEffect(() => {
    const first = roots.data?.[0];
    if (!unitId && first) void navigate({ search: (s) => ({ ...s, unitId: first.id }), replace: true });
  }, [unitId, roots.data, navigate]);

  return (
    <>
      <PageHeader title={t('meetingsPanel.title')} intro={t('meetingsPanel.intro')} />
      <div className="stack">
        <Card>
          <div className="panel-filters">
            <div className="panel-filter">
              <label htmlFor="panel-unit" className="strong">
                {t('meetingsPanel.unit')}
              </label>
              <UnitTreeSelect
                id="panel-unit"
                value={unitId}
                onChange={(value) => void navigate({ search: (s) => ({ ...s, unitId: value }) })}
              />
            </div>
            <div className="panel-filter panel-filter-month">
              <label htmlFor="panel-month" className="strong">
                {t('meetingsPanel.month')}
              </label>
              <DatePicker
                id="panel-month"
                picker="month"
                format="MM/YYYY"
                allowClear={false}
                value={dayjs(`${shownMonth}-01`)}
                disabledDate={(d) => d.isAfter(dayjs(), 'month')}
                onChange={(value) =>
                  void navigate({
                    search: (s) => ({
                      ...s,
                      month:
                        value && value.format('YYYY-MM') !== currentMonth
                          ? value.format('YYYY-MM')
                          : undefined,
                    }),
                  })
                }
                style={{ width: '100%' }}
              />
            </div>
          </div>
        </Card>
        {panel.isPending && unitId ? (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 8 }} />
          </Card>
        ) : panel.error ? (
          <Alert type="error" showIcon title={errorText(panel.error)} />
        ) : panel.data ? (
          <PanelLists data={panel.data} />
        ) : null}
      </div>
    </>
  );
}

function PanelLists({ data }: { data: BehindPanel }) {
  const { t } = useTranslation();
  const month = monthLabel(data.month);
  const quarter = quarterLabel(data.quarter);
  return (
    <>
      <Typography.Paragraph className="muted" style={{ margin: 0 }}>
        {t('meetingsPanel.cellCount', { n: formatNumber(data.cellCount) })}
      </Typography.Paragraph>
      <div className="card-grid">
        <ListCard
          title={t('meetingsPanel.noRegular.title', { month })}
          total={data.noRegular.total}
          shown={data.noRegular.items.length}
          empty={t('meetingsPanel.noRegular.empty', { month })}
        >
          <CellItems cells={data.noRegular.items} />
        </ListCard>
        <ListCard
          title={t('meetingsPanel.noThematic.title', { quarter })}
          total={data.noThematic.total}
          shown={data.noThematic.items.length}
          empty={t('meetingsPanel.noThematic.empty', { quarter })}
        >
          <CellItems cells={data.noThematic.items} />
        </ListCard>
        <ListCard
          title={t('meetingsPanel.withoutMinutes.title')}
          total={data.withoutMinutes.total}
          shown={data.withoutMinutes.items.length}
          empty={t('meetingsPanel.withoutMinutes.empty')}
        >
          {data.withoutMinutes.items.map((m) => (
            <li key={m.meetingId} className="list-card">
              <Link to="/meetings/$meetingId" params={{ meetingId: m.meetingId }} className="strong">
                {t(`meetingsPanel.kinds.${m.kind}`)} — {formatDate(m.startsAt)}
              </Link>
              <span className="list-card-row">
                <CellLink unitId={m.unitId} name={m.name} />
                {m.parentName ? <span className="muted">{m.parentName}</span> : null}
              </span>
            </li>
          ))}
        </ListCard>
        <ListCard
          title={t('meetingsPanel.absentees.title')}
          total={data.absentees.total}
          shown={data.absentees.items.length}
          empty={t('meetingsPanel.absentees.empty')}
        >
          {data.absentees.items.map((a) => (
            <li key={a.memberId} className="list-card">
              <Link to="/members/$memberId" params={{ memberId: a.memberId }} className="strong">
                {a.fullName}
              </Link>
              <span className="muted">{a.unitName}</span>
              <span>
                {t('meetingsPanel.absentees.months', {
                  n: a.months.length,
                  months: a.months.map(monthLabel).join(', '),
                })}
              </span>
            </li>
          ))}
        </ListCard>
      </div>
      <AttendanceByCell data={data.attendanceByCell} />
      <Typography.Paragraph className="muted">
        {t('meetingsPanel.citation', { citation: data.citation })}
      </Typography.Paragraph>
    </>
  );
}

/** The cells of a list: each name opens the cell's meetings, with the unit above it. */
function CellItems({ cells }: { cells: BehindPanel['noRegular']['items'] }) {
  return (
    <>
      {cells.map((c) => (
        <li key={c.unitId} className="list-card">
          <CellLink unitId={c.unitId} name={c.name} />
          {c.parentName ? <span className="muted">{c.parentName}</span> : null}
        </li>
      ))}
    </>
  );
}

/** A cell's name, opening the cell's meetings. */
function CellLink({ unitId, name }: { unitId: string; name: string }) {
  return (
    <Link to="/meetings" search={{ unitId }} className="strong">
      {name}
    </Link>
  );
}

interface ListCardProps {
  title: string;
  total: number;
  shown: number;
  empty: string;
  children: ReactNode;
}

function ListCard({ title, total, shown, empty, children }: ListCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <h2 className="card-title">
          {title} <span className="count-badge">{formatNumber(total)}</span>
        </h2>
      }
    >
      {total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <>
          <ul className="plain-list">{children}</ul>
          {shown < total ? (
            <Typography.Paragraph className="muted">
              {t('meetingsPanel.firstOf', { shown: formatNumber(shown), total: formatNumber(total) })}
            </Typography.Paragraph>
          ) : null}
        </>
      )}
    </Card>
  );
}
