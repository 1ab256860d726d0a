import { useQueries } from '@tanstack/react-query';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contracts/auth';
import { useMe } from '../../app/auth';
import { formatNumber } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { localToday } from '../tasks/status';
import { dueReportsQuery } from './api';
import { HOME_SHOWN, orderByDeadline } from './dueOrder';
import { HomeReportItem } from './HomeReportItem';
import { useOpenReport } from './useOpenReport';
import './home-reports.css';

const sendingRoles = ['committee', 'cell_secretary'];

/** The units whose reports the user makes: those they are secretary or committee member of. */
const sendingUnits = (me: Me): string[] => [
  ...new Set(me.roles.filter((g) => sendingRoles.includes(g.role)).map((g) => g.unitId)),
];

/** On the home page: the reports the user's unit(s) must send now, the most urgent few; nothing when none. */
export function HomeReportsCard() {
  const { t } = useTranslation();
  const me = useMe();
  const unitIds = sendingUnits(me);
  const results = useQueries({ queries: unitIds.map((unitId) => dueReportsQuery(unitId)) });
  const loaded = results.every((result) => result.data !== undefined);
  const items = orderByDeadline(results.flatMap((result) => result.data?.items ?? []));
  const { busy, open } = useOpenReport();
  if (!loaded || items.length === 0) return null;
  const today = localToday();
  const overdue = items.filter((item) => item.timeliness === 'missing').length;
  const rest = items.length - HOME_SHOWN;
  return (
    <Card
      className="home-reports"
      title={<h2 className="card-title">{t('reports.home.title', { n: formatNumber(items.length) })}</h2>}
    >
      {overdue > 0 ? (
        <p className="home-reports-summary status-bad">
          {t('reports.home.overdue', { count: overdue, n: formatNumber(overdue) })}
        </p>
      ) : null}
      <ul className="plain-list">
        {items.slice(0, HOME_SHOWN).map((item) => (
          <HomeReportItem
            key={`${item.unit.id}:${item.form.id}:${item.period.key}`}
            item={item}
            today={today}
            showUnit={unitIds.length > 1}
            busy={busy}
            onOpen={() => open({ formId: item.form.id, unitId: item.unit.id, periodKey: item.period.key })}
          />
        ))}
      </ul>
      <div className="card-footer-link">
        <ButtonLink href="/reports">
          {rest > 0 ? t('reports.home.more', { count: rest, n: formatNumber(rest) }) : t('reports.home.link')}
        </ButtonLink>
      </div>
    </Card>
  );
}
