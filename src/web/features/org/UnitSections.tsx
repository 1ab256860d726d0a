import { Button, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../app/useMediaQuery';
import type { Unit } from './api';
import { HistoryTab } from './HistoryTab';
import { OfficesTab } from './OfficesTab';
import { SubUnitsTab } from './SubUnitsTab';
import { type UnitTab, unitTabs } from './search';
import { UnitMembersTab } from './UnitMembersTab';

interface Props {
  unit: Unit;
  tab: UnitTab;
  onChange: (tab: UnitTab) => void;
}

const panels: Record<UnitTab, (unit: Unit) => ReactNode> = {
  offices: (unit) => <OfficesTab unit={unit} />,
  units: (unit) => <SubUnitsTab unit={unit} />,
  members: (unit) => <UnitMembersTab unit={unit} />,
  history: (unit) => <HistoryTab unit={unit} />,
};

/**
 * The unit page's four sections. Wide screens get tabs; phones get a grid of large buttons instead, because
 * four Vietnamese tab labels do not fit in 360 px and a tab bar that scrolls sideways hides the last ones.
 */
export function UnitSections({ unit, tab, onChange }: Props) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const labels: Record<UnitTab, string> = {
    offices: t('org.tabs.offices'),
    units: t('org.tabs.units'),
    members: t('org.tabs.members'),
    history: t('org.tabs.history'),
  };

  if (!isPhone) {
    return (
      <Tabs
        activeKey={tab}
        onChange={(key) => onChange(unitTabs.find((candidate) => candidate === key) ?? 'offices')}
        items={unitTabs.map((key) => ({ key, label: labels[key], children: panels[key](unit) }))}
        destroyOnHidden
      />
    );
  }
  return (
    <div className="stack">
      <nav aria-label={t('org.sections')} className="section-switch">
        {unitTabs.map((key) => (
          <Button
            key={key}
            type={key === tab ? 'primary' : 'default'}
            aria-pressed={key === tab}
            onClick={() => onChange(key)}
          >
            {labels[key]}
          </Button>
        ))}
      </nav>
      <h2 className="card-title">{labels[tab]}</h2>
      {panels[tab](unit)}
    </div>
  );
}
