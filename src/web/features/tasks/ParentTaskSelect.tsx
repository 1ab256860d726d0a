import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/types';
import type { TaskSummary } from './api';

interface Props {
  /** Open tasks under this unit are offered. */
  unitId: string;
  /** The task being edited: it cannot be its own parent. */
  excludeId?: string;
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  known?: { id: string; title: string } | null;
}

/** Picks the parent task among the unit's open tasks, typing part of its title to search. */
export function ParentTaskSelect({ unitId, excludeId, id, value, onChange, known }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['tasks', 'parents', unitId, q] as const,
    queryFn: ({ signal }) =>
      apiGet<Page<TaskSummary>>(
        '/api/tasks',
        { unitId, reach: 'subtree', status: 'open', q: q || undefined, limit: 20 },
        signal,
      ),
    staleTime: 30_000,
  });
  const options = (found.data?.items ?? [])
    .filter((task) => task.id !== excludeId)
    .map((task) => ({ value: task.id, label: task.title }));
  if (known && !options.some((o) => o.value === known.id))
    options.push({ value: known.id, label: known.title });
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      options={options}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      allowClear
      placeholder={t('tasks.form.parentPlaceholder')}
      notFoundContent={t('tasks.form.noParent')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
