import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../contracts/documents';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/types';

interface Props {
  id?: string;
  unitId: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The chosen document as the session shows it, before any search. */
  known?: { id: string; numberText: string | null; summary: string } | null;
}

const labelOf = (d: { numberText: string | null; summary: string }) =>
  d.numberText ? `${d.numberText} — ${d.summary}` : d.summary;

/** Picks the report presented from the unit's own document registry, searched by number or words. */
export function ReportDocumentSelect({ id, unitId, value, onChange, known }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['working-sessions', 'report-search', unitId, q],
    queryFn: ({ signal }) =>
      apiGet<Page<DocumentSummary>>('/api/documents', { unitId, q: q || undefined, limit: 20 }, signal),
  });
  const options = (found.data?.items ?? [])
    .filter((d) => d.ownerUnitId === unitId)
    .map((d) => ({ value: d.id, label: labelOf(d) }));
  if (known && !options.some((o) => o.value === known.id))
    options.unshift({ value: known.id, label: labelOf(known) });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      loading={found.isFetching}
      placeholder={t('workingSessions.form.reportSearch')}
      notFoundContent={t('workingSessions.form.reportNone')}
      style={{ width: '100%' }}
    />
  );
}
