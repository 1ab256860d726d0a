/**
 * The HTTP client of the benchmark, run in a worker thread so that sending requests and reading responses do
 * not share the event loop of the server under test. Plain node:http with keep-alive connections (the same
 * client for the bare route and the application), one latency sample per request from hrtime.
 */
import http from 'node:http';
import { parentPort } from 'node:worker_threads';
import type { LoadRequest, LoadResult, WorkerMessage } from './http-load';

function once(agent: http.Agent, target: URL, spec: LoadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: spec.method,
        headers: spec.headers,
      },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (spec.body !== undefined) req.end(spec.body);
    else req.end();
  });
}

async function run(spec: LoadRequest): Promise<LoadResult> {
  const target = new URL(spec.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const capacity = spec.maxSamples;
  const samples = new Float64Array(capacity);
  let count = 0;
  let errors = 0;
  const unexpected: Record<string, number> = {};

  const loop = async (deadline: number, record: boolean): Promise<void> => {
    while (performance.now() < deadline) {
      if (record && count >= capacity) return;
      const start = process.hrtime.bigint();
      let status = 0;
      try {
        status = await once(agent, target, spec);
      } catch {
        errors++;
        continue;
      }
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (status !== spec.expectStatus) {
        errors++;
        unexpected[String(status)] = (unexpected[String(status)] ?? 0) + 1;
        continue;
      }
      if (record && count < capacity) samples[count++] = ms;
    }
  };

  // Warm-up: JIT, connection set-up, database caches. Nothing recorded.
  const warmDeadline = performance.now() + spec.warmupMs;
  await Promise.all(Array.from({ length: spec.concurrency }, () => loop(warmDeadline, false)));

  const started = performance.now();
  const deadline = started + spec.durationMs;
  await Promise.all(Array.from({ length: spec.concurrency }, () => loop(deadline, true)));
  // Too few samples in the time given (slow requests): keep going up to the hard limit.
  if (count < spec.minSamples) {
    const hardDeadline = started + spec.maxDurationMs;
    while (count < spec.minSamples && performance.now() < hardDeadline) {
      await Promise.all(
        Array.from({ length: spec.concurrency }, () =>
          loop(Math.min(hardDeadline, performance.now() + 250), true),
        ),
      );
    }
  }
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { samples: samples.slice(0, count), elapsedMs, errors, unexpected };
}

parentPort?.on('message', async (message: WorkerMessage) => {
  try {
    const result = await run(message.spec);
    parentPort?.postMessage({ id: message.id, result }, [result.samples.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
