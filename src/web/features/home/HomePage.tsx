import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasModule, useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatDateTime, formatLongDate } from '../../app/format';
import { visibleEntries } from '../../app/modules';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { unreadQueryOptions } from '../notifications/api';
import { HomeReportsCard } from '../reports/HomeReportsCard';
import { HomeTasksCard } from '../tasks/HomeTasksCard';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const canSeeOrg = hasModule(me, 'org');
  const quickLinks = visibleEntries(me).filter((entry) => entry.quickLink);

  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: me.user.fullName })}
        intro={t('home.today', { date: formatLongDate(new Date()) })}
      />
      <div className="card-grid">
        <Card title={<h2 className="card-title">{t('home.rolesTitle')}</h2>}>
          {me.roles.length === 0 ? (
            <Typography.Paragraph>{t('home.noRoles')}</Typography.Paragraph>
          ) : (
            <ul className="plain-list role-list">
              {me.roles.map((grant) => (
                <li key={`${grant.role}:${grant.unitId}`} className="role-item">
                  <strong>{t(`roles.${grant.role}`)}</strong>{' '}
                  <span className="muted">{t('home.roleAt')}</span>{' '}
                  {canSeeOrg ? (
                    <Link to="/org" search={{ unit: grant.unitId }}>
                      {grant.unitName}
                    </Link>
                  ) : (
                    grant.unitName
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {hasModule(me, 'notifications') ? <UnreadCard /> : null}
        {hasModule(me, 'tasks') ? <HomeTasksCard /> : null}
        {hasModule(me, 'reports') ? <HomeReportsCard /> : null}
        {quickLinks.length > 0 ? (
          <Card title={<h2 className="card-title">{t('home.quickLinks')}</h2>}>
            <ul className="plain-list quick-links">
              {quickLinks.map((entry) => (
                <li key={entry.path}>
                  <Link to={entry.path} className="quick-link">
                    <span className="quick-link-icon" aria-hidden>
                      {entry.icon}
                    </span>
                    <span className="quick-link-label">{t(entry.label)}</span>
                    <RightOutlined aria-hidden />
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}

function UnreadCard() {
  const { t } = useTranslation();
  const { data, isPending, error } = useQuery(unreadQueryOptions);
  return (
    <Card title={<h2 className="card-title">{t('home.unreadTitle')}</h2>}>
      {isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} />
      ) : error ? (
        <Alert type="error" showIcon title={errorText(error)} />
      ) : data.items.length === 0 ? (
        <Typography.Paragraph>{t('home.noUnread')}</Typography.Paragraph>
      ) : (
        <ul className="plain-list">
          {data.items.map((item) => (
            <li key={item.id} className="home-notification">
              <div className="home-notification-title">{item.title}</div>
              <div className="muted">{formatDateTime(item.createdAt)}</div>
            </li>
          ))}
        </ul>
      )}
      <div className="card-footer-link">
        <ButtonLink href="/notifications">{t('home.viewAll')}</ButtonLink>
      </div>
    </Card>
  );
}
