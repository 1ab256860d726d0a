import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFiles, documentNumbers, documents } from '../../src/server/modules/documents/schema';
import { unitTerms } from '../../src/server/modules/org/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import type { Agent } from '../harness';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let committee: Agent;
let viewer: Agent;
let member: Agent;
let outsider: Agent;
let issuerId = '';

const signIn = (username: string) => signInAs(t, username);

beforeAll(async () => {
  t = await createWorldApp();
  const db = t.database.db;
  await db.insert(unitTerms).values([
    { unitId: t.world.root.id, label: '2020-2025', startsOn: '2020-10-01', endsOn: '2025-09-30' },
    { unitId: t.world.root.id, label: '2025-2030', startsOn: '2025-10-01', endsOn: '2030-09-30' },
  ]);
  committee = await signIn('w-committee');
  viewer = await signIn('w-viewer');
  member = await signIn('w-member');
  outsider = await signIn('w-outsider');
  const res = await committee.post('/api/documents/issuers', {
    code: 'ĐU',
    name: 'Đảng ủy Thử nghiệm',
    superiorName: 'Đảng bộ Khối',
    unitId: t.world.root.id,
  });
  expect(res.statusCode).toBe(201);
  issuerId = res.json().id;
});
afterAll(() => t.close());

const fingerprint = async () => {
  const db = t.database.db;
  const [d] = await db.select({ n: count() }).from(documents);
  const [n] = await db.select({ n: count() }).from(documentNumbers);
  const [f] = await db.select({ n: count() }).from(documentFiles);
  const [a] = await db.select({ n: count() }).from(auditLog);
  return JSON.stringify({ d: d?.n, n: n?.n, f: f?.n, a: a?.n, rows: await db.select().from(documents) });
};

const incoming = (body: Record<string, unknown> = {}) =>
  committee.post('/api/documents', {
    direction: 'incoming',
    ownerUnitId: t.world.root.id,
    type: 'directive',
    issuerCode: 'TW',
    number: 45,
    issuedOn: '2026-03-05',
    summary: 'Về tăng cường sự lãnh đạo của Đảng đối với công tác phát triển đảng viên',
    ...body,
  });

