import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '../../../contracts/members';
import { apiGet } from '../../app/api';
import type { Page } from '../../app/types';
import { useCodeLabels } from '../members/labels';

/** The members of one unit (a cell rarely has more than a few dozen; the API gives at most 200 at once). */
export const cellMembersQuery = (unitId: string) => ({
  queryKey: ['members', 'of-unit', unitId] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    apiGet<Page<MemberListItem>>('/api/members', { unitId, limit: 200 }, signal),
  staleTime: 60_000,
});

/** Those the server calls to a cell's meetings: candidates and former members are no choice here. */
const calledStatuses: readonly string[] = ['probationary', 'official', 'exempted'];

interface Props {
  unitId: string;
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Names already known for values that might not be in the list (a member who has since moved). */
  known?: readonly { id: string; name: string | null | undefined }[];
  'aria-label'?: string;
}

/** Picks one member of the meeting's unit from the whole list, typing part of the name to narrow it. */
export function CellMemberSelect({ unitId, id, value, onChange, known = [], ...aria }: Props) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const members = useQuery(cellMembersQuery(unitId));
  const options = (members.data?.items ?? [])
    .filter((m) => calledStatuses.includes(m.status))
    .map((m) => ({
      value: m.id,
      label: m.positions[0] ? `${m.fullName} (${labels.position(m.positions[0].title)})` : m.fullName,
    }));
  for (const k of known) {
    if (k.name && !options.some((o) => o.value === k.id)) options.push({ value: k.id, label: k.name });
  }
  return (
    <Select
      id={id}
      aria-label={aria['aria-label']}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      options={options}
      loading={members.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      placeholder={t('meetings.form.pickMember')}
      notFoundContent={t('offices.noMemberFound')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
