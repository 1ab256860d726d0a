import { queryOptions } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Me } from '../../contracts/auth';
import type { ModuleKey } from '../../contracts/roles';
import { apiGet, apiPost, isApiError, meQueryKey } from './api';
import { queryClient } from './queryClient';

/** The signed-in user, or `null` when signed out (the API answers 401). */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      return await apiGet<Me>('/api/auth/me', undefined, signal);
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export const MeContext = createContext<Me | null>(null);

/** The signed-in user; only for components rendered inside the signed-in shell. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() used outside the signed-in shell');
  return me;
}

/** Whether the user may use a module now (only the account page while a required 2FA is not set up). */
export const hasModule = (me: Me, module: ModuleKey): boolean =>
  me.modules.includes(module) && (!me.totpEnrollmentRequired || module === 'account');

/** Forgets everything cached for the previous user and records that nobody is signed in. */
export function clearSession(): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

export function setSignedIn(me: Me): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, me);
}

export async function signOut(everywhere = false): Promise<void> {
  try {
    await apiPost(everywhere ? '/api/auth/logout-all' : '/api/auth/logout');
  } catch (error) {
    // Already signed out on the server: nothing left to do.
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
  clearSession();
}
