import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface StoredFile {
  /** Where the bytes live, relative to the store root: `yyyy/mm/<uuid>`. */
  key: string;
  sha256: string;
  size: number;
}

/**
 * Attached files on disk. A file is written under `tmp/` first and moved to its place only when the caller's
 * transaction is about to commit: `stage` → (transaction) → `keep` or `discard`, so a failed upload leaves
 * neither a row nor a file, and a crash leaves at most a file under `tmp/`, which `sweep` removes.
 */
export class FileStore {
  constructor(readonly root: string) {}

  async stage(content: Buffer, now = new Date()): Promise<StagedFile> {
    const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const name = randomUUID();
    const staged = join(this.root, 'tmp', name);
    await mkdir(dirname(staged), { recursive: true });
    const handle = await open(staged, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const sha256 = createHash('sha256').update(content).digest('hex');
    return new StagedFile(this, staged, { key: `${month}/${name}`, sha256, size: content.length });
  }

  path(key: string): string {
    if (!/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`not a file store key: ${key}`);
    return join(this.root, key);
  }

  /** Writes a file under a known key (a restore), through `tmp/` so a reader never sees half a file. */
  async put(key: string, content: Buffer): Promise<void> {
    const target = this.path(key);
    const staged = join(this.root, 'tmp', randomUUID());
    await mkdir(dirname(staged), { recursive: true });
    await writeFile(staged, content);
    await mkdir(dirname(target), { recursive: true });
    await rename(staged, target);
  }

  read(key: string): ReadStream {
    return createReadStream(this.path(key));
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.path(key)).then(
      () => true,
      () => false,
    );
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  /** Removes staged files older than `olderThanMs` (left by a process that died mid-upload). */
  async sweep(olderThanMs = 3_600_000, now = Date.now()): Promise<number> {
    const dir = join(this.root, 'tmp');
    const names = await readdir(dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const file = join(dir, name);
      const info = await stat(file).catch(() => null);
      if (info && now - info.mtimeMs > olderThanMs) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}

export class StagedFile {
  constructor(
    private readonly store: FileStore,
    private readonly stagedPath: string,
    readonly file: StoredFile,
  ) {}

  /** Moves the file to its place; call inside the transaction, just before it commits. */
  async keep(): Promise<void> {
    const target = this.store.path(this.file.key);
    await mkdir(dirname(target), { recursive: true });
    await rename(this.stagedPath, target);
  }

  /** Undoes `stage` (and `keep`, when the transaction failed after it). */
  async discard(): Promise<void> {
    await rm(this.stagedPath, { force: true });
    await this.store.remove(this.file.key);
  }
}
