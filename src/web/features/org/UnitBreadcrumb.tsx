import { Link } from '@tanstack/react-router';
import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitAncestor } from './api';

interface Props {
  ancestors: UnitAncestor[];
  /** On the tree page: show an ancestor in place instead of opening its page. */
  onSelect?: (id: string) => void;
  /** On the unit page: the unit itself as the last, unlinked step, after a link to the tree. */
  current?: string;
}

/** Where a unit sits: its readable ancestors, top first. */
export function UnitBreadcrumb({ ancestors, onSelect, current }: Props) {
  const { t } = useTranslation();
  if (ancestors.length === 0 && current === undefined) return null;
  const steps = ancestors.map((ancestor) => ({
    key: ancestor.id,
    title: onSelect ? (
      <Link
        to="/org"
        search={{ unit: ancestor.id }}
        onClick={(event) => {
          event.preventDefault();
          onSelect(ancestor.id);
        }}
      >
        {ancestor.name}
      </Link>
    ) : (
      <Link to="/org/units/$unitId" params={{ unitId: ancestor.id }}>
        {ancestor.name}
      </Link>
    ),
  }));
  const items =
    current === undefined
      ? steps
      : [
          { key: 'tree', title: <Link to="/org">{t('org.title')}</Link> },
          ...steps,
          { key: 'current', title: <span aria-current="page">{current}</span> },
        ];
  return (
    <nav aria-label={t('org.path')}>
      <Breadcrumb items={items} />
    </nav>
  );
}
