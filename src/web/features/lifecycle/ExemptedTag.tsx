import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../../../domain/member-codes';

/** Dark brown on light gold: a contrast well above 4.5:1. */
const exemptedStyle = { color: '#5c3c00', background: '#fff4cc', borderColor: '#b8860b', marginInlineEnd: 0 };

/**
 * "Miễn sinh hoạt": marks an exempted member in every list, so nobody counts them in for meetings or the
 * annual evaluation by mistake. Nothing for other statuses.
 */
export function ExemptedTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  if (status !== 'exempted') return null;
  return (
    <Tag className="exempted-tag" style={exemptedStyle} title={t('lifecycle.exemptedTagTitle')}>
      {t('lifecycle.exemptedTag')}
    </Tag>
  );
}
