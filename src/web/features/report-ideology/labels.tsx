import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportThemeStatus } from './api';

const statusColors: Record<ReportThemeStatus, string> = {
  open: 'blue',
  handling: 'gold',
  handled: 'green',
};

/** The theme's handling status in words (the colour only helps the eye). */
export function ThemeStatusTag({ status }: { status: ReportThemeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} className="ideology-tag">
      {t(`reportIdeology.status.${status}`)}
    </Tag>
  );
}

/** Raised in two periods or more, or by two cells or more. */
export function RecurringTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" className="ideology-tag">
      {t('reportIdeology.recurring')}
    </Tag>
  );
}
