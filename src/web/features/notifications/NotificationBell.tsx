import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { unreadQueryOptions } from './api';

/** The header bell: unread count (checked every minute), opens the notification centre. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(unreadQueryOptions);
  const count = data?.unread ?? 0;
  const label = count > 0 ? t('shell.bellUnread', { count }) : t('shell.bell');
  return (
    <Link to="/notifications" search={{}} className="header-icon-link bell" aria-label={label} title={label}>
      <Badge count={count} overflowCount={99} size="small">
        <BellOutlined className="header-icon" aria-hidden />
      </Badge>
    </Link>
  );
}
