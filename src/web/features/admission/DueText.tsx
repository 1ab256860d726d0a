import { useTranslation } from 'react-i18next';
import type { AdmissionCase } from '../../../contracts/admission';
import { formatDate } from '../../app/format';
import { StatusText } from '../../components/StatusText';

/** The deadline of the next step in words: overdue in red, the day probation ends, or nothing due. */
export function DueText({ progress }: { progress: AdmissionCase['progress'] }) {
  const { t } = useTranslation();
  if (!progress.next) return <>{t('admission.nothingDue')}</>;
  if (!progress.dueOn) return <>{t('admission.noDeadline')}</>;
  if (progress.overdue)
    return (
      <StatusText tone="bad">{t('admission.overdueSince', { date: formatDate(progress.dueOn) })}</StatusText>
    );
  if (progress.notBefore && progress.notBefore > new Date().toISOString().slice(0, 10))
    return (
      <>
        {t('admission.waitProbation', {
          from: formatDate(progress.notBefore),
          due: formatDate(progress.dueOn),
        })}
      </>
    );
  return <>{t('admission.dueBy', { date: formatDate(progress.dueOn) })}</>;
}
