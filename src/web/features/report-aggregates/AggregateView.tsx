import { FileExcelOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Alert, Breadcrumb, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { type AggregateResponse, exportHref } from './api';
import { ChildrenTable } from './ChildrenTable';
import { CompiledCard } from './CompiledCard';
import { FiguresTable } from './FiguresTable';
import type { AggregateSearch } from './search';
import { TrendCard } from './TrendCard';

export interface Scope {
  unitId: string;
  formId: string;
  periodKey: string;
}

interface Props {
  data: AggregateResponse;
  scope: Scope;
  field: string | undefined;
  text: string | undefined;
  onSearch: (next: Partial<AggregateSearch>) => void;
}

/** The aggregate of one unit, form and period: where it sits, what it includes, the figures, trend and texts. */
export function AggregateView({ data, scope, field, text, onSearch }: Props) {
  const { t } = useTranslation();
  const { counts } = data.subtree;
  const shownFields = data.fields.filter((f) => !f.retired || data.subtree.values[f.key]);
  const trendField = shownFields.find((f) => f.key === field) ?? shownFields.find((f) => !f.retired);
  const textField = data.texts.find((f) => f.key === text) ?? data.texts.find((f) => !f.retired);
  return (
    <>
      {data.trail.length > 1 ? (
        <nav aria-label={t('reportAggregates.trail')}>
          <Breadcrumb
            items={data.trail.map((step, index) => ({
              key: step.id,
              title:
                index === data.trail.length - 1 ? (
                  <span aria-current="page">{step.name}</span>
                ) : (
                  <Link to="/reports/aggregate" search={(s: AggregateSearch) => ({ ...s, unitId: step.id })}>
                    {step.name}
                  </Link>
                ),
            }))}
          />
        </nav>
      ) : null}
      <Alert
        type="info"
        showIcon
        title={t('reportAggregates.onlyAccepted', {
          unit: data.unit.name,
          accepted: formatNumber(counts.accepted),
        })}
        description={
          counts.submitted + counts.returned > 0
            ? t('reportAggregates.notIncluded', {
                submitted: formatNumber(counts.submitted),
                returned: formatNumber(counts.returned),
              })
            : undefined
        }
      />
      <div className="aggregate-actions">
        <Button icon={<FileExcelOutlined aria-hidden />} href={exportHref(scope)} download>
          {t('reportAggregates.downloadXlsx')}
        </Button>
      </div>
      <FiguresTable data={data} fields={shownFields} />
      <ChildrenTable data={data} fields={shownFields} />
      {trendField ? (
        <TrendCard
          scope={scope}
          fields={shownFields}
          field={trendField}
          onField={(key) => onSearch({ field: key })}
        />
      ) : null}
      {textField ? (
        <CompiledCard
          scope={scope}
          fields={data.texts}
          field={textField}
          onField={(key) => onSearch({ text: key })}
        />
      ) : null}
    </>
  );
}
