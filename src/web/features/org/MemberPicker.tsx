import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '../../../contracts/members';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/types';

interface Props {
  /** Members are searched in this unit and its subtree. */
  unitId: string;
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  status?: 'error' | 'warning' | '';
}

/** Picks a member of a unit's subtree by typing part of the name (tone marks optional), CCCD or card number. */
export function MemberPicker({ unitId, id, value, onChange, status }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  // The chosen member's label, kept when a later search no longer lists them.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const found = useQuery({
    queryKey: ['members', 'picker', unitId, q] as const,
    queryFn: ({ signal }) =>
      apiGet<Page<MemberListItem>>('/api/members', { unitId, q: q || undefined, limit: 20 }, signal),
    placeholderData: keepPreviousData,
  });

  const options = (found.data?.items ?? []).map((member) => ({
    value: member.id,
    label: `${member.fullName} — ${member.unitName}`,
  }));
  if (value && chosen?.value === value && !options.some((option) => option.value === value)) {
    options.unshift(chosen);
  }

  return (
    <Select
      id={id}
      status={status}
      value={value}
      onChange={(next: string | undefined) => {
        setChosen(options.find((option) => option.value === next) ?? null);
        onChange?.(next);
      }}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      placeholder={t('offices.memberPlaceholder')}
      allowClear
      loading={found.isFetching}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t('offices.noMemberFound')}
      options={options}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
