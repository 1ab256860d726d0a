import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Breadcrumb, Button, Card, Empty, Select, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodType } from '../../../domain/report-periods';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { rootUnitsQuery } from '../org/api';
import { type CompletenessKey, type CompletenessView, completenessQuery, formsForUnitQuery } from './api';
import { ChildUnitsTable } from './ChildUnitsTable';
import { CompletenessSummary } from './CompletenessSummary';
import { labelOf, shiftPeriod, shownPeriod } from './periods';
import { UnitStatusList } from './UnitStatusList';
import './report-completeness.css';

/**
 * "Tình hình nộp báo cáo": for a unit, a form and a period — how many units must report, how many sent, on
 * time, late, not yet; one row per child unit to drill down the tree; the units missing, to remind them.
 */
export function CompletenessPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/reports/completeness' });
  const navigate = useNavigate({ from: '/reports/completeness' });
  const today = dayjs().format('YYYY-MM-DD');
  const roots = useQuery({ ...rootUnitsQuery, enabled: search.unitId === undefined });
  const forms = useQuery({ ...formsForUnitQuery(search.unitId ?? ''), enabled: search.unitId !== undefined });
  const form = forms.data?.find((f) => f.id === search.formId) ?? forms.data?.[0];
  const period = form ? shownPeriod(form.periodType as PeriodType, form, search.periodKey, today) : null;
  const key: CompletenessKey | null =
    form && period && search.unitId
      ? { formId: form.id, periodKey: period.key, unitId: search.unitId }
      : null;
  const view = useQuery({
    ...completenessQuery(key ?? { formId: '', periodKey: '', unitId: '' }),
    enabled: !!key,
  });

  useEffect(() => {
    const first = roots.data?.[0];
    if (!search.unitId && first)
      void navigate({ search: (s) => ({ ...s, unitId: first.id }), replace: true });
  }, [search.unitId, roots.data, navigate]);

  const goTo = (unitId: string) => void navigate({ search: (s) => ({ ...s, unitId }) });
  const setPeriod = (periodKey: string) => void navigate({ search: (s) => ({ ...s, periodKey }) });

  return (
    <>
      <PageHeader title={t('reportCompleteness.title')} intro={t('reportCompleteness.intro')} />
      <div className="stack">
        <Card>
          <div className="rc-filters">
            <div className="rc-filter">
              <label htmlFor="rc-unit" className="strong">
                {t('reportCompleteness.unit')}
              </label>
              <UnitTreeSelect id="rc-unit" value={search.unitId} onChange={(value) => value && goTo(value)} />
            </div>
            <div className="rc-filter">
              <label htmlFor="rc-form" className="strong">
                {t('reportCompleteness.form')}
              </label>
              <Select
                id="rc-form"
                value={form?.id}
                loading={forms.isPending && search.unitId !== undefined}
                notFoundContent={t('reportCompleteness.noForms')}
                options={(forms.data ?? []).map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }))}
                onChange={(formId: string) =>
                  void navigate({ search: (s) => ({ ...s, formId, periodKey: undefined }) })
                }
              />
            </div>
            {period ? (
              <fieldset className="rc-filter rc-period">
                <legend className="strong">{t('reportCompleteness.period')}</legend>
                <div className="rc-period-row">
                  <Button onClick={() => setPeriod(shiftPeriod(period, -1).key)}>
                    {t('reportCompleteness.previous')}
                  </Button>
                  <span className="rc-period-name strong">{labelOf(period)}</span>
                  <Button
                    onClick={() => setPeriod(shiftPeriod(period, 1).key)}
                    disabled={period.start > today}
                  >
                    {t('reportCompleteness.next')}
                  </Button>
                </div>
              </fieldset>
            ) : null}
          </div>
        </Card>
        {forms.data && forms.data.length === 0 ? (
          <Card>
            <Empty description={t('reportCompleteness.noForms')} />
          </Card>
        ) : view.error ? (
          <Alert type="error" showIcon title={errorText(view.error)} />
        ) : view.data && key ? (
          <Completeness data={view.data} completenessKey={key} onUnit={goTo} />
        ) : key || forms.isPending ? (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 6 }} />
          </Card>
        ) : null}
      </div>
    </>
  );
}

interface CompletenessProps {
  data: CompletenessView;
  completenessKey: CompletenessKey;
  onUnit: (unitId: string) => void;
}

function Completeness({ data, completenessKey, onUnit }: CompletenessProps) {
  const { t } = useTranslation();
  const last = data.trail.length - 1;
  return (
    <>
      {data.trail.length > 1 ? (
        <Breadcrumb
          className="rc-trail"
          items={data.trail.map((u, i) => ({
            key: u.id,
            title:
              i === last ? (
                <span aria-current="page">{u.name}</span>
              ) : (
                <Button type="link" className="rc-trail-link" onClick={() => onUnit(u.id)}>
                  {u.name}
                </Button>
              ),
          }))}
        />
      ) : null}
      <Typography.Paragraph className="rc-due">
        {t('reportCompleteness.due', {
          unit: data.unit.name,
          period: data.period.label,
          dueOn: formatDate(data.dueOn),
        })}
      </Typography.Paragraph>
      <CompletenessSummary counts={data.totals} own={data.own} />
      <ChildUnitsTable rows={data.children} onDrill={onUnit} />
      <UnitStatusList
        completenessKey={completenessKey}
        canRemind={data.canRemind}
        missing={data.totals.missing}
      />
    </>
  );
}
