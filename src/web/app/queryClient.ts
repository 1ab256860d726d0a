import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

type ErrorHandler = (error: unknown) => void;
let globalErrorHandler: ErrorHandler = () => {};

/** The shell registers what to do on errors that concern the whole app (session ended, 2FA enrollment). */
export function setGlobalErrorHandler(handler: ErrorHandler): void {
  globalErrorHandler = handler;
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => globalErrorHandler(error) }),
  mutationCache: new MutationCache({ onError: (error) => globalErrorHandler(error) }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      retry: (failureCount, error) => {
        const status = (error as { status?: unknown }).status;
        // 4xx answers are final; retry network trouble and 5xx twice.
        if (typeof status === 'number' && status >= 400 && status < 500) return false;
        return failureCount < 2;
      },
    },
    mutations: { retry: false },
  },
});
