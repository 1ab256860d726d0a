/**
 * The order of a draft's saves, apart from React: a save starts `delayMs` after the last change; one runs at a
 * time, with the version of the last answer; changes made meanwhile go in the next one. A failed save keeps
 * its values for the next try; a stale one (someone else saved first) drops them and asks for a reload.
 */

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string }
  | { kind: 'stale' };

export interface SaveQueueOptions<V, R extends { version: number }> {
  version: number;
  delayMs: number;
  save: (values: V, version: number) => Promise<R>;
  onState: (state: SaveState) => void;
  onSaved: (result: R) => void;
  onStale: () => Promise<void>;
  isStale: (error: unknown) => boolean;
  describe: (error: unknown) => string;
}

export function createSaveQueue<V, R extends { version: number }>(options: SaveQueueOptions<V, R>) {
  let version = options.version;
  let pending: V | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> | null = null;

  const saveOnce = async (): Promise<boolean> => {
    const values = pending;
    if (values === null) return true;
    pending = null;
    options.onState({ kind: 'saving' });
    try {
      const result = await options.save(values, version);
      version = result.version;
      options.onSaved(result);
      if (pending === null) options.onState({ kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      if (options.isStale(error)) {
        pending = null;
        options.onState({ kind: 'stale' });
        await options.onStale().catch(() => undefined);
      } else {
        pending ??= values;
        options.onState({ kind: 'error', message: options.describe(error) });
      }
      return false;
    }
  };

  const run = async (): Promise<boolean> => {
    while (running) await running;
    if (pending === null) return true;
    running = saveOnce();
    try {
      return await running;
    } finally {
      running = null;
    }
  };

  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  return {
    schedule(values: V) {
      pending = values;
      options.onState({ kind: 'pending' });
      clearTimer();
      timer = setTimeout(() => {
        timer = null;
        void run();
      }, options.delayMs);
    },
    /** Saves what is left now; false when it could not be saved. */
    flush(): Promise<boolean> {
      clearTimer();
      return run();
    },
    version: () => version,
    hasPending: () => pending !== null,
  };
}
