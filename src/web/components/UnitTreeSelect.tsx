import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childUnitsQuery, rootUnitsQuery, type Unit, unitQuery } from '../features/org/api';

interface UnitTreeSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The unit's name when the caller already knows it (shown before the tree is opened). */
  knownName?: string;
  placeholder?: string;
  'aria-label'?: string;
  status?: 'error' | 'warning' | '';
  /** Offer only this unit and the units below it (e.g. those a committee may assign to). */
  rootId?: string;
}

interface SimpleNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

/** Picks a Party unit from the organisation tree; children load when a branch is opened. */
export function UnitTreeSelect({
  id,
  value,
  onChange,
  knownName,
  placeholder,
  status,
  rootId,
  ...aria
}: UnitTreeSelectProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const scopeRoots = useQuery({ ...rootUnitsQuery, enabled: !rootId });
  const ownRoot = useQuery({ ...unitQuery(rootId ?? ''), enabled: Boolean(rootId) });
  const roots = rootId
    ? { data: ownRoot.data ? [ownRoot.data] : undefined, isPending: ownRoot.isPending }
    : scopeRoots;
  // Under a given root its children are loaded and shown at once: that is where the choice usually lies.
  const [opened, setOpened] = useState<string[]>(rootId ? [rootId] : []);
  const children = useQueries({ queries: opened.map((parentId) => childUnitsQuery(parentId)) });

  const nodes = useMemo(() => {
    const all = new Map<string, SimpleNode>();
    const add = (unit: Unit) =>
      all.set(unit.id, {
        id: unit.id,
        pId: unit.parentId,
        value: unit.id,
        title: `${unit.name} (${t(`unitKinds.${unit.kind}`)})`,
        isLeaf: unit.childCount === 0,
      });
    for (const unit of roots.data ?? []) add(unit);
    for (const query of children) for (const unit of query.data ?? []) add(unit);
    // Roots of the user's scope have parents the user cannot see: show them at the top level.
    for (const unit of roots.data ?? []) {
      const node = all.get(unit.id);
      if (node) node.pId = null;
    }
    return [...all.values()];
  }, [roots.data, children, t]);

  const selectedNode = value ? nodes.find((node) => node.value === value) : undefined;
  const fetched = useQuery({
    ...unitQuery(value ?? ''),
    enabled: Boolean(value) && !selectedNode && !knownName,
  });
  const label = selectedNode?.title ?? knownName ?? fetched.data?.name ?? value;

  return (
    <TreeSelect
      id={id}
      aria-label={aria['aria-label']}
      status={status}
      placeholder={placeholder}
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
      treeDefaultExpandedKeys={rootId ? [rootId] : undefined}
      loading={roots.isPending}
      showSearch
      treeNodeFilterProp="title"
      allowClear
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
