export type MeetingsView = 'calendar' | 'list' | 'attendance';

/** The meetings page's state in the address bar: /meetings?unitId=…&month=2026-03&view=list */
export interface MeetingsSearch {
  unitId?: string;
  /** yyyy-mm; the current month when left out. */
  month?: string;
  view?: MeetingsView;
  /** Also the meetings of the units below (a committee looking at all its cells). */
  subtree?: boolean;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

export function parseMeetingsSearch(search: Record<string, unknown>): MeetingsSearch {
  const month = str(search.month);
  return {
    unitId: str(search.unitId),
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    view:
      search.view === 'list' || search.view === 'calendar' || search.view === 'attendance'
        ? search.view
        : undefined,
    subtree: search.subtree === true || search.subtree === 'true' ? true : undefined,
  };
}

/** ?from=<meeting id>: the create form opens prefilled with the plan drafted from that meeting. */
export interface NewMeetingSearch {
  from?: string;
  unitId?: string;
}

export const parseNewMeetingSearch = (search: Record<string, unknown>): NewMeetingSearch => ({
  from: str(search.from),
  unitId: str(search.unitId),
});

export const meetingTabs = ['agenda', 'documents', 'attendance', 'minutes', 'conclusions'] as const;
export type MeetingTab = (typeof meetingTabs)[number];
export const isMeetingTab = (value: unknown): value is MeetingTab =>
  typeof value === 'string' && (meetingTabs as readonly string[]).includes(value);

export const parseMeetingSearch = (search: Record<string, unknown>): { tab?: MeetingTab } => ({
  tab: isMeetingTab(search.tab) ? search.tab : undefined,
});
