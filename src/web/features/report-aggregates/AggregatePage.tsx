import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Empty, Select, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftPeriod } from '../../../domain/report-periods';
import { isApiError } from '../../app/api';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { rootUnitsQuery } from '../org/api';
import { AggregateView } from './AggregateView';
import { aggregateQuery, unitFormsQuery } from './api';
import { periodName } from './period-names';
import { hasNext, periodTypeOfKey, shownPeriod } from './periods';
import type { AggregateSearch } from './search';
import './report-aggregates.css';

/**
 * "Tổng hợp số liệu": for a unit, a form and a period, the figures of the accepted reports of the unit's
 * subtree, per child unit (drillable), their trend over 12 periods and the texts compiled per unit.
 */
export function AggregatePage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/reports/aggregate' });
  const navigate = useNavigate({ from: '/reports/aggregate' });
  const setSearch = (next: Partial<AggregateSearch>) =>
    void navigate({ search: (s: AggregateSearch) => ({ ...s, ...next }) });
  const today = dayjs().format('YYYY-MM-DD');
  const { unitId } = search;

  const roots = useQuery({ ...rootUnitsQuery, enabled: unitId === undefined });
  useEffect(() => {
    const first = roots.data?.[0];
    if (!unitId && first) void navigate({ search: (s) => ({ ...s, unitId: first.id }), replace: true });
  }, [unitId, roots.data, navigate]);

  const forms = useQuery({ ...unitFormsQuery(unitId ?? ''), enabled: unitId !== undefined });
  const formItems = forms.data?.items ?? [];
  const formId = search.formId ?? formItems[0]?.id;
  const form = formItems.find((f) => f.id === formId);
  const periodType =
    form?.periodType ?? (search.periodKey ? periodTypeOfKey(search.periodKey) : null) ?? 'month';
  const period = shownPeriod(periodType, search.periodKey, today);
  const scope = unitId && formId ? { unitId, formId, periodKey: period.key } : null;
  const view = useQuery({
    ...aggregateQuery(scope ?? { unitId: '', formId: '', periodKey: '' }),
    enabled: scope !== null,
  });

  const formsMissing = forms.isError && isApiError(forms.error) && forms.error.status === 404;

  return (
    <>
      <PageHeader title={t('reportAggregates.title')} intro={t('reportAggregates.intro')} />
      <div className="stack">
        <Card>
          <div className="aggregate-filters">
            <div className="aggregate-filter">
              <label htmlFor="aggregate-unit" className="strong">
                {t('reportAggregates.unit')}
              </label>
              <UnitTreeSelect
                id="aggregate-unit"
                value={unitId}
                onChange={(value) => setSearch({ unitId: value })}
              />
            </div>
            <div className="aggregate-filter">
              <label htmlFor="aggregate-form" className="strong">
                {t('reportAggregates.form')}
              </label>
              <Select
                id="aggregate-form"
                value={formId}
                loading={forms.isPending && unitId !== undefined}
                placeholder={t('reportAggregates.formPlaceholder')}
                options={formItems.map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }))}
                onChange={(value: string) =>
                  setSearch({ formId: value, periodKey: undefined, field: undefined, text: undefined })
                }
                style={{ width: '100%' }}
                popupMatchSelectWidth={false}
                styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
              />
            </div>
            <div className="aggregate-filter aggregate-filter-period">
              <span className="strong" id="aggregate-period-label">
                {t('reportAggregates.period')}
              </span>
              <fieldset className="period-stepper" aria-labelledby="aggregate-period-label">
                <Button
                  icon={<LeftOutlined />}
                  aria-label={t('reportAggregates.previous')}
                  onClick={() => setSearch({ periodKey: shiftPeriod(period, -1).key })}
                />
                <output className="period-name" aria-live="polite">
                  {periodName(period)}
                </output>
                <Button
                  icon={<RightOutlined />}
                  aria-label={t('reportAggregates.next')}
                  disabled={!hasNext(period, today)}
                  onClick={() => setSearch({ periodKey: shiftPeriod(period, 1).key })}
                />
              </fieldset>
            </div>
          </div>
        </Card>
        {formsMissing ? (
          <Alert type="warning" showIcon title={t('reportAggregates.formsUnavailable')} />
        ) : forms.isError ? (
          <Alert type="error" showIcon title={errorText(forms.error)} />
        ) : forms.data && formItems.length === 0 && !search.formId ? (
          <Card>
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reportAggregates.noForms')} />
          </Card>
        ) : null}
        {scope === null ? null : view.isPending ? (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 8 }} />
          </Card>
        ) : view.error ? (
          <Alert type="error" showIcon title={errorText(view.error)} />
        ) : (
          <AggregateView
            data={view.data}
            scope={scope}
            field={search.field}
            text={search.text}
            onSearch={setSearch}
          />
        )}
      </div>
    </>
  );
}
