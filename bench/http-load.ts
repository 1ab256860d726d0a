import { Worker } from 'node:worker_threads';

/** One request shape, sent over and over by the load worker. */
export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Responses with another status count as errors and give no sample. */
  expectStatus: number;
  /** Requests in flight at once (one keep-alive connection each). */
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Keeps measuring past durationMs until this many samples, up to maxDurationMs. */
  minSamples: number;
  maxSamples: number;
  maxDurationMs: number;
}

export interface LoadResult {
  /** Latency of each successful request in milliseconds, in completion order. */
  samples: Float64Array;
  elapsedMs: number;
  errors: number;
  unexpected: Record<string, number>;
}

export interface WorkerMessage {
  id: number;
  spec: LoadRequest;
}

type WorkerReply = { id: number; result: LoadResult } | { id: number; error: string };

export interface Stats {
  samples: number;
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  /** Completed requests per second over the measured window. */
  rps: number;
  errors: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function summarise(result: LoadResult): Stats {
  const sorted = Float64Array.from(result.samples).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    rps: result.elapsedMs > 0 ? (sorted.length / result.elapsedMs) * 1000 : 0,
    errors: result.errors,
  };
}

/** Drives the load worker thread: one measurement at a time. */
export class LoadClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: LoadResult) => void; reject: (e: Error) => void }
  >();

  constructor() {
    this.worker = new Worker(new URL('./load-worker.ts', import.meta.url));
    this.worker.on('message', (reply: WorkerReply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if ('error' in reply) waiter.reject(new Error(reply.error));
      else waiter.resolve(reply.result);
    });
    this.worker.on('error', (error) => {
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    });
  }

  run(spec: LoadRequest): Promise<LoadResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, spec } satisfies WorkerMessage);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
