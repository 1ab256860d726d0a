import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fold } from '../../domain/text';
import { useDebounced } from '../app/useDebounced';
import { childUnitsQuery, rootUnitsQuery, type Unit, unitQuery, unitSearchQuery } from '../features/org/api';

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

const unitTitle = (unit: Pick<Unit, 'name' | 'kind'>, t: TFunction) =>
  `${unit.name} (${t(`unitKinds.${unit.kind}`)})`;

/**
 * Picks a Party unit from the organisation tree; children load when a branch is opened. Typing two letters or
 * more searches the whole scope on the server (without tone marks) and lists what it finds, with the parent's
 * name, so a unit deep in a large tree is found without opening its branches.
 */
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
  const [searchText, setSearchText] = useState('');
  const searched = fold(useDebounced(searchText, 250));
  const found = useQuery(unitSearchQuery(searched, rootId));
  const searching = fold(searchText).length >= 2;

  const tree = useMemo(() => {
    const all = new Map<string, SimpleNode>();
    const add = (unit: Unit) =>
      all.set(unit.id, {
        id: unit.id,
        pId: unit.parentId,
        value: unit.id,
        title: unitTitle(unit, t),
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
  const hits = useMemo(
    () =>
      (found.data?.items ?? []).map((unit) => ({
        id: unit.id,
        pId: null,
        value: unit.id,
        title: unit.parentName
          ? t('org.pickerHit', { unit: unitTitle(unit, t), parent: unit.parentName })
          : unitTitle(unit, t),
        isLeaf: true,
      })),
    [found.data, t],
  );
  const nodes = searching ? hits : tree;

  const selectedNode = value ? [...tree, ...hits].find((node) => node.value === value) : undefined;
  const fetched = useQuery({
    ...unitQuery(value ?? ''),
    enabled: Boolean(value) && !selectedNode && !knownName,
  });
  const label = selectedNode?.title ?? knownName ?? (fetched.data ? unitTitle(fetched.data, t) : value);

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
      onChange={(next: { value: string; label?: ReactNode } | undefined) => {
        setSearchText('');
        onChange?.(next?.value);
      }}
      loadData={async (node) => {
        const parentId = String(node.value);
        await queryClient.ensureQueryData(childUnitsQuery(parentId));
        setOpened((current) => (current.includes(parentId) ? current : [...current, parentId]));
      }}
      treeLoadedKeys={opened.filter((_, index) => children[index]?.data !== undefined)}
      treeDefaultExpandedKeys={rootId ? [rootId] : undefined}
      loading={roots.isPending || (searching && found.isFetching)}
      showSearch
      searchValue={searchText}
      onSearch={setSearchText}
      // One letter filters the loaded branches; from two the server's matches are shown as they are.
      filterTreeNode={searching ? false : undefined}
      treeNodeFilterProp="title"
      notFoundContent={searching && found.isFetching ? t('org.pickerSearching') : undefined}
      allowClear
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
