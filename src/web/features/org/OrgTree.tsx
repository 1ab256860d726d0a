import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TreeDataNode } from 'antd';
import { Alert, Empty, Skeleton, Tree } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { ancestorsQuery, childUnitsQuery, rootsQuery, type TreeView, type Unit } from './api';
import { UnitNodeTitle } from './UnitFacts';

interface Props {
  view: TreeView;
  selectedId?: string;
  onSelect: (id: string | undefined, reveal?: boolean) => void;
}

const union = (current: string[], ids: string[]) => {
  const next = [...new Set([...current, ...ids])];
  return next.length === current.length ? current : next;
};

/** The organisation tree (today's, or as it was on `view.asOf`), loading a unit's children when it is opened. */
export function OrgTree({ view, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roots = useQuery(rootsQuery(view));
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [openedParents, setOpenedParents] = useState<string[]>([]);
  const childQueries = useQueries({ queries: openedParents.map((id) => childUnitsQuery(id, view)) });
  const ancestors = useQuery({ ...ancestorsQuery(selectedId ?? ''), enabled: selectedId !== undefined });
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  // The roots of the user's scope start open; with nothing selected yet, the first root is shown.
  useEffect(() => {
    const ids = roots.data?.filter((unit) => unit.childCount > 0).map((unit) => unit.id) ?? [];
    if (ids.length > 0) {
      setOpenedParents((current) => union(current, ids));
      setExpandedKeys((current) => union(current, ids));
    }
    const [first] = roots.data ?? [];
    if (first && !selectedRef.current) onSelectRef.current(first.id, false);
  }, [roots.data]);

  // Opening a link to a deep unit unfolds the tree down to it.
  useEffect(() => {
    const ids = ancestors.data?.map((unit) => unit.id) ?? [];
    if (ids.length === 0) return;
    setOpenedParents((current) => union(current, ids));
    setExpandedKeys((current) => union(current, ids));
  }, [ancestors.data]);

  const childrenOf = useMemo(() => {
    const map = new Map<string, Unit[]>();
    openedParents.forEach((id, index) => {
      const data = childQueries[index]?.data;
      if (data) map.set(id, data);
    });
    return map;
  }, [openedParents, childQueries]);

  const treeData = useMemo(() => {
    const build = (unit: Unit): TreeDataNode => {
      const children = childrenOf.get(unit.id);
      return {
        key: unit.id,
        title: <UnitNodeTitle unit={unit} date={view.asOf} />,
        isLeaf: unit.childCount === 0 || children?.length === 0,
        children: children?.map(build),
      };
    };
    return (roots.data ?? []).map(build);
  }, [roots.data, childrenOf, view.asOf]);

  const loadData = async (node: TreeDataNode) => {
    const id = String(node.key);
    await queryClient.ensureQueryData(childUnitsQuery(id, view));
    setOpenedParents((current) => (current.includes(id) ? current : [...current, id]));
  };

  if (roots.isPending) return <Skeleton active title={false} paragraph={{ rows: 6 }} />;
  if (roots.error) return <Alert type="error" showIcon title={errorText(roots.error)} />;
  if (treeData.length === 0) return <Empty description={view.asOf ? t('org.emptyAsOf') : t('org.empty')} />;
  return (
    <Tree
      className="org-tree"
      aria-label={t('org.treeTitle')}
      treeData={treeData}
      loadData={loadData}
      loadedKeys={openedParents.filter((_, index) => childQueries[index]?.data !== undefined)}
      expandedKeys={expandedKeys}
      onExpand={(keys) => setExpandedKeys(keys.map(String))}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const [first] = keys;
        onSelect(first === undefined ? selectedId : String(first));
      }}
      showLine
      blockNode
    />
  );
}
