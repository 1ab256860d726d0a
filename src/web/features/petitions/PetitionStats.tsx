import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { petitionAgeBands, petitionStatuses } from '../../../contracts/petitions';
import { errorText } from '../../app/errors';
import { petitionStatsQuery } from './api';

/** Counts of a register by status, and its open petitions by how long they have waited. */
export function PetitionStats({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const stats = useQuery(petitionStatsQuery(unitId));
  if (stats.isPending) return <Skeleton active title={false} paragraph={{ rows: 2 }} />;
  if (stats.error) return <Alert type="error" showIcon title={errorText(stats.error)} />;
  const { byStatus, openByAge, total } = stats.data;
  return (
    <div className="stack">
      <section aria-label={t('petitions.stats.byStatus')}>
        <h3 className="petition-stats-title">{t('petitions.stats.byStatus', { total })}</h3>
        <div className="petition-stats">
          {petitionStatuses.map((s) => (
            <Card key={s} size="small">
              <Statistic title={t(`petitions.status.${s}`)} value={byStatus[s]} />
            </Card>
          ))}
        </div>
      </section>
      <section aria-label={t('petitions.stats.byAge')}>
        <h3 className="petition-stats-title">{t('petitions.stats.byAge')}</h3>
        <div className="petition-stats">
          {petitionAgeBands.map((band) => (
            <Card
              key={band}
              size="small"
              className={band === '31-60' || band === '60+' ? 'petition-stat-late' : ''}
            >
              <Statistic
                title={t(`petitions.stats.bands.${band}`)}
                value={openByAge[band]}
                suffix={band === '31-60' || band === '60+' ? t('petitions.stats.late') : undefined}
              />
            </Card>
          ))}
        </div>
      </section>
    </div>
  );
}
