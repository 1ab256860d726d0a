import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import type { CompletenessView } from './api';
import { percentOf } from './status';
import { UnitReport } from './UnitReport';

type Counts = CompletenessView['totals'];

interface Figure {
  key: 'expected' | 'sent' | 'onTime' | 'late' | 'missing' | 'pending';
  value: number;
  tone: string;
  /** Its share of the expected reports, when shown. */
  share: number | null;
}

/** The five big numbers: to report, sent, on time, late, not sent (and, while the period runs, not yet due). */
export function CompletenessSummary({ counts, own }: { counts: Counts; own: CompletenessView['own'] }) {
  const { t } = useTranslation();
  const figures: Figure[] = [
    { key: 'expected', value: counts.expected, tone: '', share: null },
    { key: 'sent', value: counts.sent, tone: '', share: counts.sentRate },
    { key: 'onTime', value: counts.onTime, tone: 'rc-ok', share: counts.onTimeRate },
    { key: 'late', value: counts.late, tone: 'rc-warn', share: null },
    { key: 'missing', value: counts.missing, tone: 'rc-bad', share: null },
    ...(counts.pending > 0
      ? [{ key: 'pending' as const, value: counts.pending, tone: '', share: null }]
      : []),
  ];
  return (
    <Card>
      <ul className="rc-figures" aria-label={t('reportCompleteness.summary')}>
        {figures.map((f) => (
          <li key={f.key} className={`rc-figure ${f.tone}`}>
            <span className="rc-figure-value">{formatNumber(f.value)}</span>
            <span className="rc-figure-label">{t(`reportCompleteness.counts.${f.key}`)}</span>
            {f.share !== null ? <span className="muted">{percentOf(f.share)}%</span> : null}
          </li>
        ))}
      </ul>
      {counts.returned > 0 ? (
        <p className="muted">{t('reportCompleteness.returnedCount', { n: formatNumber(counts.returned) })}</p>
      ) : null}
      {own ? (
        <p className="rc-own">
          <span className="strong">{t('reportCompleteness.ownReport')}</span> <UnitReport report={own} />
        </p>
      ) : null}
    </Card>
  );
}
