import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { SubmissionDetail } from './api';
import { StatusTags } from './StatusTags';

/** The report's state: status, timeliness, window, when sent, and the reviewer's comment when returned. */
export function SubmissionFacts({ detail }: { detail: SubmissionDetail }) {
  const { t } = useTranslation();
  return (
    <Card>
      <div className="stack">
        <StatusTags status={detail.status} timeliness={detail.timeliness} />
        <dl className="report-facts">
          <dt>{t('reports.facts.unit')}</dt>
          <dd>{detail.unit.name}</dd>
          <dt>{t('reports.facts.window')}</dt>
          <dd>
            {t('reports.facts.windowText', {
              from: formatDate(detail.opensOn),
              due: formatDate(detail.dueOn),
            })}
          </dd>
          <dt>{t('reports.facts.sentOn')}</dt>
          <dd>
            {detail.sentOn ? formatDate(detail.sentOn) : t('reports.facts.notSent')}
            {detail.receivedOnPaper ? ` (${t('reports.facts.onPaper')})` : ''}
          </dd>
          <dt>{t('reports.facts.formVersion')}</dt>
          <dd>
            {detail.form.code} · {t('reports.facts.versionNo', { n: detail.formVersionNo })}
          </dd>
        </dl>
        {detail.status === 'returned' && detail.reviewComment ? (
          <Alert
            type="warning"
            showIcon
            title={
              detail.events.at(-1)?.kind === 'reopened'
                ? t('reports.facts.reopenedBecause')
                : t('reports.facts.returnedBecause')
            }
            description={<span className="report-text">{detail.reviewComment}</span>}
          />
        ) : null}
        {detail.status === 'accepted' ? (
          <Alert type="success" showIcon title={t('reports.facts.acceptedLocked')} />
        ) : detail.status === 'submitted' ? (
          <Alert type="info" showIcon title={t('reports.facts.submittedWaiting')} />
        ) : null}
      </div>
    </Card>
  );
}
