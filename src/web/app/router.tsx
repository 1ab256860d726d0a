import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { Me } from '../../contracts/auth';
import type { ModuleKey } from '../../contracts/roles';
import { PageError, RootError } from '../components/PageError';
import { parseDocumentsSearch, parseNewDocumentSearch } from '../features/documents/search';
import type { ImportSearch } from '../features/exchange/ImportPage';
import { parseMeetingSearch, parseMeetingsSearch, parseNewMeetingSearch } from '../features/meetings/search';
import { parseMemberSearch, parseStatisticsSearch } from '../features/members/search';
import { isUnitTab, type UnitTab } from '../features/org/search';
import { parseProgramsSearch } from '../features/programs/search';
import { parseAggregateSearch } from '../features/report-aggregates/search';
import { parseFormsSearch, parseNewFormSearch } from '../features/report-forms/search';
import { parseReportsSearch } from '../features/reports/search';
import { parseTaskBoardSearch, parseTaskListSearch } from '../features/tasks/search';
import { parseSessionSearch, parseSessionsSearch } from '../features/working-sessions/search';
import { ApiError, meQueryKey } from './api';
import { clearSession, meQueryOptions } from './auth';
import { globalMessage } from './errors';
import i18n from './i18n';
import { queryClient, setGlobalErrorHandler } from './queryClient';
import { safeRedirect } from './redirect';

declare module '@tanstack/router-core' {
  interface StaticDataRouteOption {
    /** The module a page belongs to; the shell shows "no access" when `me.modules` lacks it. */
    module?: ModuleKey;
  }
}

export interface RouterContext {
  queryClient: QueryClient;
}

/** Search params arrive untyped from the URL (and numeric-looking ones as numbers): keep non-empty text. */
const text = (value: unknown): string | undefined => {
  const s = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
  return typeof s === 'string' && s.trim() !== '' ? s : undefined;
};

const isoDate = (value: unknown): string | undefined => {
  const s = text(value);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
};

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: RootError,
});

export interface LoginSearch {
  redirect?: string;
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({ redirect: text(search.redirect) }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('../features/auth/LoginPage'), 'LoginPage'),
});

/** The signed-in shell: every page below requires a session. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }): Promise<{ me: Me }> => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    if (me.totpEnrollmentRequired && location.pathname !== '/account') {
      throw redirect({ to: '/account', search: { section: 'totp' } });
    }
    return { me };
  },
  component: lazyRouteComponent(() => import('./AppLayout'), 'AppLayout'),
  errorComponent: RootError,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  staticData: { module: 'home' },
  component: lazyRouteComponent(() => import('../features/home/HomePage'), 'HomePage'),
});

export interface OrgSearch {
  unit?: string;
  /** The tree as it was on that date. */
  asOf?: string;
  /** Also show dissolved and merged units. */
  dissolved?: boolean;
}

const orgRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org',
  staticData: { module: 'org' },
  validateSearch: (search: Record<string, unknown>): OrgSearch => ({
    unit: text(search.unit),
    asOf: isoDate(search.asOf),
    dissolved: search.dissolved === true || search.dissolved === 'true' ? true : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/org/OrgPage'), 'OrgPage'),
});

export interface UnitSearch {
  tab?: UnitTab;
}

const unitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'org/units/$unitId',
  staticData: { module: 'org' },
  validateSearch: (search: Record<string, unknown>): UnitSearch => ({
    tab: isUnitTab(search.tab) ? search.tab : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/org/UnitPage'), 'UnitPage'),
});

const membersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'members',
  staticData: { module: 'members' },
  validateSearch: parseMemberSearch,
  component: lazyRouteComponent(() => import('../features/members/MembersPage'), 'MembersPage'),
});

const memberStatisticsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'members/statistics',
  staticData: { module: 'members' },
  validateSearch: parseStatisticsSearch,
  component: lazyRouteComponent(() => import('../features/members/StatisticsPage'), 'StatisticsPage'),
});

const memberImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'members/import',
  staticData: { module: 'members' },
  validateSearch: (search: Record<string, unknown>): ImportSearch => ({
    unitId: text(search.unitId),
    importId: text(search.importId),
  }),
  component: lazyRouteComponent(() => import('../features/exchange/ImportPage'), 'ImportPage'),
});

const memberRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'members/$memberId',
  staticData: { module: 'members' },
  component: lazyRouteComponent(() => import('../features/members/MemberProfilePage'), 'MemberProfilePage'),
});

export interface AdmissionSearch {
  unitId?: string;
}

const admissionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admission',
  staticData: { module: 'admission' },
  validateSearch: (search: Record<string, unknown>): AdmissionSearch => ({ unitId: text(search.unitId) }),
  component: lazyRouteComponent(() => import('../features/admission/AdmissionPage'), 'AdmissionPage'),
});

const admissionCaseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admission/cases/$caseId',
  staticData: { module: 'admission' },
  component: lazyRouteComponent(() => import('../features/admission/CasePage'), 'CasePage'),
});

const calendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/calendar',
  staticData: { module: 'admin.calendar' },
  component: lazyRouteComponent(() => import('../features/calendar/CalendarPage'), 'CalendarPage'),
});

const badgesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'badges',
  staticData: { module: 'badges' },
  validateSearch: (search: Record<string, unknown>): { unitId?: string } => ({ unitId: text(search.unitId) }),
  component: lazyRouteComponent(() => import('../features/lifecycle/BadgesPage'), 'BadgesPage'),
});

export interface ReportSynthesisSearch {
  unitId?: string;
  /** `2026-H1`, `2026-H2` or `2026`; the review being prepared now when left out. */
  period?: string;
  /** Form ids, comma separated; none: the forms with reports sent in the review. */
  forms?: string;
}

const reportSynthesisRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/synthesis',
  staticData: { module: 'reports' },
  validateSearch: (search: Record<string, unknown>): ReportSynthesisSearch => ({
    unitId: text(search.unitId),
    period: text(search.period),
    forms: text(search.forms),
  }),
  component: lazyRouteComponent(() => import('../features/report-synthesis/SynthesisPage'), 'SynthesisPage'),
});

export interface MeetingsPanelSearch {
  unitId?: string;
  /** yyyy-mm; the current month when left out. */
  month?: string;
}

const meetingsPanelRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'meetings/panel',
  staticData: { module: 'meetings.panel' },
  validateSearch: (search: Record<string, unknown>): MeetingsPanelSearch => {
    const month = text(search.month);
    return {
      unitId: text(search.unitId),
      month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    };
  },
  component: lazyRouteComponent(() => import('../features/meetings-panel/BehindPage'), 'BehindPage'),
});

const reportAggregatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/aggregate',
  staticData: { module: 'reports' },
  validateSearch: parseAggregateSearch,
  component: lazyRouteComponent(() => import('../features/report-aggregates/AggregatePage'), 'AggregatePage'),
});

export interface ReportCompletenessSearch {
  unitId?: string;
  formId?: string;
  /** A period key of the form's type; the last finished period when left out. */
  periodKey?: string;
}

const reportCompletenessRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/completeness',
  staticData: { module: 'reports' },
  validateSearch: (search: Record<string, unknown>): ReportCompletenessSearch => ({
    unitId: text(search.unitId),
    formId: text(search.formId),
    periodKey: text(search.periodKey),
  }),
  component: lazyRouteComponent(
    () => import('../features/report-completeness/CompletenessPage'),
    'CompletenessPage',
  ),
});

const ratingScalesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/rating-scales',
  staticData: { module: 'admin.ratingScales' },
  component: lazyRouteComponent(
    () => import('../features/meetings-panel/RatingScalesPage'),
    'RatingScalesPage',
  ),
});

export interface TransfersSearch {
  tab?: 'outgoing' | 'incoming' | 'temporary' | 'history';
}
const transferTabs = ['outgoing', 'incoming', 'temporary', 'history'] as const;

const transfersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'transfers',
  staticData: { module: 'transfers' },
  validateSearch: (search: Record<string, unknown>): TransfersSearch => ({
    tab: transferTabs.find((tab) => tab === search.tab),
  }),
  component: lazyRouteComponent(() => import('../features/transfers/TransfersPage'), 'TransfersPage'),
});

const meetingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'meetings',
  staticData: { module: 'meetings' },
  validateSearch: parseMeetingsSearch,
  component: lazyRouteComponent(() => import('../features/meetings/MeetingsPage'), 'MeetingsPage'),
});

const newMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'meetings/new',
  staticData: { module: 'meetings' },
  validateSearch: parseNewMeetingSearch,
  component: lazyRouteComponent(() => import('../features/meetings/MeetingFormPages'), 'NewMeetingPage'),
});

const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'meetings/$meetingId',
  staticData: { module: 'meetings' },
  validateSearch: parseMeetingSearch,
  component: lazyRouteComponent(() => import('../features/meetings/MeetingPage'), 'MeetingPage'),
});

const editMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'meetings/$meetingId/edit',
  staticData: { module: 'meetings' },
  component: lazyRouteComponent(() => import('../features/meetings/MeetingFormPages'), 'EditMeetingPage'),
});

const checkInRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'check-in/$secret',
  staticData: { module: 'meetings' },
  component: lazyRouteComponent(() => import('../features/meetings/CheckInPage'), 'CheckInPage'),
});

const programsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'programs',
  staticData: { module: 'programs' },
  validateSearch: parseProgramsSearch,
  component: lazyRouteComponent(() => import('../features/programs/ProgramsPage'), 'ProgramsPage'),
});

const programRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'programs/$programId',
  staticData: { module: 'programs' },
  component: lazyRouteComponent(() => import('../features/programs/ProgramPage'), 'ProgramPage'),
});

const workingSessionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'working-sessions',
  staticData: { module: 'tasks' },
  validateSearch: parseSessionsSearch,
  component: lazyRouteComponent(() => import('../features/working-sessions/SessionsPage'), 'SessionsPage'),
});

const newWorkingSessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'working-sessions/new',
  staticData: { module: 'tasks' },
  validateSearch: parseSessionsSearch,
  component: lazyRouteComponent(
    () => import('../features/working-sessions/SessionFormPages'),
    'NewSessionPage',
  ),
});

const workingSessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'working-sessions/$sessionId',
  staticData: { module: 'tasks' },
  validateSearch: parseSessionSearch,
  component: lazyRouteComponent(() => import('../features/working-sessions/SessionPage'), 'SessionPage'),
});

const editWorkingSessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'working-sessions/$sessionId/edit',
  staticData: { module: 'tasks' },
  component: lazyRouteComponent(
    () => import('../features/working-sessions/SessionFormPages'),
    'EditSessionPage',
  ),
});

const documentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'documents',
  staticData: { module: 'documents' },
  validateSearch: parseDocumentsSearch,
  component: lazyRouteComponent(() => import('../features/documents/DocumentsPage'), 'DocumentsPage'),
});

const newDocumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'documents/new',
  staticData: { module: 'documents' },
  validateSearch: parseNewDocumentSearch,
  component: lazyRouteComponent(() => import('../features/documents/DocumentFormPages'), 'NewDocumentPage'),
});

const documentNumbersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'documents/numbers',
  staticData: { module: 'documents' },
  validateSearch: (search: Record<string, unknown>): { issuerId?: string } => ({
    issuerId: text(search.issuerId),
  }),
  component: lazyRouteComponent(() => import('../features/documents/NumbersPage'), 'NumbersPage'),
});

const documentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'documents/$documentId',
  staticData: { module: 'documents' },
  component: lazyRouteComponent(() => import('../features/documents/DocumentPage'), 'DocumentPage'),
});

const editDocumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'documents/$documentId/edit',
  staticData: { module: 'documents' },
  component: lazyRouteComponent(() => import('../features/documents/DocumentFormPages'), 'EditDocumentPage'),
});

const studyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'study',
  staticData: { module: 'documents' },
  component: lazyRouteComponent(() => import('../features/documents-study/StudyPage'), 'StudyPage'),
});

const studyAssignmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'study/$assignmentId',
  staticData: { module: 'documents' },
  component: lazyRouteComponent(() => import('../features/documents-study/AssignmentPage'), 'AssignmentPage'),
});

const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'tasks',
  staticData: { module: 'tasks' },
  validateSearch: parseTaskBoardSearch,
  component: lazyRouteComponent(() => import('../features/tasks/TaskBoardPage'), 'TaskBoardPage'),
});

const taskListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'tasks/list',
  staticData: { module: 'tasks' },
  validateSearch: parseTaskListSearch,
  component: lazyRouteComponent(() => import('../features/tasks/TaskListPage'), 'TaskListPage'),
});

const taskRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'tasks/$taskId',
  staticData: { module: 'tasks' },
  component: lazyRouteComponent(() => import('../features/tasks/TaskPage'), 'TaskPage'),
});

const petitionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'petitions',
  staticData: { module: 'petitions' },
  component: lazyRouteComponent(() => import('../features/petitions/PetitionsPage'), 'PetitionsPage'),
});

const petitionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'petitions/$petitionId',
  staticData: { module: 'petitions' },
  component: lazyRouteComponent(() => import('../features/petitions/PetitionPage'), 'PetitionPage'),
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports',
  staticData: { module: 'reports' },
  validateSearch: parseReportsSearch,
  component: lazyRouteComponent(() => import('../features/reports/ReportsPage'), 'ReportsPage'),
});

const reportSubmissionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/$submissionId',
  staticData: { module: 'reports' },
  component: lazyRouteComponent(() => import('../features/reports/SubmissionPage'), 'SubmissionPage'),
});

const reportIdeologyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/ideology',
  staticData: { module: 'reports' },
  component: lazyRouteComponent(
    () => import('../features/report-ideology/ReportIdeologyPage'),
    'ReportIdeologyPage',
  ),
});

export interface AccountSearch {
  section?: 'totp';
}

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'account',
  staticData: { module: 'account' },
  validateSearch: (search: Record<string, unknown>): AccountSearch => ({
    section: search.section === 'totp' ? 'totp' : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/account/AccountPage'), 'AccountPage'),
});

export interface NotificationsSearch {
  filter?: 'unread';
}

const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'notifications',
  staticData: { module: 'notifications' },
  validateSearch: (search: Record<string, unknown>): NotificationsSearch => ({
    filter: search.filter === 'unread' ? 'unread' : undefined,
  }),
  component: lazyRouteComponent(
    () => import('../features/notifications/NotificationsPage'),
    'NotificationsPage',
  ),
});

export interface UsersSearch {
  q?: string;
}

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/users',
  staticData: { module: 'admin.users' },
  validateSearch: (search: Record<string, unknown>): UsersSearch => ({ q: text(search.q) }),
  component: lazyRouteComponent(() => import('../features/admin/UsersPage'), 'UsersPage'),
});

export interface AuditSearch {
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
}

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/audit',
  staticData: { module: 'admin.audit' },
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({
    entity: text(search.entity),
    entityId: text(search.entityId),
    actorId: text(search.actorId),
    action: text(search.action),
    from: isoDate(search.from),
    to: isoDate(search.to),
  }),
  component: lazyRouteComponent(() => import('../features/audit/AuditPage'), 'AuditPage'),
});

/** Any other address inside the shell: a 404 page with the navigation still around it. */
const notFoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '$',
  component: lazyRouteComponent(() => import('../features/errors/NotFoundPage'), 'NotFoundPage'),
});

const reportFormsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/forms',
  staticData: { module: 'reports' },
  validateSearch: parseFormsSearch,
  component: lazyRouteComponent(() => import('../features/report-forms/FormsPage'), 'FormsPage'),
});

const newReportFormRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/forms/new',
  staticData: { module: 'reports' },
  validateSearch: parseNewFormSearch,
  component: lazyRouteComponent(() => import('../features/report-forms/FormPages'), 'NewFormPage'),
});

const reportFormRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/forms/$formId',
  staticData: { module: 'reports' },
  component: lazyRouteComponent(() => import('../features/report-forms/FormPages'), 'FormPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    orgRoute,
    unitRoute,
    membersRoute,
    memberStatisticsRoute,
    memberImportRoute,
    memberRoute,
    transfersRoute,
    admissionRoute,
    admissionCaseRoute,
    calendarRoute,
    badgesRoute,
    reportSynthesisRoute,
    meetingsRoute,
    newMeetingRoute,
    meetingRoute,
    editMeetingRoute,
    checkInRoute,
    programsRoute,
    programRoute,
    reportFormsRoute,
    newReportFormRoute,
    reportFormRoute,
    workingSessionsRoute,
    newWorkingSessionRoute,
    workingSessionRoute,
    editWorkingSessionRoute,
    documentsRoute,
    newDocumentRoute,
    documentNumbersRoute,
    documentRoute,
    editDocumentRoute,
    meetingsPanelRoute,
    reportCompletenessRoute,
    ratingScalesRoute,
    reportAggregatesRoute,
    studyRoute,
    studyAssignmentRoute,
    tasksRoute,
    taskListRoute,
    taskRoute,
    petitionsRoute,
    petitionRoute,
    reportsRoute,
    reportSubmissionRoute,
    reportIdeologyRoute,
    accountRoute,
    notificationsRoute,
    usersRoute,
    auditRoute,
    notFoundRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  defaultErrorComponent: PageError,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

/** Errors that concern the whole app, whichever page met them first. */
setGlobalErrorHandler((error) => {
  if (!(error instanceof ApiError)) return;
  if (error.status === 401 && error.code === 'UNAUTHENTICATED') {
    if (!queryClient.getQueryData<Me | null>(meQueryKey)) return;
    clearSession();
    void globalMessage()?.warning(i18n.t('shell.sessionExpired'));
    void router.navigate({ to: '/login', search: { redirect: router.state.location.href } });
  } else if (error.status === 403 && error.code === 'TOTP_ENROLLMENT_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
    void router.navigate({ to: '/account', search: { section: 'totp' } });
  } else if (error.status === 403 && error.code === 'CSRF') {
    // The session's CSRF token changed (e.g. after signing in elsewhere): fetch the current one.
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  }
});
