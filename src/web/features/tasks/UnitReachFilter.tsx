import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import type { TaskReach } from './api';

interface Props {
  idPrefix: string;
  unitId: string | undefined;
  reach: TaskReach;
  onChange: (patch: { unitId?: string; reach?: TaskReach }) => void;
}

/** Which unit's tasks: the unit, and whether with the units below it. */
export function UnitReachFilter({ idPrefix, unitId, reach, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="task-filters">
      <div className="task-filter">
        <label htmlFor={`${idPrefix}-unit`} className="field-label strong">
          {t('tasks.filters.unit')}
        </label>
        <UnitTreeSelect
          id={`${idPrefix}-unit`}
          value={unitId}
          onChange={(value) => value && onChange({ unitId: value })}
        />
      </div>
      <div className="task-filter task-filter-reach">
        <span id={`${idPrefix}-reach`} className="field-label strong">
          {t('tasks.filters.reach')}
        </span>
        <Radio.Group
          aria-labelledby={`${idPrefix}-reach`}
          optionType="button"
          value={reach}
          onChange={(e) => onChange({ reach: e.target.value as TaskReach })}
          options={[
            { value: 'subtree', label: t('tasks.filters.subtree') },
            { value: 'own', label: t('tasks.filters.own') },
          ]}
          className="task-radio"
        />
      </div>
    </div>
  );
}
