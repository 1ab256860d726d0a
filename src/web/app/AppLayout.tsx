import {
  CheckOutlined,
  DownOutlined,
  LogoutOutlined,
  MenuOutlined,
  StarFilled,
  UserOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useMatches, useNavigate, useRouter, useRouterState } from '@tanstack/react-router';
import { Button, Drawer, Dropdown, Layout, Menu, type MenuProps } from 'antd';
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../contracts/auth';
import { Forbidden } from '../components/Forbidden';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { hasModule, MeContext, meQueryOptions } from './auth';
import { changeLanguage, currentLanguage, isLanguage, languages } from './i18n';
import { useChangeLanguage } from './language';
import { currentEntry, type NavGroup, navGroupLabels, visibleEntries } from './modules';
import { useIsPhone } from './useMediaQuery';
import { useSignOut } from './useSignOut';

const MAIN_ID = 'main';

/** The signed-in shell: header, navigation (side menu, or a drawer on phones) and the page. */
export function AppLayout() {
  const { data: me } = useQuery(meQueryOptions);
  const navigate = useNavigate();

  useEffect(() => {
    if (me === null) void navigate({ to: '/login', search: {} });
  }, [me, navigate]);

  // The language saved in the account wins when a session starts (it follows the user between devices).
  const userId = me?.user.id;
  const userLocale = me?.user.locale;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another user signs in, not on every switch
  useEffect(() => {
    if (userLocale) void changeLanguage(userLocale);
  }, [userId]);

  if (!me) return null;
  return (
    <MeContext.Provider value={me}>
      <Shell me={me} />
    </MeContext.Provider>
  );
}

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView();
}

function Shell({ me }: { me: Me }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const matches = useMatches();
  const requiredModule = matches
    .map((match) => match.staticData.module)
    .filter((module) => module !== undefined)
    .at(-1);
  const allowed = requiredModule === undefined || hasModule(me, requiredModule);

  // Close the drawer after navigating, and when the screen grows past phone width.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacting to the path change itself
  useEffect(() => setDrawerOpen(false), [pathname, isPhone]);

  // After moving to another page, put the keyboard and screen-reader focus at the start of the new content.
  const firstPath = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacting to the path change itself
  useEffect(() => {
    if (firstPath.current) {
      firstPath.current = false;
      return;
    }
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={focusMain}>
        {t('shell.skipLink')}
      </a>
      <Layout className="shell">
        <Layout.Header className="shell-header">
          {isPhone ? (
            <Button
              type="text"
              className="header-button"
              icon={<MenuOutlined aria-hidden />}
              aria-label={t('shell.openMenu')}
              aria-expanded={drawerOpen}
              aria-controls="nav-drawer"
              onClick={() => setDrawerOpen(true)}
            />
          ) : null}
          <Link to="/" className="brand" title={t('shell.home')}>
            <StarFilled className="brand-star" aria-hidden />
            <span className="brand-name">{t('common.appName')}</span>
          </Link>
          <div className="header-spacer" />
          {hasModule(me, 'notifications') ? <NotificationBell /> : null}
          <UserMenu me={me} />
        </Layout.Header>
        <Layout hasSider={!isPhone}>
          {isPhone ? null : (
            <Layout.Sider width={256} theme="light" className="shell-sider">
              <SideNav me={me} pathname={pathname} />
            </Layout.Sider>
          )}
          <Layout.Content id={MAIN_ID} tabIndex={-1} className="shell-main">
            {allowed ? <Outlet /> : <Forbidden />}
          </Layout.Content>
        </Layout>
      </Layout>
      {isPhone ? (
        <Drawer
          id="nav-drawer"
          title={t('shell.menuTitle')}
          placement="left"
          size={300}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          closable={{ 'aria-label': t('common.close') }}
          styles={{ body: { padding: 0 } }}
        >
          <SideNav me={me} pathname={pathname} />
        </Drawer>
      ) : null}
    </>
  );
}

type MenuItem = Required<MenuProps>['items'][number];

function SideNav({ me, pathname }: { me: Me; pathname: string }) {
  const { t } = useTranslation();
  const router = useRouter();
  const entries = visibleEntries(me);
  const groups: NavGroup[] = ['work', 'reports', 'admin', 'personal'];
  const items: MenuItem[] = groups.flatMap((group): MenuItem[] => {
    const children = entries
      .filter((entry) => entry.group === group)
      .map((entry) => ({ key: entry.path, icon: entry.icon, label: t(entry.label) }));
    if (children.length === 0) return [];
    const label = navGroupLabels[group];
    return label
      ? [{ type: 'group', key: group, label: t(label), children }]
      : [{ type: 'divider' }, ...children];
  });
  const selected = currentEntry(pathname);
  return (
    <nav aria-label={t('shell.navLabel')} className="side-nav">
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected.path] : []}
        onClick={({ key }) => void router.navigate({ href: key })}
      />
    </nav>
  );
}

function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const router = useRouter();
  const changeLang = useChangeLanguage();
  const { signOutHere, signOutEverywhere } = useSignOut();
  const language = currentLanguage();

  const items: MenuProps['items'] = [
    { key: 'account', icon: <UserOutlined />, label: t('shell.account') },
    {
      type: 'group',
      key: 'language',
      label: t('lang.label'),
      children: languages.map((lang) => ({
        key: `lang:${lang}`,
        icon: lang === language ? <CheckOutlined /> : <span className="menu-icon-placeholder" />,
        label: <span lang={lang}>{t(`lang.${lang}`)}</span>,
      })),
    },
    { type: 'divider' },
    { key: 'signOut', icon: <LogoutOutlined />, label: t('shell.signOut') },
    { key: 'signOutAll', icon: <UserSwitchOutlined />, label: t('shell.signOutAll'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'account') void router.navigate({ to: '/account', search: {} });
    else if (key === 'signOut') void signOutHere();
    else if (key === 'signOutAll') signOutEverywhere();
    else if (key.startsWith('lang:')) {
      const lang = key.slice('lang:'.length);
      if (isLanguage(lang)) void changeLang(lang);
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button
        type="text"
        className="header-button user-button"
        aria-label={t('shell.userMenu', { name: me.user.fullName })}
      >
        <UserOutlined aria-hidden />
        <span className="user-name">{me.user.fullName}</span>
        <DownOutlined aria-hidden className="user-caret" />
      </Button>
    </Dropdown>
  );
}
