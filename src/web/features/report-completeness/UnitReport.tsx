import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { StatusText } from '../../components/StatusText';
import type { CompletenessView } from './api';
import { timelinessTones } from './status';

type State = NonNullable<CompletenessView['own']>;

/** One unit's report in words: on time / late (with the day sent, and "on paper") / missing / not yet due. */
export function UnitReport({ report }: { report: State }) {
  const { t } = useTranslation();
  return (
    <span className="rc-report">
      <StatusText tone={timelinessTones[report.timeliness]}>
        {t(`reportCompleteness.timeliness.${report.timeliness}`)}
      </StatusText>
      {report.sentOn ? (
        <span className="muted">
          {t(report.receivedOnPaper ? 'reportCompleteness.receivedOn' : 'reportCompleteness.sentOn', {
            date: formatDate(report.sentOn),
          })}
        </span>
      ) : null}
      {report.status === 'returned' ? (
        <span className="muted">{t('reportCompleteness.returned')}</span>
      ) : null}
    </span>
  );
}
