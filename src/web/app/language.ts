import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Me } from '../../contracts/auth';
import { apiPut, meQueryKey } from './api';
import { useShowError } from './errors';
import { changeLanguage, type Language } from './i18n';

/**
 * Switches the interface language at once; when signed in, also saves the choice to the account so that it
 * follows the user to other devices.
 */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  const showError = useShowError();
  return useCallback(
    async (language: Language) => {
      await changeLanguage(language);
      const me = queryClient.getQueryData<Me | null>(meQueryKey);
      if (!me || me.user.locale === language) return;
      try {
        await apiPut('/api/auth/locale', { locale: language });
        queryClient.setQueryData<Me | null>(meQueryKey, (current) =>
          current ? { ...current, user: { ...current.user, locale: language } } : current,
        );
      } catch (error) {
        showError(error);
      }
    },
    [queryClient, showError],
  );
}
