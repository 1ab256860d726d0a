import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { z } from 'zod';
import type { openDocumentItems } from '../../../contracts/programs';
import { apiGet } from '../../app/api';
import { formatDate } from '../../app/format';

type OpenItems = z.infer<typeof openDocumentItems>;

/** "Thuộc chương trình làm việc": an open planned document of the unit's programs, of the draft's type. */
export function ProgramItemSelect({
  id,
  unitId,
  type,
  value,
  onChange,
}: {
  id?: string;
  unitId?: string;
  type?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}) {
  const found = useQuery({
    queryKey: ['programs', 'open-documents', unitId, type],
    queryFn: ({ signal }) =>
      apiGet<OpenItems>('/api/programs/items/open-documents', { unitId, type }, signal),
    enabled: Boolean(unitId && type),
  });
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((item) => ({
        value: item.id,
        label: `${item.title} (${formatDate(item.dueOn)}) – ${item.programTitle}`,
      }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
