import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';

export interface Machine {
  cpu: string;
  cores: number;
  cpuQuota: string | null;
  memory: string;
  os: string;
  kernel: string;
  node: string;
  fastify: string;
  pglite: string;
  date: string;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews the figures. */
  loadStart: [number, number, number];
}

export function loadAverage(): [number, number, number] {
  const [a = 0, b = 0, c = 0] = os.loadavg();
  return [a, b, c].map((v) => Math.round(v * 100) / 100) as [number, number, number];
}

function readOr(path: string, fallback: string | null): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

function osName(): string {
  const release = readOr('/etc/os-release', null);
  const pretty = release?.match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1];
  return pretty ?? `${os.type()} ${os.release()}`;
}

function cpuModel(): string {
  const model = os.cpus()[0]?.model?.trim();
  if (model && model !== 'unknown') return model;
  const info = readOr('/proc/cpuinfo', '') ?? '';
  return info.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? 'unknown';
}

/** A container's CPU limit (cgroup v2), when it has one. */
function cpuQuota(): string | null {
  const max = readOr('/sys/fs/cgroup/cpu.max', null)?.trim();
  if (!max) return null;
  const [quota, period] = max.split(/\s+/);
  if (!quota || quota === 'max' || !period) return null;
  return `${(Number(quota) / Number(period)).toFixed(2)} CPUs (cgroup)`;
}

/** The installed version of a package, found by walking up from its entry point (exports may hide package.json). */
export function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    let dir = dirname(require.resolve(name));
    for (let i = 0; i < 6; i++) {
      const pkgPath = join(dir, 'package.json');
      if (existsSync(pkgPath)) {
        const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name && pkg.version) return pkg.version;
      }
      dir = dirname(dir);
    }
  } catch {
    // not installed
  }
  return 'unknown';
}

export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    cpuQuota: cpuQuota(),
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: osName(),
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    fastify: packageVersion('fastify'),
    pglite: packageVersion('@electric-sql/pglite'),
    date: new Date().toISOString(),
    loadStart: loadAverage(),
  };
}

/** The closing lines of a benchmark file: when, on what, at what load, and the command that wrote it. */
export function measuredLines(machine: Machine, command: string): string[] {
  const loads = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');
  return [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cpu}, ${os.cpus().length} cores, ${machine.memory}, Node ${machine.node};`,
    `load average ${loads(machine.loadStart)} at the start, ${loads(loadAverage())} at the end`,
    `(other work on the machine slows every figure). Command: \`${command}\`.`,
  ];
}
