import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFiles } from '../../src/server/modules/documents/schema';
import { backupToFile, restoreFromFile } from '../../src/server/ops/backup';
import { FileStore } from '../../src/server/platform/files/store';
import { documentRow, fileRow, makeIssuer } from '../document-factory';
import { createWorldApp, type WorldApp } from '../world-app';

/** Attached files travel with the backup: back up with the files, restore into an empty store, same bytes. */
let t: WorldApp;
let work: string;
beforeAll(async () => {
  t = await createWorldApp();
  work = mkdtempSync(join(tmpdir(), 'dangbo-backup-files-'));
});
afterAll(async () => {
  await t.close();
  rmSync(work, { recursive: true, force: true });
});

describe('backup with attached files', () => {
  it('restores every attached file into the file store, checked by its SHA-256', async () => {
    const db = t.database.db;
    const issuer = await makeIssuer(db, t.world.root.id);
    const doc = await documentRow(db, t.world.root.id, issuer.id);
    await fileRow(db, t.app.files, doc.id);
    await fileRow(db, t.app.files, doc.id);
    const [first] = await db.select().from(documentFiles);
    if (!first) throw new Error('no file row');
    const original = readFileSync(t.app.files.path(first.storageKey));
    const file = join(work, 'backup.jsonl.gz');
    await backupToFile(t.database, file, () => {}, t.app.files);

    const target = new FileStore(join(work, 'restored-files'));
    const result = await restoreFromFile(t.database, file, () => {}, target);
    expect(result.files).toBe(2);
    expect(readFileSync(target.path(first.storageKey)).equals(original)).toBe(true);

    // A file whose bytes no longer match the checksum makes the whole restore fail.
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const i = lines.findIndex((l) => l.startsWith('{"file"'));
    const entry = JSON.parse(lines[i] as string);
    lines[i] = JSON.stringify({ ...entry, data: Buffer.from('changed').toString('base64') });
    const tampered = join(work, 'tampered.jsonl.gz');
    writeFileSync(tampered, gzipSync(lines.join('\n')));
    await expect(
      restoreFromFile(t.database, tampered, () => {}, new FileStore(join(work, 'x'))),
    ).rejects.toThrow(/checksum/);
    // A backup cut before its files end is refused too.
    const cut = join(work, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(lines.filter((l) => !l.startsWith('{"file"')).join('\n')));
    await expect(restoreFromFile(t.database, cut, () => {}, new FileStore(join(work, 'y')))).rejects.toThrow(
      /attached files/,
    );
    expect(await db.select().from(documentFiles)).toHaveLength(2);
  });
});
