import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportThemeStatus } from './api';

/** The theme's handling status in words (the colour, of sufficient contrast, only helps the eye). */
export function ThemeStatusTag({ status }: { status: ReportThemeStatus }) {
  const { t } = useTranslation();
  return <Tag className={`ideology-tag ideology-tag-${status}`}>{t(`reportIdeology.status.${status}`)}</Tag>;
}

/** Raised in two periods or more, or by two cells or more. */
export function RecurringTag() {
  const { t } = useTranslation();
  return <Tag className="ideology-tag ideology-tag-recurring">{t('reportIdeology.recurring')}</Tag>;
}
