import type { Locale } from './i18n/locale';

export interface Actor {
  id: string;
  username: string;
}

/** Who is acting, from where: carried into every mutation so its audit row writes itself. */
export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
  locale: Locale;
}

export const systemContext = (requestId = 'system'): RequestContext => ({
  actor: null,
  ip: null,
  requestId,
  locale: 'vi',
});
