import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * PGlite has no lock on its data directory: two processes on one directory lose writes. We take an exclusive
 * lock file (created with O_EXCL, holding our pid); a lock left by a dead process is stale and taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình ${pid} sử dụng; không thể mở lần thứ hai.\n` +
        `The data directory ${dataDir} is in use by process ${pid}; it cannot be opened twice.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files this process holds: a lock naming our own pid is either one of these or stale. */
const held = new Set<string>();

/**
 * The pid in a lock file. A file that is still empty is being written by the process that just created it:
 * wait for the pid (briefly) rather than take it for stale. `null`: gone, or left empty by a process that died.
 */
function readHolder(file: string): number | null {
  for (let wait = 0; wait < 50; wait++) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const holder = Number.parseInt(text, 10);
    if (Number.isInteger(holder)) return holder;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  return null;
}

export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(resolve(dataDir), 'dangbo.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(file);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held.delete(file);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      // Our own pid but not our lock: left by an earlier process that had the same pid (a container's pid 1).
      const ours = holder === process.pid && held.has(file);
      if (holder !== null && (ours || (holder !== process.pid && isAlive(holder)))) {
        throw new DataDirLockedError(dataDir, holder);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${file}`);
}
