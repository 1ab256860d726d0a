import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Card, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import { rootUnitsQuery } from '../org/api';
import { synthesisPreviewQuery } from './api';
import { currentReview } from './period';
import { SynthesisActions } from './SynthesisActions';
import { SynthesisChoiceCard } from './SynthesisChoiceCard';
import { SynthesisPreviewView } from './SynthesisPreviewView';
import './synthesis.css';

/**
 * "Dự thảo báo cáo sơ kết, tổng kết": a committee picks its review (first half, second half, year) and the
 * report forms to compile, sees what the draft will hold, downloads it as a Word file in Party layout, and
 * registers the edited final as an outgoing report.
 */
export function SynthesisPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/reports/synthesis' });
  const navigate = useNavigate({ from: '/reports/synthesis' });
  const periodKey = search.period ?? currentReview();
  const formIds = search.forms ? search.forms.split(',').filter(Boolean) : [];
  const roots = useQuery({ ...rootUnitsQuery, enabled: search.unitId === undefined });
  const choice = { unitId: search.unitId ?? '', periodKey, formIds };
  const preview = useQuery({ ...synthesisPreviewQuery(choice), enabled: Boolean(search.unitId) });

  useEffect(() => {
    const first = roots.data?.[0];
    if (!search.unitId && first)
      void navigate({ search: (s) => ({ ...s, unitId: first.id }), replace: true });
  }, [search.unitId, roots.data, navigate]);

  return (
    <>
      <PageHeader title={t('reportSynthesis.title')} intro={t('reportSynthesis.intro')} />
      <div className="stack">
        <SynthesisChoiceCard
          unitId={search.unitId}
          unitName={preview.data?.unit.name}
          periodKey={periodKey}
          preview={preview.data}
          onChange={(next) =>
            void navigate({
              search: (s) => ({
                ...s,
                ...(next.unitId !== undefined ? { unitId: next.unitId } : {}),
                ...(next.periodKey !== undefined ? { period: next.periodKey } : {}),
                ...(next.formIds !== undefined ? { forms: next.formIds.join(',') || undefined } : {}),
              }),
            })
          }
        />
        {preview.isPending && search.unitId ? (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 8 }} />
          </Card>
        ) : preview.error ? (
          <Alert type="error" showIcon title={errorText(preview.error)} />
        ) : preview.data ? (
          <>
            <SynthesisActions choice={choice} preview={preview.data} />
            <SynthesisPreviewView preview={preview.data} />
          </>
        ) : null}
      </div>
    </>
  );
}
