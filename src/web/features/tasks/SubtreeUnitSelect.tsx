import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childUnitsQuery, type Unit, unitQuery } from '../org/api';

interface UnitNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

interface Props {
  /** The unit at the top: it and any unit below it can be picked. */
  rootId: string;
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The picked unit's name when it is not loaded yet (editing a task). */
  knownName?: string;
  'aria-label'?: string;
  status?: 'error' | 'warning' | '';
}

/** Picks one unit in a subtree (a committee itself or any unit under it); branches load when opened. */
export function SubtreeUnitSelect({ rootId, id, value, onChange, knownName, status, ...aria }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const root = useQuery(unitQuery(rootId));
  const [opened, setOpened] = useState<string[]>([rootId]);
  const children = useQueries({ queries: opened.map((parentId) => childUnitsQuery(parentId)) });

  const nodes = useMemo(() => {
    const all = new Map<string, UnitNode>();
    const add = (unit: Unit, parentId: string | null) =>
      all.set(unit.id, {
        id: unit.id,
        pId: parentId,
        value: unit.id,
        title: `${unit.name} (${t(`unitKinds.${unit.kind}`)})`,
        isLeaf: unit.childCount === 0,
      });
    if (root.data) add(root.data, null);
    children.forEach((query, index) => {
      for (const unit of query.data ?? []) add(unit, opened[index] ?? null);
    });
    return [...all.values()];
  }, [root.data, children, opened, t]);

  const label = (value && nodes.find((n) => n.value === value)?.title) || knownName || value;

  return (
    <TreeSelect
      id={id}
      aria-label={aria['aria-label']}
      status={status}
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={nodes}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(next: { value: string; label?: ReactNode } | undefined) => onChange?.(next?.value)}
      loadData={async (node) => {
        const parentId = String(node.value);
        await queryClient.ensureQueryData(childUnitsQuery(parentId));
        setOpened((current) => (current.includes(parentId) ? current : [...current, parentId]));
      }}
      treeLoadedKeys={opened.filter((_, index) => children[index]?.data !== undefined)}
      treeDefaultExpandedKeys={[rootId]}
      loading={root.isPending}
      showSearch
      treeNodeFilterProp="title"
      placeholder={t('tasks.form.assigneeUnitPlaceholder')}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
