import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useShowError } from './errors';

/**
 * Runs a task (a save, a request) and says whether one is running, for a button's spinner. A failure is shown
 * next to the field of `form` it names when there is one, else as a message; to handle some failures another
 * way, catch them in the task and rethrow the rest.
 */
export function useBusy() {
  const showError = useShowError();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (task: () => Promise<void>, form?: FormInstance) => {
      setBusy(true);
      try {
        await task();
      } catch (error) {
        showError(error, form);
      } finally {
        setBusy(false);
      }
    },
    [showError],
  );

  return { busy, run };
}
