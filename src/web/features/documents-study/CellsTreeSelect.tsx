import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childUnitsQuery, type Unit } from '../org/api';

interface Props {
  /** The committee whose cells are offered (at any depth below it). */
  rootId: string;
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  'aria-label'?: string;
  status?: 'error' | 'warning' | '';
}

/** Picks several cells under a committee; the units between it and its cells open to reach them. */
export function CellsTreeSelect({ rootId, id, value, onChange, status, ...aria }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const top = useQuery(childUnitsQuery(rootId));
  const [opened, setOpened] = useState<string[]>([]);
  const children = useQueries({ queries: opened.map((parentId) => childUnitsQuery(parentId)) });

  const nodes = useMemo(() => {
    const all = new Map<string, object>();
    const add = (unit: Unit, parentId: string | null) =>
      all.set(unit.id, {
        id: unit.id,
        pId: parentId,
        value: unit.id,
        title: `${unit.name} (${t(`unitKinds.${unit.kind}`)})`,
        isLeaf: unit.childCount === 0,
        selectable: unit.kind === 'cell',
      });
    for (const unit of top.data ?? []) add(unit, null);
    children.forEach((query, index) => {
      for (const unit of query.data ?? []) add(unit, opened[index] ?? null);
    });
    return [...all.values()];
  }, [top.data, children, opened, t]);

  return (
    <TreeSelect
      id={id}
      aria-label={aria['aria-label']}
      status={status}
      multiple
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={nodes}
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      loadData={async (node) => {
        const parentId = String(node.value);
        await queryClient.ensureQueryData(childUnitsQuery(parentId));
        setOpened((current) => (current.includes(parentId) ? current : [...current, parentId]));
      }}
      treeLoadedKeys={opened.filter((_, index) => children[index]?.data !== undefined)}
      loading={top.isPending}
      showSearch
      treeNodeFilterProp="title"
      placeholder={t('documentsStudy.assign.cellsPlaceholder')}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
