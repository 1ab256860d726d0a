import { LogoutOutlined } from '@ant-design/icons';
import { useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasModule, useMe } from '../../app/auth';
import { useSignOut } from '../../app/useSignOut';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageHeader } from '../../components/PageHeader';
import { CalendarFeedCard } from '../meetings-panel/CalendarFeedCard';
import { NotificationPrefsForm } from './NotificationPrefsForm';
import { PasswordForm } from './PasswordForm';
import { TwoFactorSection } from './TwoFactorSection';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { section } = useSearch({ from: '/app/account' });
  const { signOutEverywhere } = useSignOut();
  const totpRef = useRef<HTMLDivElement>(null);
  const mustEnroll = me.totpEnrollmentRequired;

  useEffect(() => {
    if (section === 'totp' || mustEnroll) totpRef.current?.scrollIntoView({ block: 'start' });
  }, [section, mustEnroll]);

  return (
    <>
      <PageHeader title={t('account.title')} />
      {mustEnroll ? (
        <Alert
          type="warning"
          showIcon
          className="enrollment-alert"
          style={{ marginBottom: 16 }}
          title={t('account.totpRequiredTitle')}
          description={t('account.totpRequiredBody')}
        />
      ) : null}
      <div className="card-grid">
        <div ref={totpRef} id="totp" className="scroll-target">
          <TwoFactorSection />
        </div>
        <Card title={<h2 className="card-title">{t('account.profileTitle')}</h2>}>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'username',
                label: t('account.username'),
                children: <span className="mono">{me.user.username}</span>,
              },
              { key: 'fullName', label: t('account.fullName'), children: me.user.fullName },
              {
                key: 'email',
                label: t('account.email'),
                children: <span className="break-anywhere">{me.user.email ?? t('account.noEmail')}</span>,
              },
              {
                key: 'roles',
                label: t('account.roles'),
                children:
                  me.roles.length === 0 ? (
                    t('home.noRoles')
                  ) : (
                    <ul className="plain-list compact-list">
                      {me.roles.map((grant) => (
                        <li key={`${grant.role}:${grant.unitId}`}>
                          {t(`roles.${grant.role}`)} — {grant.unitName}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        </Card>
        <Card title={<h2 className="card-title">{t('account.passwordTitle')}</h2>}>
          <PasswordForm />
        </Card>
        <Card title={<h2 className="card-title">{t('account.languageTitle')}</h2>}>
          <Typography.Paragraph className="muted">{t('account.languageHelp')}</Typography.Paragraph>
          <LanguageSwitch size="large" />
        </Card>
        {hasModule(me, 'notifications') ? (
          <Card title={<h2 className="card-title">{t('account.prefsTitle')}</h2>}>
            <NotificationPrefsForm />
          </Card>
        ) : null}
        <CalendarFeedCard />
        <Card title={<h2 className="card-title">{t('account.sessionsTitle')}</h2>}>
          <Typography.Paragraph>{t('account.sessionsHelp')}</Typography.Paragraph>
          <Button danger icon={<LogoutOutlined aria-hidden />} onClick={signOutEverywhere}>
            {t('shell.signOutAll')}
          </Button>
        </Card>
      </div>
    </>
  );
}
