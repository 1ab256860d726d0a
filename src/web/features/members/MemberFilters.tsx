import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ageBands,
  memberStatuses,
  professionalDegrees,
  sexes,
  theoryLevels,
} from '../../../domain/member-codes';
import { formatNumber } from '../../app/format';
import type { FacetCount, MemberFacets, MemberSearch } from './api';
import { ethnicityLabel, useCodeLabels } from './labels';

interface MemberFiltersProps {
  search: MemberSearch;
  /** Counts per value with the other filters applied; absent while they load. */
  facets: MemberFacets | undefined;
  onChange: (patch: Partial<MemberSearch>) => void;
}

type FilterKey = Exclude<keyof MemberSearch, 'q' | 'unitId'>;

interface Option {
  value: string;
  label: string;
}

const countOf = (counts: readonly FacetCount<string | null>[] | undefined, key: string) =>
  counts?.find((entry) => entry.key === key)?.count ?? 0;

/**
 * One select per filter; each option says how many members it would give ("Nữ (123)"), so nobody picks a filter
 * that empties the list without knowing.
 */
export function MemberFilters({ search, facets, onChange }: MemberFiltersProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();

  const withCounts = <T extends string>(
    list: readonly T[],
    label: (value: T) => string,
    counts: readonly FacetCount<string | null>[] | undefined,
  ): Option[] =>
    list.map((value) => ({
      value,
      label: facets ? `${label(value)} (${formatNumber(countOf(counts, value))})` : label(value),
    }));

  // Ethnic groups: only those present (54 groups would drown the few that are), plus the one selected.
  const ethnicityOptions: Option[] = (facets?.ethnicityCode ?? [])
    .filter((entry) => entry.count > 0 || entry.key === search.ethnicityCode)
    .map((entry) => ({
      value: entry.key,
      label: `${ethnicityLabel(entry.key)} (${formatNumber(entry.count)})`,
    }));
  if (search.ethnicityCode && !ethnicityOptions.some((option) => option.value === search.ethnicityCode)) {
    ethnicityOptions.unshift({ value: search.ethnicityCode, label: ethnicityLabel(search.ethnicityCode) });
  }

  const filters: { key: FilterKey; label: string; options: Option[] }[] = [
    {
      key: 'status',
      label: t('memberForm.fields.status'),
      options: withCounts(memberStatuses, labels.status, facets?.status),
    },
    { key: 'sex', label: t('memberForm.fields.sex'), options: withCounts(sexes, labels.sex, facets?.sex) },
    {
      key: 'ageBand',
      label: t('members.ageBandFilter'),
      options: withCounts(ageBands, labels.ageBand, facets?.ageBand),
    },
    { key: 'ethnicityCode', label: t('memberForm.fields.ethnicityCode'), options: ethnicityOptions },
    {
      key: 'professionalDegree',
      label: t('memberForm.fields.professionalDegree'),
      options: withCounts(professionalDegrees, labels.degree, facets?.professionalDegree),
    },
    {
      key: 'theoryLevel',
      label: t('memberForm.fields.theoryLevel'),
      options: withCounts(theoryLevels, labels.theoryLevel, facets?.theoryLevel),
    },
  ];

  return (
    <div className="member-filters">
      {filters.map((filter) => (
        <div key={filter.key} className="member-filter">
          <label htmlFor={`member-filter-${filter.key}`} className="field-label">
            {filter.label}
          </label>
          <Select
            id={`member-filter-${filter.key}`}
            value={search[filter.key]}
            options={filter.options}
            placeholder={t('members.allValues')}
            allowClear
            showSearch={filter.key === 'ethnicityCode' ? { optionFilterProp: 'label' } : undefined}
            onChange={(value?: string) => onChange({ [filter.key]: value || undefined })}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
          />
        </div>
      ))}
    </div>
  );
}
