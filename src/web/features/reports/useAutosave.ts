import { useEffect, useRef, useState } from 'react';
import type { SubmissionValues } from '../../../contracts/reports';
import { isApiError } from '../../app/api';
import { errorText } from '../../app/errors';
import { type SubmissionDetail, saveSubmission } from './api';
import { createSaveQueue, type SaveState } from './saveQueue';

export type { SaveState };

export const AUTOSAVE_DELAY_MS = 1500;

interface Options {
  id: string;
  version: number;
  onSaved: (detail: SubmissionDetail) => void;
  /** Someone else saved first (409): reload the report; the page tells the user. */
  onStale: () => Promise<void>;
}

/** Saves a draft as it is typed (1.5 s after the last change); `flush` saves what is left now (before sending). */
export function useAutosave({ id, version, onSaved, onStale }: Options) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const callbacks = useRef({ onSaved, onStale });
  callbacks.current = { onSaved, onStale };
  const [queue] = useState(() =>
    createSaveQueue<SubmissionValues, SubmissionDetail>({
      version,
      delayMs: AUTOSAVE_DELAY_MS,
      save: (values, current) => saveSubmission(id, { values, version: current }),
      onState: setState,
      onSaved: (detail) => callbacks.current.onSaved(detail),
      onStale: () => callbacks.current.onStale(),
      isStale: (error) => isApiError(error) && error.status === 409,
      describe: errorText,
    }),
  );

  const unsaved = state.kind === 'pending' || state.kind === 'saving' || state.kind === 'error';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  // Leaving the page inside the app: what was typed is saved all the same.
  useEffect(
    () => () => {
      if (queue.hasPending()) void queue.flush();
    },
    [queue],
  );

  return {
    state,
    schedule: queue.schedule,
    flush: queue.flush,
    currentVersion: queue.version,
  };
}
