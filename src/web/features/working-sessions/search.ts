const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** /working-sessions?unitId=… */
export interface SessionsSearch {
  unitId?: string;
}
export const parseSessionsSearch = (search: Record<string, unknown>): SessionsSearch => ({
  unitId: str(search.unitId),
});

export const sessionTabs = ['record', 'conclusions', 'followUp'] as const;
export type SessionTab = (typeof sessionTabs)[number];
export const isSessionTab = (value: unknown): value is SessionTab =>
  typeof value === 'string' && (sessionTabs as readonly string[]).includes(value);
export const parseSessionSearch = (search: Record<string, unknown>): { tab?: SessionTab } => ({
  tab: isSessionTab(search.tab) ? search.tab : undefined,
});
