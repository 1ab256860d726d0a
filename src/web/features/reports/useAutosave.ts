import { useCallback, useEffect, useRef, useState } from 'react';
import type { SubmissionValues } from '../../../contracts/reports';
import { isApiError } from '../../app/api';
import { errorText } from '../../app/errors';
import { type SubmissionDetail, saveSubmission } from './api';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string }
  | { kind: 'stale' };

export const AUTOSAVE_DELAY_MS = 1500;

interface Options {
  id: string;
  version: number;
  onSaved: (detail: SubmissionDetail) => void;
  /** Someone else saved first (409): reload the report; the page tells the user. */
  onStale: () => Promise<void>;
}

/**
 * Saves a draft as it is typed: 1.5 s after the last change, one save at a time (changes made during a save
 * go in the next one), with the version of the last answer. `flush` saves what is left now (before sending).
 */
export function useAutosave({ id, version, onSaved, onStale }: Options) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const versionRef = useRef(version);
  const pending = useRef<SubmissionValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const callbacks = useRef({ onSaved, onStale });
  callbacks.current = { onSaved, onStale };

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const values = pending.current;
    if (values === null) return true;
    pending.current = null;
    setState({ kind: 'saving' });
    try {
      const detail = await saveSubmission(id, { values, version: versionRef.current });
      versionRef.current = detail.version;
      callbacks.current.onSaved(detail);
      if (pending.current === null) setState({ kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        pending.current = null;
        setState({ kind: 'stale' });
        await callbacks.current.onStale().catch(() => undefined);
      } else {
        // Keep the values for the next try unless newer ones came meanwhile.
        pending.current ??= values;
        setState({ kind: 'error', message: errorText(error) });
      }
      return false;
    }
  }, [id]);

  const run = useCallback(async (): Promise<boolean> => {
    while (running.current) await running.current;
    if (pending.current === null) return true;
    const job = saveOnce();
    running.current = job;
    try {
      return await job;
    } finally {
      running.current = null;
    }
  }, [saveOnce]);

  const schedule = useCallback(
    (values: SubmissionValues) => {
      pending.current = values;
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void run();
      }, AUTOSAVE_DELAY_MS);
    },
    [run],
  );

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    return run();
  }, [run]);

  /** After the report was replaced by another answer (figures refreshed, reloaded): go on from its version. */
  const reset = useCallback((nextVersion: number) => {
    versionRef.current = nextVersion;
    pending.current = null;
    setState({ kind: 'idle' });
  }, []);

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
      if (timer.current) clearTimeout(timer.current);
      if (pending.current !== null) void run();
    },
    [run],
  );

  return { state, schedule, flush, reset, currentVersion: () => versionRef.current };
}
