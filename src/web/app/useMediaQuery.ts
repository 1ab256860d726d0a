import { useCallback, useSyncExternalStore } from 'react';

/** Live result of a CSS media query, correct from the first render (no desktop flash on phones). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Phones and narrow tablets: the side navigation becomes a drawer. */
export const PHONE_QUERY = '(max-width: 767.98px)';
export const useIsPhone = () => useMediaQuery(PHONE_QUERY);
