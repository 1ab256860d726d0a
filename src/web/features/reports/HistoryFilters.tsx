import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { submissionStatuses } from '../../../contracts/reports';
import { formPeriodsQuery, unitFormsQuery } from './api';
import { periodName } from './labels';
import type { ReportsSearch } from './search';

interface Props {
  unitId: string;
  search: ReportsSearch;
  onChange: (patch: Partial<ReportsSearch>) => void;
}

/** Which past reports to list: a form, one of its periods, a status. */
export function HistoryFilters({ unitId, search, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const forms = useQuery(unitFormsQuery(unitId));
  const periods = useQuery({ ...formPeriodsQuery(search.formId ?? ''), enabled: Boolean(search.formId) });
  return (
    <div className="report-filters">
      <div className="report-filter">
        <label htmlFor="report-history-form" className="field-label strong">
          {t('reports.history.form')}
        </label>
        <Select
          id="report-history-form"
          value={search.formId}
          onChange={(formId?: string) => onChange({ formId, periodKey: undefined })}
          options={(forms.data?.items ?? []).map((form) => ({
            value: form.id,
            label: `${form.code} — ${form.name}`,
          }))}
          loading={forms.isPending}
          allowClear
          placeholder={t('reports.history.allForms')}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
          styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
        />
      </div>
      <div className="report-filter">
        <label htmlFor="report-history-period" className="field-label strong">
          {t('reports.history.period')}
        </label>
        <Select
          id="report-history-period"
          value={search.periodKey}
          onChange={(periodKey?: string) => onChange({ periodKey })}
          options={(periods.data?.items ?? []).map((period) => ({
            value: period.key,
            label: periodName(period, i18n.language),
          }))}
          disabled={!search.formId}
          allowClear
          placeholder={search.formId ? t('reports.history.allPeriods') : t('reports.history.pickFormFirst')}
          style={{ width: '100%' }}
        />
      </div>
      <div className="report-filter">
        <label htmlFor="report-history-status" className="field-label strong">
          {t('reports.history.status')}
        </label>
        <Select
          id="report-history-status"
          value={search.status}
          onChange={(status?: ReportsSearch['status']) => onChange({ status })}
          options={submissionStatuses.map((status) => ({
            value: status,
            label: t(`reports.statuses.${status}`),
          }))}
          allowClear
          placeholder={t('reports.history.allStatuses')}
          style={{ width: '100%' }}
        />
      </div>
    </div>
  );
}
