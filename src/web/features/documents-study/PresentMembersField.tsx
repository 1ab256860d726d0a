import { CheckOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { cellMembersQuery } from '../meetings/CellMemberSelect';

/** Members who take part in a cell's sessions (candidates and former members do not). */
const studyingStatuses: readonly string[] = ['probationary', 'official', 'exempted'];

interface Props {
  unitId: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** The legend of the group of checkboxes. */
  label: string;
}

/** The cell's members as checkboxes: "Tất cả có mặt" ticks everyone, then the absent are unticked. */
export function PresentMembersField({ unitId, value = [], onChange, label }: Props) {
  const { t } = useTranslation();
  const members = useQuery(cellMembersQuery(unitId));
  if (members.isPending) return <Skeleton active title={false} paragraph={{ rows: 4 }} />;
  if (members.error) return <Alert type="error" showIcon title={errorText(members.error)} />;
  const options = members.data.items
    .filter((m) => studyingStatuses.includes(m.status))
    .map((m) => ({ value: m.id, label: m.fullName }));
  const all = options.map((o) => o.value);
  return (
    <fieldset className="study-present">
      <legend className="study-present-legend">{label}</legend>
      <div className="study-present-actions">
        <Button
          icon={<CheckOutlined aria-hidden />}
          onClick={() => onChange?.(all)}
          disabled={all.every((id) => value.includes(id))}
        >
          {t('documentsStudy.record.allPresent')}
        </Button>
        <span className="muted" aria-live="polite">
          {t('documentsStudy.record.presentCount', { n: value.length, total: all.length })}
        </span>
      </div>
      <Checkbox.Group
        className="study-present-list"
        options={options}
        value={value}
        onChange={(next) => onChange?.(next as string[])}
      />
    </fieldset>
  );
}
