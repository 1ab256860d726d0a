import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type LoadClient, type LoadResult, percentile, type Stats, summarise } from './http-load';
import { percentile as rankOf } from './inject';

/**
 * Latency of the organisation and member requests, one at a time (c=1): each request kind is a set of URLs
 * (several search words, say) measured in turn and pooled, so one lucky query does not make the figure.
 */

export interface LatencyTarget {
  key: string;
  label: string;
  /** The request as the report shows it (ids replaced by their meaning). */
  request: string;
  urls: string[];
  headers: Record<string, string>;
  /** The goal set by the issue for p95, when there is one. */
  goalMs?: number;
}

export interface LatencyRow {
  key: string;
  label: string;
  request: string;
  stats: Stats;
  p95: number;
  goalMs?: number;
  /** Responses other than 200 (not counted in the figures). */
  errors: number;
}

export interface LatencyBudget {
  warmupMs: number;
  /** Measuring time per target, split between its URLs. */
  durationMs: number;
  minSamples: number;
  maxDurationMs: number;
}

export async function measureLatencies(
  client: LoadClient,
  targets: LatencyTarget[],
  budget: LatencyBudget,
  log: (line: string) => void,
): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  for (const target of targets) {
    const results: LoadResult[] = [];
    const share = (ms: number) => Math.max(1, Math.round(ms / target.urls.length));
    for (const url of target.urls) {
      results.push(
        await client.run({
          url,
          method: 'GET',
          headers: target.headers,
          expectStatus: 200,
          concurrency: 1,
          warmupMs: share(budget.warmupMs),
          durationMs: share(budget.durationMs),
          minSamples: Math.ceil(budget.minSamples / target.urls.length),
          maxSamples: 200_000,
          maxDurationMs: share(budget.maxDurationMs),
        }),
      );
    }
    const samples = Float64Array.from(results.flatMap((r) => [...r.samples]));
    const pooled: LoadResult = {
      samples,
      elapsedMs: results.reduce((t, r) => t + r.elapsedMs, 0),
      errors: results.reduce((n, r) => n + r.errors, 0),
      unexpected: {},
    };
    const stats = summarise(pooled);
    const p95 = percentile(Float64Array.from(samples).sort(), 95);
    const row: LatencyRow = {
      key: target.key,
      label: target.label,
      request: target.request,
      stats,
      p95,
      goalMs: target.goalMs,
      errors: pooled.errors,
    };
    const goal = target.goalMs
      ? ` (goal ≤ ${target.goalMs} ms: ${p95 <= target.goalMs ? 'met' : 'NOT met'})`
      : '';
    const errors = pooled.errors ? `  ${pooled.errors} failed` : '';
    log(
      `  ${target.label.padEnd(30)} p50 ${stats.p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  ` +
        `${stats.samples} samples${goal}${errors}`,
    );
    rows.push(row);
  }
  return rows;
}

export interface SamplePlan {
  /** Answers not counted (caches, plans, the pool's connections). */
  warmup: number;
  samples: number;
}

export interface Sampled {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Times one GET through the whole app (`app.inject`), one request at a time: `warmup` answers first, then
 * `samples` timed ones. Every answer must be 200 and is handed to `check` (which may throw on a wrong total).
 */
export async function sampleGet(
  app: FastifyInstance,
  cookie: string,
  url: string,
  plan: SamplePlan,
  check: (res: LightMyRequestResponse) => void = () => {},
): Promise<Sampled> {
  const times: number[] = [];
  for (let i = 0; i < plan.warmup + plan.samples; i++) {
    const started = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    const ms = performance.now() - started;
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    if (i >= plan.warmup) times.push(ms);
    check(res);
  }
  times.sort((a, b) => a - b);
  return {
    samples: times.length,
    p50: rankOf(times, 50),
    p95: rankOf(times, 95),
    max: times.at(-1) ?? Number.NaN,
  };
}
