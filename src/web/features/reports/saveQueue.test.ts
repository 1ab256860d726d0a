import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue, type SaveState } from './saveQueue';

interface Answer {
  version: number;
}

class Stale extends Error {}

/** A server that answers each save when told to, so that the test decides what overlaps. */
function setUp(version = 1) {
  const calls: { values: string; version: number; answer: (a: Answer) => void; fail: (e: Error) => void }[] =
    [];
  const states: SaveState['kind'][] = [];
  const saved: number[] = [];
  const onStale = vi.fn(async () => undefined);
  const queue = createSaveQueue<string, Answer>({
    version,
    delayMs: 1500,
    save: (values, current) =>
      new Promise<Answer>((answer, fail) => calls.push({ values, version: current, answer, fail })),
    onState: (state) => states.push(state.kind),
    onSaved: (answer) => saved.push(answer.version),
    onStale,
    isStale: (error) => error instanceof Stale,
    describe: (error) => String(error),
  });
  return { queue, calls, states, saved, onStale };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('draft saves', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing and saves the last values once', async () => {
    const { queue, calls } = setUp();
    queue.schedule('a');
    await vi.advanceTimersByTimeAsync(1000);
    queue.schedule('ab');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls.map((c) => [c.values, c.version])).toEqual([['ab', 1]]);
  });

  it('runs one save at a time and sends the next with the version of the last answer', async () => {
    const { queue, calls, saved, states } = setUp(3);
    queue.schedule('a');
    await vi.advanceTimersByTimeAsync(1500);
    queue.schedule('ab');
    await vi.advanceTimersByTimeAsync(1500);
    expect(calls).toHaveLength(1);
    calls[0]?.answer({ version: 4 });
    await settle();
    expect(calls.map((c) => [c.values, c.version])).toEqual([
      ['a', 3],
      ['ab', 4],
    ]);
    calls[1]?.answer({ version: 5 });
    await settle();
    expect(saved).toEqual([4, 5]);
    expect(queue.version()).toBe(5);
    expect(states.at(-1)).toBe('saved');
  });

  it('flushes at once (before sending) and says whether it worked', async () => {
    const { queue, calls } = setUp();
    queue.schedule('a');
    const flushed = queue.flush();
    await settle();
    calls[0]?.answer({ version: 2 });
    await expect(flushed).resolves.toBe(true);
    await expect(queue.flush()).resolves.toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('keeps the values of a failed save for the next try', async () => {
    const { queue, calls, states } = setUp();
    queue.schedule('a');
    const first = queue.flush();
    await settle();
    calls[0]?.fail(new Error('network'));
    await expect(first).resolves.toBe(false);
    expect(states.at(-1)).toBe('error');
    expect(queue.hasPending()).toBe(true);
    const second = queue.flush();
    await settle();
    expect(calls[1]?.values).toBe('a');
    calls[1]?.answer({ version: 2 });
    await expect(second).resolves.toBe(true);
  });

  it('drops the values of a stale save and asks for a reload', async () => {
    const { queue, calls, states, onStale } = setUp();
    queue.schedule('a');
    const flushed = queue.flush();
    await settle();
    calls[0]?.fail(new Stale());
    await expect(flushed).resolves.toBe(false);
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(states).toContain('stale');
    expect(queue.hasPending()).toBe(false);
    await expect(queue.flush()).resolves.toBe(true);
    expect(calls).toHaveLength(1);
  });
});
