import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../../contracts/reports';
import { StatusText } from '../../components/StatusText';
import { statusTone, type Timeliness, timelinessTone } from './labels';

/** A report's state in words: "Đã gửi" and "Đúng hạn", "Chưa lập" and "Quá hạn"… */
export function StatusTags({
  status,
  timeliness,
}: {
  status: SubmissionStatus | null;
  timeliness: Timeliness;
}) {
  const { t } = useTranslation();
  return (
    <span className="report-tags">
      <StatusText tone={status ? statusTone[status] : 'off'}>
        {t(`reports.statuses.${status ?? 'none'}`)}
      </StatusText>
      <StatusText tone={timelinessTone[timeliness]}>{t(`reports.timeliness.${timeliness}`)}</StatusText>
    </span>
  );
}
