import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Select, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompiledField, CompiledItem } from '../../../contracts/report-aggregates';
import { errorText } from '../../app/errors';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import type { Scope } from './AggregateView';
import { compiledQuery } from './api';

interface Props {
  scope: Scope;
  fields: CompiledField[];
  field: CompiledField;
  onField: (key: string) => void;
}

/**
 * "Tổng hợp ý kiến các chi bộ": what each accepted report of the subtree wrote in one text field (or table),
 * unit by unit, each under its unit's name and the unit above it.
 */
export function CompiledCard({ scope, fields, field, onField }: Props) {
  const { t } = useTranslation();
  const list = useInfiniteQuery(compiledQuery(scope, field.key));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  return (
    <Card title={<h2 className="card-title">{t('reportAggregates.compiled.title')}</h2>}>
      <div className="aggregate-filter">
        <label htmlFor="aggregate-text-field" className="strong">
          {t('reportAggregates.compiled.field')}
        </label>
        <Select
          id="aggregate-text-field"
          value={field.key}
          options={fields.map((f) => ({
            value: f.key,
            label: f.retired ? `${f.label} (${t('reportAggregates.retired')})` : f.label,
          }))}
          onChange={(value: string) => onField(value)}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
          styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
        />
      </div>
      {list.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 6 }} />
      ) : list.error ? (
        <Alert type="error" showIcon title={errorText(list.error)} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reportAggregates.compiled.empty')} />
      ) : (
        <>
          <ol className="compiled-list">
            {items.map((item) => (
              <CompiledEntry key={item.submissionId} item={item} field={field} />
            ))}
          </ol>
          <LoadMoreFooter
            shown={items.length}
            total={total}
            list={{
              hasNextPage: list.hasNextPage,
              isFetchingNextPage: list.isFetchingNextPage,
              fetchNextPage: list.fetchNextPage,
            }}
          />
        </>
      )}
    </Card>
  );
}

function CompiledEntry({ item, field }: { item: CompiledItem; field: CompiledField }) {
  const { t } = useTranslation();
  return (
    <li className="compiled-entry">
      <div className="compiled-source">
        <span className="strong">{item.unit.name}</span>
        {item.parent ? <span className="muted">{item.parent.name}</span> : null}
      </div>
      {field.kind === 'text' ? (
        <Typography.Paragraph className="compiled-text">{item.text}</Typography.Paragraph>
      ) : (
        <ul className="compiled-rows">
          {item.rows.map((cells, index) => (
            // Rows have no identity of their own; their order is the report's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index}>
              {cells.map((cell, c) =>
                cell ? (
                  <span key={field.columns[c]?.key ?? c} className="compiled-cell">
                    {field.columns[c]?.kind === 'theme' ? <Tag>{cell}</Tag> : cell}
                  </span>
                ) : null,
              )}
            </li>
          ))}
          {item.rows.length === 0 ? <li className="muted">{t('common.noValue')}</li> : null}
        </ul>
      )}
    </li>
  );
}
