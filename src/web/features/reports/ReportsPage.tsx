import { FileTextOutlined } from '@ant-design/icons';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Card } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useDefaultUnit } from '../tasks/access';
import { mayReview } from './access';
import { DueList } from './DueList';
import { HistoryTable } from './HistoryTable';
import { PaperEntryModal } from './PaperEntryModal';
import { ReviewQueue } from './ReviewQueue';
import type { ReportsSearch } from './search';
import './reports.css';

/** "Báo cáo định kỳ": what the unit must report now, what waits for the user's review, and past reports. */
export function ReportsPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/reports' });
  const navigate = useNavigate({ from: '/reports' });
  const me = useMe();
  const reviewer = mayReview(me.roles);
  const [paper, setPaper] = useState(false);
  const update = useCallback(
    (patch: Partial<ReportsSearch>) =>
      void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true }),
    [navigate],
  );
  const setUnit = useCallback(
    (unitId: string) => update({ unitId, formId: undefined, periodKey: undefined }),
    [update],
  );
  useDefaultUnit(search.unitId, setUnit);
  const unitId = search.unitId;

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        intro={t('reports.intro')}
        extra={
          reviewer ? (
            <Button icon={<FileTextOutlined aria-hidden />} disabled={!unitId} onClick={() => setPaper(true)}>
              {t('reports.paper.button')}
            </Button>
          ) : null
        }
      />
      <div className="stack">
        <Card>
          <div className="report-filter">
            <label htmlFor="reports-unit" className="field-label strong">
              {t('reports.unit')}
            </label>
            <UnitTreeSelect id="reports-unit" value={unitId} onChange={(value) => value && setUnit(value)} />
          </div>
        </Card>
        {unitId ? (
          <>
            <DueList unitId={unitId} />
            <ReviewQueue unitId={unitId} alwaysShow={reviewer} />
            <HistoryTable unitId={unitId} search={search} onChange={update} />
          </>
        ) : null}
      </div>
      {unitId && reviewer ? (
        <PaperEntryModal key={unitId} rootId={unitId} open={paper} onClose={() => setPaper(false)} />
      ) : null}
    </>
  );
}
