import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { formatDate, formatNumber } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { StatusText } from '../../components/StatusText';
import { firstUnitOf } from '../tasks/access';
import { mayReview } from './access';
import { dueReportsQuery, reviewQueueQuery } from './api';
import { periodName } from './labels';

const shown = 3;

/** On the home page: the reports the user's unit has to send (the most urgent few) and those waiting for review. */
export function HomeReportsCard() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const unitId = firstUnitOf(me);
  const reviewer = mayReview(me.roles);
  const due = useQuery({ ...dueReportsQuery(unitId ?? ''), enabled: unitId !== undefined });
  const queue = useQuery({ ...reviewQueueQuery(unitId ?? ''), enabled: unitId !== undefined && reviewer });
  if (!unitId || !due.data) return null;
  const items = due.data.items;
  const overdue = items.filter((item) => item.timeliness === 'missing').length;
  const waiting = queue.data?.total ?? 0;
  return (
    <Card title={<h2 className="card-title">{t('reports.home.title')}</h2>}>
      <div className="stack">
        {items.length === 0 ? (
          <Typography.Paragraph>{t('reports.home.none')}</Typography.Paragraph>
        ) : (
          <>
            <span className="list-card-row">
              <span>{t('reports.home.due', { n: formatNumber(items.length) })}</span>
              {overdue > 0 ? (
                <StatusText tone="bad">{t('reports.home.overdue', { n: formatNumber(overdue) })}</StatusText>
              ) : null}
            </span>
            <ul className="plain-list">
              {items.slice(0, shown).map((item) => (
                <li key={`${item.form.id}:${item.period.key}`} className="list-card">
                  {item.submissionId ? (
                    <Link
                      to="/reports/$submissionId"
                      params={{ submissionId: item.submissionId }}
                      className="strong break-anywhere"
                    >
                      {item.form.name}
                    </Link>
                  ) : (
                    <span className="strong break-anywhere">{item.form.name}</span>
                  )}
                  <span className="muted">
                    {periodName(item.period, i18n.language)} ·{' '}
                    {t('reports.home.dueOn', { date: formatDate(item.dueOn) })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {waiting > 0 ? (
          <StatusText tone="warn">{t('reports.home.waiting', { n: formatNumber(waiting) })}</StatusText>
        ) : null}
      </div>
      <div className="card-footer-link">
        <ButtonLink href="/reports">{t('reports.home.link')}</ButtonLink>
      </div>
    </Card>
  );
}
