import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../app/format';
import { StatusText } from '../../components/StatusText';
import { isGone, type Unit } from './api';

/** "12 chính thức · 2 dự bị · tổng 14": the subtree's members by status, in words. */
export function UnitCounts({ unit }: { unit: Pick<Unit, 'counts'> }) {
  const { t } = useTranslation();
  const { official, probationary, total } = unit.counts;
  return (
    <span className="counts-line">
      <span>
        <strong>{formatNumber(official)}</strong> {t('org.counts.official')}
      </span>
      <span>
        <strong>{formatNumber(probationary)}</strong> {t('org.counts.probationary')}
      </span>
      <span>
        {t('org.counts.total')} <strong>{formatNumber(total)}</strong>
      </span>
    </span>
  );
}

/** Warnings worth a secretary's attention, and whether the unit still exists on the date shown. */
export function UnitFlags({ unit, date, emptyText }: { unit: Unit; date?: string; emptyText?: string }) {
  const { t } = useTranslation();
  const gone = isGone(unit, date);
  if (!gone && !unit.flags.fewOfficialMembers && !unit.flags.termEnded) return emptyText ?? null;
  return (
    <span className="unit-flags">
      {gone ? (
        <StatusText tone="off">
          {unit.successorId
            ? t('org.mergedOn', { date: formatDate(unit.dissolvedOn) })
            : t('org.dissolvedOn', { date: formatDate(unit.dissolvedOn) })}
        </StatusText>
      ) : null}
      {!gone && unit.flags.fewOfficialMembers ? (
        <StatusText tone="warn">{t('org.flags.fewOfficialMembers')}</StatusText>
      ) : null}
      {!gone && unit.flags.termEnded ? <StatusText tone="warn">{t('org.flags.termEnded')}</StatusText> : null}
    </span>
  );
}

/** A tree node: name and kind, then counts and warnings on a second line. */
export function UnitNodeTitle({ unit, date }: { unit: Unit; date?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`unit-node${isGone(unit, date) ? ' unit-node-gone' : ''}`}>
      <span className="unit-node-name">
        {unit.name}
        <span className="unit-kind-label">· {t(`unitKinds.${unit.kind}`)}</span>
      </span>
      <span className="unit-node-meta">
        <UnitCounts unit={unit} />
        <UnitFlags unit={unit} date={date} />
      </span>
    </span>
  );
}
