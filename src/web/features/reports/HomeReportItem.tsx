import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { DueReport } from './api';
import { homeStatus } from './homeStatus';
import { periodName } from './labels';

interface Props {
  item: DueReport;
  today: string;
  showUnit: boolean;
  busy: boolean;
  /** Makes the report (a draft with the known figures) when none exists yet, and goes to it. */
  onOpen: () => void;
}

/** One line of the home page's reports card: the form (a link to the report), the period, the deadline, how it stands. */
export function HomeReportItem({ item, today, showUnit, busy, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const period = periodName(item.period, i18n.language);
  const label = t('reports.home.open', { name: item.form.name, period });
  const status = homeStatus(t, item, today);
  return (
    <li className="home-report">
      {item.submissionId ? (
        <Link
          to="/reports/$submissionId"
          params={{ submissionId: item.submissionId }}
          className="home-report-form"
          aria-label={label}
        >
          {item.form.name}
        </Link>
      ) : (
        <button
          type="button"
          className="home-report-form"
          aria-label={label}
          disabled={busy}
          onClick={onOpen}
        >
          {item.form.name}
        </button>
      )}
      {showUnit ? <span className="muted">{item.unit.name}</span> : null}
      <span>
        {period} · {t('reports.home.dueOn', { date: formatDate(item.dueOn) })}
      </span>
      <span className={`home-report-status status-${status.tone}`}>{status.text}</span>
    </li>
  );
}
