import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { themesQuery } from './api';

interface Props {
  unitId: string;
  value: string | null;
  onChange: (value: string | null) => void;
  'aria-label': string;
}

/** The committee's themes of opinion the unit can file an opinion under; none yet is said so. */
export function useThemes(unitId: string, enabled = true) {
  const themes = useQuery({
    ...themesQuery(unitId),
    enabled: enabled && unitId !== '',
    // Themes may not exist for every unit (or the list may be missing): the table still works without them.
    retry: (count, error) => !isApiError(error) && count < 2,
  });
  return themes.data?.items ?? [];
}

/** A `theme` cell: one of the committee's themes, or none. */
export function ThemeSelect({ unitId, value, onChange, ...aria }: Props) {
  const { t } = useTranslation();
  const themes = useThemes(unitId);
  const options = themes.map((theme) => ({ value: theme.id, label: theme.name }));
  if (value && !options.some((option) => option.value === value)) options.push({ value, label: value });
  return (
    <Select
      aria-label={aria['aria-label']}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange(next ?? null)}
      options={options}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('reports.table.themePlaceholder')}
      notFoundContent={t('reports.table.noThemes')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
