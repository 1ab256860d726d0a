import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FormOutlined,
  FundOutlined,
  HomeOutlined,
  IdcardOutlined,
  MessageOutlined,
  PieChartOutlined,
  ProfileOutlined,
  ReadOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  StarOutlined,
  SwapOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import type { Me } from '../../contracts/auth';
import type { ModuleKey } from '../../contracts/roles';
import { hasModule } from './auth';

export type NavGroup = 'work' | 'reports' | 'admin' | 'personal';

export interface NavEntry {
  /** The module key the server lists in `me.modules` for users who may use it. */
  module: ModuleKey;
  /** The route path the entry opens; also the prefix that marks it as current. */
  path: string;
  label: ParseKeys;
  icon: ReactNode;
  group: NavGroup;
  /** Shown among the quick links of the home page. */
  quickLink?: boolean;
}

/**
 * Everything the navigation can show, in order. A new module adds one entry here (and its route in router.tsx);
 * the side menu, the phone drawer and the home page's quick links follow.
 */
export const navEntries: readonly NavEntry[] = [
  { module: 'home', path: '/', label: 'nav.home', icon: <HomeOutlined />, group: 'work' },
  {
    module: 'org',
    path: '/org',
    label: 'nav.org',
    icon: <ApartmentOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'members',
    path: '/members',
    label: 'members.nav',
    icon: <IdcardOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'admission',
    path: '/admission',
    label: 'admission.nav',
    icon: <UserAddOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'badges',
    path: '/badges',
    label: 'lifecycle.nav',
    icon: <TrophyOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'transfers',
    path: '/transfers',
    label: 'transfers.nav',
    icon: <SwapOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'meetings',
    path: '/meetings',
    label: 'meetings.nav',
    icon: <ScheduleOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'meetings.panel',
    path: '/meetings/panel',
    label: 'meetingsPanel.nav',
    icon: <FundOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'documents',
    path: '/documents',
    label: 'documents.nav',
    icon: <FileTextOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'documents',
    path: '/study',
    label: 'documentsStudy.nav',
    icon: <ReadOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'programs',
    path: '/programs',
    label: 'programs.nav',
    icon: <CarryOutOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'tasks',
    path: '/tasks',
    label: 'tasks.nav',
    icon: <CheckSquareOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'tasks',
    path: '/working-sessions',
    label: 'workingSessions.nav',
    icon: <SolutionOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'petitions',
    path: '/petitions',
    label: 'petitions.nav',
    icon: <MessageOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'reports',
    path: '/reports',
    label: 'reports.nav',
    icon: <FormOutlined />,
    group: 'reports',
    quickLink: true,
  },
  {
    module: 'reports',
    path: '/reports/completeness',
    label: 'reportCompleteness.nav',
    icon: <PieChartOutlined />,
    group: 'reports',
    quickLink: true,
  },
  {
    module: 'reports',
    path: '/reports/aggregate',
    label: 'reportAggregates.nav',
    icon: <BarChartOutlined />,
    group: 'reports',
    quickLink: true,
  },
  {
    module: 'reports',
    path: '/reports/ideology',
    label: 'reportIdeology.nav',
    icon: <CommentOutlined />,
    group: 'reports',
    quickLink: true,
  },
  {
    module: 'reports',
    path: '/reports/synthesis',
    label: 'reportSynthesis.nav',
    icon: <FileWordOutlined />,
    group: 'reports',
  },
  {
    module: 'reports',
    path: '/reports/forms',
    label: 'reportForms.nav',
    icon: <ProfileOutlined />,
    group: 'reports',
  },
  {
    module: 'notifications',
    path: '/notifications',
    label: 'nav.notifications',
    icon: <BellOutlined />,
    group: 'work',
    quickLink: true,
  },
  {
    module: 'admin.users',
    path: '/admin/users',
    label: 'nav.adminUsers',
    icon: <TeamOutlined />,
    group: 'admin',
    quickLink: true,
  },
  {
    module: 'admin.audit',
    path: '/admin/audit',
    label: 'nav.adminAudit',
    icon: <AuditOutlined />,
    group: 'admin',
    quickLink: true,
  },
  {
    module: 'admin.calendar',
    path: '/admin/calendar',
    label: 'calendar.nav',
    icon: <CalendarOutlined />,
    group: 'admin',
    quickLink: true,
  },
  {
    module: 'admin.ratingScales',
    path: '/admin/rating-scales',
    label: 'ratingScales.nav',
    icon: <StarOutlined />,
    group: 'admin',
  },
  {
    module: 'account',
    path: '/account',
    label: 'nav.account',
    icon: <UserOutlined />,
    group: 'personal',
    quickLink: true,
  },
];

export const navGroupLabels: Record<NavGroup, ParseKeys | null> = {
  work: 'nav.groupWork',
  reports: 'nav.groupReports',
  admin: 'nav.groupAdmin',
  personal: null,
};

export const visibleEntries = (me: Me): NavEntry[] =>
  navEntries.filter((entry) => hasModule(me, entry.module));

/** The entry whose path is the longest prefix of the current path (so /admin/users/x still marks Users). */
export function currentEntry(pathname: string): NavEntry | undefined {
  let best: NavEntry | undefined;
  for (const entry of navEntries) {
    const matches =
      entry.path === '/'
        ? pathname === '/'
        : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best;
}
