import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Card, Empty, Select, Skeleton } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskSourceKinds } from '../../../contracts/tasks';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { useDefaultUnit } from './access';
import { tasksQuery } from './api';
import { type ListStatus, listFilterOf, listStatuses, type TaskListSearch } from './search';
import { localToday } from './status';
import { TaskItem } from './TaskItem';
import { UnitReachFilter } from './UnitReachFilter';
import './tasks.css';

/** "Danh sách nhiệm vụ": a unit's tasks by status, source and words of the title, a page at a time. */
export function TaskListPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/tasks/list' });
  const navigate = useNavigate({ from: '/tasks/list' });
  const update = useCallback(
    (patch: Partial<TaskListSearch>) =>
      void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true }),
    [navigate],
  );
  const setUnit = useCallback((unitId: string) => update({ unitId }), [update]);
  useDefaultUnit(search.unitId, setUnit);
  const unitId = search.unitId;
  const list = useInfiniteQuery({
    ...tasksQuery(listFilterOf({ ...search, unitId: unitId ?? '' })),
    enabled: unitId !== undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const [searchText, setSearchText] = useState(search.q ?? '');
  useEffect(() => setSearchText(search.q ?? ''), [search.q]);
  const today = localToday();
  const status: ListStatus = search.status ?? 'open';

  return (
    <>
      <PageHeader
        title={t('tasks.list.title')}
        intro={t('tasks.list.intro')}
        extra={
          <Link to="/tasks" search={{ unitId, reach: search.reach }}>
            {t('tasks.list.back')}
          </Link>
        }
      />
      <div className="stack">
        <Card>
          <search className="stack">
            <UnitReachFilter
              idPrefix="task-list"
              unitId={unitId}
              reach={search.reach ?? 'subtree'}
              onChange={(patch) => update(patch)}
            />
            <div className="task-filters">
              <div className="task-filter">
                <label htmlFor="task-list-status" className="field-label strong">
                  {t('tasks.fields.status')}
                </label>
                <Select
                  id="task-list-status"
                  value={status}
                  onChange={(next: ListStatus) => update({ status: next === 'open' ? undefined : next })}
                  options={listStatuses.map((s) => ({ value: s, label: t(`tasks.list.statuses.${s}`) }))}
                  style={{ width: '100%' }}
                />
              </div>
              <div className="task-filter">
                <label htmlFor="task-list-source" className="field-label strong">
                  {t('tasks.fields.sourceKind')}
                </label>
                <Select
                  id="task-list-source"
                  value={search.sourceKind}
                  onChange={(next) => update({ sourceKind: next || undefined })}
                  options={taskSourceKinds.map((k) => ({ value: k, label: t(`tasks.sourceKinds.${k}`) }))}
                  placeholder={t('tasks.list.allSources')}
                  allowClear
                  style={{ width: '100%' }}
                />
              </div>
            </div>
            <div>
              <SearchBox
                id="task-search"
                label={t('tasks.list.searchLabel')}
                help={t('tasks.list.searchHelp')}
                placeholder={t('tasks.list.searchPlaceholder')}
                value={searchText}
                onChange={setSearchText}
                onSearch={(q) => update({ q })}
              />
            </div>
          </search>
        </Card>
        <Card
          title={
            <h2 className="card-title" aria-live="polite" id="task-list-heading">
              {list.isPending ? t('tasks.list.loading') : t('tasks.list.found', { n: formatNumber(total) })}
            </h2>
          }
        >
          {list.error ? (
            <Alert type="error" showIcon title={errorText(list.error)} />
          ) : list.isPending ? (
            <Skeleton active title={false} paragraph={{ rows: 6 }} />
          ) : items.length === 0 ? (
            <Empty description={t('tasks.list.empty')} />
          ) : (
            <>
              <ul className="plain-list" aria-labelledby="task-list-heading">
                {items.map((task) => (
                  <TaskItem key={task.id} task={task} today={today} />
                ))}
              </ul>
              <LoadMoreFooter shown={items.length} total={total} list={list} />
            </>
          )}
        </Card>
      </div>
    </>
  );
}
