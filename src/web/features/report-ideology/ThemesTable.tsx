import { Button, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import type { ThemeOverviewRow } from './api';
import { RecurringTag, ThemeStatusTag } from './labels';

interface ThemesTableProps {
  items: readonly ThemeOverviewRow[];
  /** The committee of the overview: a theme of another committee names its owner. */
  unitId: string;
  caption: string;
  onOpen: (theme: ThemeOverviewRow) => void;
}

/** The theme's name as a button opening its mentions, with the owner when another committee follows it. */
function ThemeName({
  theme,
  unitId,
  onOpen,
}: {
  theme: ThemeOverviewRow;
  unitId: string;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  return (
    <span className="ideology-theme-name">
      <Button type="link" className="ideology-open" onClick={onOpen}>
        {theme.name}
      </Button>
      {theme.recurring ? <RecurringTag /> : null}
      {theme.owner.id !== unitId ? (
        <span className="muted">{t('reportIdeology.table.ownedBy', { unit: theme.owner.name })}</span>
      ) : null}
    </span>
  );
}

/** The themes of the overview: a table on wide screens, cards on phones; a theme opens its drawer. */
export function ThemesTable({ items, unitId, caption, onOpen }: ThemesTableProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  if (items.length === 0) return <Empty description={t('reportIdeology.table.empty')} />;
  const last = (r: ThemeOverviewRow) => r.lastPeriod?.label ?? t('reportIdeology.table.never');
  if (phone) {
    return (
      <ul className="plain-list ideology-cards" aria-label={caption}>
        {items.map((r) => (
          <li key={r.id} className="list-card ideology-card">
            <ThemeName theme={r} unitId={unitId} onOpen={() => onOpen(r)} />
            <ThemeStatusTag status={r.status} />
            <span>
              {t('reportIdeology.table.mentions')}: <strong>{formatNumber(r.mentions)}</strong> ·{' '}
              {t('reportIdeology.table.units')}: <strong>{formatNumber(r.units)}</strong> ·{' '}
              {t('reportIdeology.table.periods')}: <strong>{formatNumber(r.periods)}</strong>
            </span>
            <span>
              {t('reportIdeology.table.last')}: {last(r)}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table<ThemeOverviewRow>
      size="middle"
      rowKey="id"
      aria-label={caption}
      dataSource={[...items]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          key: 'name',
          title: t('reportIdeology.table.theme'),
          render: (_, r) => <ThemeName theme={r} unitId={unitId} onOpen={() => onOpen(r)} />,
        },
        {
          key: 'mentions',
          title: t('reportIdeology.table.mentions'),
          align: 'right',
          render: (_, r) => formatNumber(r.mentions),
        },
        {
          key: 'units',
          title: t('reportIdeology.table.units'),
          align: 'right',
          render: (_, r) => formatNumber(r.units),
        },
        {
          key: 'periods',
          title: t('reportIdeology.table.periods'),
          align: 'right',
          render: (_, r) => formatNumber(r.periods),
        },
        { key: 'last', title: t('reportIdeology.table.last'), render: (_, r) => last(r) },
        {
          key: 'status',
          title: t('reportIdeology.table.status'),
          render: (_, r) => <ThemeStatusTag status={r.status} />,
        },
      ]}
    />
  );
}