const draft = async (body: Record<string, unknown> = {}) => {
  const res = await committee.post('/api/documents', {
    direction: 'outgoing',
    ownerUnitId: t.world.root.id,
    type: 'resolution',
    issuerId,
    summary: 'Về công tác kiểm tra, giám sát năm 2026',
    body: 'Đảng ủy quyết nghị.\n\nCác chi bộ thực hiện.',
    place: 'Hà Nội',
    signingForm: 'on_behalf',
    signingFor: 'Ban Chấp hành',
    signerTitle: 'Bí thư',
    signerName: 'Nguyễn Văn An',
    recipients: ['Các chi bộ trực thuộc', 'Lưu Văn phòng'],
    ...body,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; version: number };
};

const issue = async (id: string, issuedOn: string, extra: Record<string, unknown> = {}) => {
  const approved = await committee.post(`/api/documents/${id}/approve`, { version: 1 });
  expect(approved.statusCode).toBe(200);
  return committee.post(`/api/documents/${id}/issue`, {
    version: approved.json().version,
    issuedOn,
    ...extra,
  });
};

describe('registering incoming documents', () => {
  let id = '';
  it('registers a directive from the Central Committee by its issuer code, numbered as printed', async () => {
    const res = await incoming();
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    id = doc.id;
    expect(doc).toMatchObject({
      numberText: '45-CT/TW',
      status: 'issued',
      issuerName: 'Ban Chấp hành Trung ương Đảng',
      direction: 'incoming',
      canWrite: true,
    });
    expect(doc.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a second registration, unknown codes, missing numbers and impossible dates, writing nothing', async () => {
    const before = await fingerprint();
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{}, 409, 'DOCUMENT_ALREADY_REGISTERED', 'number'],
      [{ issuerCode: 'XYZ' }, 400, 'DOCUMENT_ISSUER_UNKNOWN', 'issuerCode'],
      [{ number: null }, 400, 'DOCUMENT_NUMBER_REQUIRED', 'number'],
      [{ receivedOn: '2026-03-01' }, 400, 'DOCUMENT_RECEIVED_BEFORE_ISSUED', 'receivedOn'],
      [{ type: 'edict' }, 400, 'VALIDATION', 'type'],
      [{ issuedOn: '2026-02-30' }, 400, 'VALIDATION', 'issuedOn'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await incoming(body);
      expect({ status: res.statusCode, code: res.json().code, field: res.json().field }).toEqual({
        status,
        code,
        field,
      });
      expect(res.json().message).toMatch(/\p{L}/u);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('finds it by folded search over number, summary and text, and by filters', async () => {
    for (const q of ['phat trien dang vien', 'PHÁT TRIỂN', '45-CT/TW', 'ban chap hanh trung uong']) {
      const res = await committee.get(`/api/documents?q=${encodeURIComponent(q)}`);
      expect(
        res.json().items.map((d: { id: string }) => d.id),
        q,
      ).toContain(id);
    }
    const none = await committee.get(`/api/documents?q=${encodeURIComponent('kinh tế biển')}`);
    expect(none.json().items).toHaveLength(0);
    const filtered = await committee.get('/api/documents?direction=incoming&type=directive&year=2026');
    expect(filtered.json().items.map((d: { id: string }) => d.id)).toContain(id);
    const otherYear = await committee.get('/api/documents?year=2025&type=directive');
    expect(otherYear.json().items).toHaveLength(0);
  });

  it('stores text sent in decomposed form (NFD) composed, and finds it either way', async () => {
    const summary = 'Về học tập Nghị quyết Đại hội'.normalize('NFD');
    const res = await incoming({ number: 46, summary });
    expect(res.statusCode).toBe(201);
    expect(res.json().summary).toBe(summary.normalize('NFC'));
    const found = await committee.get(`/api/documents?q=${encodeURIComponent('học tập'.normalize('NFD'))}`);
    expect(found.json().items.map((d: { id: string }) => d.id)).toContain(res.json().id);
  });

  it('shows the registry to readers of the committee, not to another committee', async () => {
    expect((await viewer.get(`/api/documents/${id}`)).statusCode).toBe(200);
    expect((await outsider.get(`/api/documents/${id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/documents')).json().items).toHaveLength(0);
    expect((await member.post('/api/documents', {})).statusCode).toBe(403);
  });

  it('hides a classified document from those who may only read', async () => {
    const res = await incoming({ number: 47, confidentiality: 'confidential' });
    expect(res.statusCode).toBe(201);
    expect((await viewer.get(`/api/documents/${res.json().id}`)).statusCode).toBe(404);
    expect((await viewer.get('/api/documents?q=47-CT')).json().items).toHaveLength(0);
    expect((await committee.get(`/api/documents/${res.json().id}`)).statusCode).toBe(200);
  });
});

describe('numbering within the committee term', () => {
  it('numbers each type from 01 within the term; decisions and regulations share "QĐ"', async () => {
    const texts: string[] = [];
    for (const type of ['resolution', 'resolution', 'decision', 'regulation']) {
      const res = await issue((await draft({ type })).id, '2026-04-01');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'issued', termLabel: '2025-2030', issuedOn: '2026-04-01' });
      texts.push(res.json().numberText);
    }
    expect(texts).toEqual(['01-NQ/ĐU', '02-NQ/ĐU', '01-QĐ/ĐU', '02-QĐ/ĐU']);
  });

  it('starts again from 01 in another term', async () => {
    const res = await issue((await draft()).id, '2024-05-01');
    expect(res.json()).toMatchObject({ numberText: '01-NQ/ĐU', termLabel: '2020-2025' });
  });

  it('gives congress documents one sequence across types under "ĐH"', async () => {
    const a = await issue((await draft({ congress: true })).id, '2026-05-01');
    const b = await issue((await draft({ congress: true, type: 'report' })).id, '2026-05-01');
    expect([a.json().numberText, b.json().numberText]).toEqual(['01-NQ/ĐH', '02-BC/ĐH']);
  });

  it('refuses a date outside every term and a number already used, writing nothing', async () => {
    const { id } = await draft();
    const approved = await committee.post(`/api/documents/${id}/approve`, { version: 1 });
    const version = approved.json().version;
    const before = await fingerprint();
    const outside = await committee.post(`/api/documents/${id}/issue`, { version, issuedOn: '2019-01-01' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ code: 'DOCUMENT_DATE_OUTSIDE_TERM', field: 'issuedOn' });
    const used = await committee.post(`/api/documents/${id}/issue`, {
      version,
      issuedOn: '2026-04-02',
      number: 2,
    });
    expect(used.statusCode).toBe(409);
    expect(used.json()).toMatchObject({ code: 'DOCUMENT_NUMBER_USED', field: 'number' });
    expect(await fingerprint()).toBe(before);
    const next = await committee.get(
      `/api/documents/next-number?issuerId=${issuerId}&type=resolution&issuedOn=2026-04-02`,
    );
    expect(next.json()).toMatchObject({ number: 3, numberText: '03-NQ/ĐU', termLabel: '2025-2030' });
  });

  it('keeps a withdrawn number in the register, voided, and never gives it again', async () => {
    const { id } = await draft();
    const issued = await issue(id, '2026-06-01');
    expect(issued.json().numberText).toBe('03-NQ/ĐU');
    const withdrawn = await committee.post(`/api/documents/${id}/withdraw`, {
      version: issued.json().version,
      reason: 'Ban hành nhầm',
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Ban hành nhầm' });
    const register = await committee.get(`/api/documents/numbers?issuerId=${issuerId}`);
    expect(
      register.json().items.find((n: { numberText: string }) => n.numberText === '03-NQ/ĐU'),
    ).toMatchObject({
      status: 'voided',
      voidReason: 'Ban hành nhầm',
    });
    const next = await issue((await draft()).id, '2026-06-02');
    expect(next.json().numberText).toBe('04-NQ/ĐU');
  });

  it('gives concurrent issuers distinct consecutive numbers', async () => {
    const drafts = await Promise.all(Array.from({ length: 8 }, () => draft({ type: 'notice' })));
    const approved = await Promise.all(
      drafts.map((d) => committee.post(`/api/documents/${d.id}/approve`, { version: 1 })),
    );
    const issued = await Promise.all(
      approved.map((a) =>
        committee.post(`/api/documents/${a.json().id}/issue`, {
          version: a.json().version,
          issuedOn: '2026-07-01',
        }),
      ),
    );
    expect(issued.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    const numbers = issued.map((r) => r.json().number).sort((x: number, y: number) => x - y);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses an issuer of another unit for an outgoing document', async () => {
    const res = await committee.post('/api/documents', {
      direction: 'outgoing',
      ownerUnitId: t.world.root.id,
      type: 'plan',
      issuerCode: 'TW',
      summary: 'Kế hoạch',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'DOCUMENT_ISSUER_NOT_OF_UNIT', field: 'issuerCode' });
  });

  it('lets an edit of an approved draft send it back for approval, and refuses edits once issued', async () => {
    const { id } = await draft();
    const approved = await committee.post(`/api/documents/${id}/approve`, { version: 1 });
    const edited = await committee.patch(`/api/documents/${id}`, {
      version: approved.json().version,
      summary: 'Về công tác kiểm tra năm 2026 (sửa)',
    });
    expect(edited.json()).toMatchObject({ status: 'draft', summary: 'Về công tác kiểm tra năm 2026 (sửa)' });
    const stale = await committee.patch(`/api/documents/${id}`, { version: 1, summary: 'x' });
    expect(stale.statusCode).toBe(409);
    const reapproved = await committee.post(`/api/documents/${id}/approve`, {
      version: edited.json().version,
    });
    const issued = await committee.post(`/api/documents/${id}/issue`, {
      version: reapproved.json().version,
      issuedOn: '2026-08-01',
    });
    expect(issued.json().status).toBe('issued');
    const late = await committee.patch(`/api/documents/${id}`, {
      version: issued.json().version,
      summary: 'y',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('DOCUMENT_STATUS');
  });
});

describe('links', () => {
  it('supersedes the replaced document once the new one is issued', async () => {
    const old = await issue((await draft({ type: 'rules' })).id, '2026-01-10');
    const { id } = await draft({ type: 'rules' });
    const linked = await committee.post(`/api/documents/${id}/links`, {
      kind: 'replaces',
      targetId: old.json().id,
    });
    expect(linked.json().links).toMatchObject([
      { kind: 'replaces', direction: 'outgoing', documentId: old.json().id },
    ]);
    expect(
      (await committee.post(`/api/documents/${id}/links`, { kind: 'replaces', targetId: old.json().id }))
        .statusCode,
    ).toBe(409);
    expect(
      (await committee.post(`/api/documents/${id}/links`, { kind: 'guides', targetId: id })).statusCode,
    ).toBe(400);
    await issue(id, '2026-02-10');
    const after = await committee.get(`/api/documents/${old.json().id}`);
    expect(after.json().status).toBe('superseded');
    expect(after.json().links).toMatchObject([{ kind: 'replaces', direction: 'incoming', documentId: id }]);
  });
});

describe('files on disk', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  const upload = (id: string, fileName: string, payload: Buffer) =>
    committee.request({
      method: 'POST',
      url: `/api/documents/${id}/files?fileName=${encodeURIComponent(fileName)}`,
      payload,
      headers: { 'content-type': 'application/octet-stream' },
    });
  const storedFiles = (): string[] => {
    const root = t.app.config.filesDir;
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
    return walk(root);
  };

  it('keeps an attached PDF with its checksum, and gives back the same bytes', async () => {
    const { id } = (await incoming({ number: 48 })).json();
    const res = await upload(id, 'Chỉ thị 48.pdf', pdf);
    expect(res.statusCode).toBe(200);
    const [file] = res.json().files;
    expect(file).toMatchObject({
      fileName: 'Chỉ thị 48.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const back = await committee.get(`/api/documents/${id}/files/${file.id}`);
    expect(back.rawPayload.equals(pdf)).toBe(true);
    expect(back.headers['content-type']).toBe('application/pdf');
    const removed = await committee.request({
      method: 'DELETE',
      url: `/api/documents/${id}/files/${file.id}`,
    });
    expect(removed.json().files).toHaveLength(0);
    expect(storedFiles().filter((p) => !p.includes('/tmp/'))).toHaveLength(0);
  });

  it('refuses files that are not what their extension says, or not accepted, leaving no row and no file', async () => {
    const { id } = (await incoming({ number: 49 })).json();
    const before = await fingerprint();
    const filesBefore = storedFiles().length;
    const fake = await upload(id, 'nghi-quyet.docx', pdf);
    expect(fake.statusCode).toBe(415);
    expect(fake.json()).toMatchObject({ code: 'FILE_CONTENT_MISMATCH', field: 'body' });
    const exe = await upload(id, 'setup.exe', Buffer.from('MZ\x90\x00'));
    expect(exe.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ACCEPTED', field: 'fileName' });
    const empty = await upload(id, 'rong.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(await fingerprint()).toBe(before);
    expect(storedFiles().length).toBe(filesBefore);
  });
});

describe('references and Word output', () => {
  it('links references in running text to registry entries the user may see', async () => {
    const text =
      'Thực hiện Chỉ thị số 45-CT/TW ngày 05/3/2026 của Ban Bí thư và Kết luận 21-KL/TW, theo Nghị định 30/2020/NĐ-CP.';
    const res = await committee.post('/api/documents/extract-references', { text });
    expect(res.statusCode).toBe(200);
    const refs = res.json().references;
    expect(refs.map((r: { raw: string }) => r.raw)).toEqual([
      'Chỉ thị số 45-CT/TW ngày 05/3/2026',
      'Kết luận 21-KL/TW',
    ]);
    expect(refs[0]).toMatchObject({
      type: 'directive',
      number: 45,
      symbol: 'CT',
      issuer: 'TW',
      date: '2026-03-05',
    });
    expect(refs[0].documentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(refs[1].documentId).toBeUndefined();
    expect(text.slice(refs[1].start, refs[1].end)).toBe('Kết luận 21-KL/TW');
    const foreign = await outsider.post('/api/documents/extract-references', { text });
    expect(foreign.json().references[0].documentId).toBeUndefined();
  });

  it('renders an issued resolution as a Word file in Party layout', async () => {
    const issued = await issue((await draft({ type: 'resolution' })).id, '2026-09-07');
    const res = await committee.get(`/api/documents/${issued.json().id}/docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(value).toContain(`Số ${issued.json().numberText}`);
    expect(value).toContain('Hà Nội, ngày 07 tháng 9 năm 2026');
    expect(value).toContain('NGHỊ QUYẾT');
  });
});
