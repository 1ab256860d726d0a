import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, memberUnitHistory } from '../../src/server/modules/members/schema';
import { addDays, todayIso } from '../../src/server/modules/org/calendar';
import { memberTransfers } from '../../src/server/modules/transfers/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import { PASSWORD } from '../factories';
import { Agent } from '../harness';
import { makeMember } from '../member-factory';
import { convertWithLibreOffice, docxText, pdfText } from '../office';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';
import { signedIn } from './org-world';

let t: WorldApp;
let secretaryA: Agent;
let secretaryB: Agent;
let committee: Agent;
let outsider: Agent;
let member: Agent;
const today = todayIso();
/** A few weeks back: moves and letters happen in the past of the day the tests run. */
const daysAgo = (n: number) => addDays(today, -n);

beforeAll(async () => {
  t = await createWorldApp();
  const signIn = (username: string) => signInAs(t, username);
  secretaryA = await signIn('w-secretary');
  committee = await signIn('w-committee');
  outsider = await signIn('w-outsider');
  member = await signIn('w-member');
  secretaryB = await signedIn(t, 'sec-b', [{ role: 'cell_secretary', unitId: t.world.cellB.id }]);
});
afterAll(() => t.close());

const fingerprint = async () => {
  const db = t.database.db;
  const [tr] = await db.select({ n: count() }).from(memberTransfers);
  const [a] = await db.select({ n: count() }).from(auditLog);
  const [m] = await db.select({ n: count() }).from(members);
  const [h] = await db.select({ n: count() }).from(memberUnitHistory);
  const rows = await db.select().from(memberTransfers);
  return JSON.stringify({ tr: tr?.n, a: a?.n, m: m?.n, h: h?.n, rows });
};

const memberRow = async (id: string) =>
  (await t.database.db.select().from(members).where(eq(members.id, id)))[0];

let cardSeq = 7000;
const aMember = (unitId = t.world.cellA.id) =>
  makeMember(t.database.db, unitId, {
    cardNumber: `0${++cardSeq}1234`,
    fullName: `Trần Thị Chuyển ${cardSeq}`,
  });

const start = (agent: Agent, body: Record<string, unknown>) =>
  agent.post('/api/transfers', {
    kind: 'official',
    purpose: 'work',
    moveDate: daysAgo(20),
    ...body,
  });

const issue = (agent: Agent, id: string, version: number, extra: Record<string, unknown> = {}) =>
  agent.post(`/api/transfers/${id}/issue`, {
    letterDate: daysAgo(5),
    letterPlace: 'Hà Nội',
    duesPaidThrough: `${daysAgo(40).slice(0, 7)}`,
    signerName: 'Nguyễn Văn Bí Thư',
    signerRole: 'Bí thư',
    version,
    ...extra,
  });

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe('an official transfer within the tree', () => {
  let transferId = '';
  let memberId = '';
  let recordNumber = '';

  it('starts from the member, is issued with a numbered letter, and waits at the receiving cell', async () => {
    const m = await aMember();
    memberId = m.id;
    recordNumber = '012345-01';
    await t.database.db.update(members).set({ recordNumber }).where(eq(members.id, m.id));

    const started = await start(secretaryA, { memberId, toUnitId: t.world.cellB.id });
    expect(started.statusCode, started.body).toBe(201);
    const draft = started.json();
    transferId = draft.id;
    expect(draft).toMatchObject({
      status: 'draft',
      direction: 'within',
      fromUnitName: 'Chi bộ A',
      toUnitName: 'Chi bộ B',
      canIssue: true,
      canReceive: false,
      hasLetter: false,
      next: { kind: 'issue', overdue: false },
    });
    expect(draft.issueDueOn > draft.moveDate).toBe(true);
    // The receiving cell does not see a draft.
    expect((await secretaryB.get(`/api/transfers/${transferId}`)).statusCode).toBe(404);
    expect(ids((await secretaryB.get('/api/transfers?view=incoming')).json())).not.toContain(transferId);

    const issued = await issue(secretaryA, transferId, draft.version);
    expect(issued.statusCode, issued.body).toBe(200);
    const letter = issued.json();
    expect(letter).toMatchObject({
      status: 'issued',
      letterNumber: `1-GGT/CB`,
      cardNumber: m.cardNumber,
      recordNumber,
      hasLetter: true,
      canReceive: false,
      next: { kind: 'present', overdue: false },
    });
    expect(letter.presentDueOn > letter.letterDate).toBe(true);

    const outgoing = (await secretaryA.get('/api/transfers?view=outgoing')).json();
    expect(ids(outgoing)).toContain(transferId);
    const incoming = (await secretaryB.get(`/api/transfers?view=incoming&unitId=${t.world.cellB.id}`)).json();
    expect(ids(incoming)).toEqual([transferId]);
    expect(incoming.items[0]).toMatchObject({ canReceive: true, fullName: m.fullName });
    // The committee above both sees it in its subtree.
    expect(ids((await committee.get('/api/transfers?view=incoming')).json())).toContain(transferId);
  });

  it('gives the letter as a Word file in Party layout that LibreOffice opens', async () => {
    const res = await secretaryB.get(`/api/transfers/${transferId}/letter.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toContain(
      'Giấy giới thiệu sinh hoạt đảng',
    );
    const file = res.rawPayload;
    const text = await docxText(file);
    const m = await memberRow(memberId);
    for (const part of [
      'GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG',
      'ĐẢNG BỘ THỬ NGHIỆM',
      'CHI BỘ A',
      'Số 1-GGT/CB',
      m?.fullName ?? '?',
      m?.cardNumber ?? '?',
      recordNumber,
      `đã đóng đảng phí đến hết tháng ${daysAgo(40).slice(5, 7)}/${daysAgo(40).slice(0, 4)}`,
      'Chi bộ B',
      'xuất trình',
      'Nguyễn Văn Bí Thư',
    ])
      expect(text).toContain(part);
    const pdf = await convertWithLibreOffice(file, 'docx', 'pdf');
    expect(await pdfText(pdf)).toContain('1-GGT/CB');
  }, 120_000);

  it('is received only by the receiving cell, and then the member belongs to it', async () => {
    const current = (await secretaryA.get(`/api/transfers/${transferId}`)).json();
    expect(
      (
        await secretaryA.post(`/api/transfers/${transferId}/receive`, {
          receivedOn: today,
          version: current.version,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await outsider.post(`/api/transfers/${transferId}/receive`, {
          receivedOn: today,
          version: current.version,
        })
      ).statusCode,
    ).toBe(404);
    const stale = await secretaryB.post(`/api/transfers/${transferId}/receive`, {
      receivedOn: today,
      version: current.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const received = await secretaryB.post(`/api/transfers/${transferId}/receive`, {
      receivedOn: today,
      version: current.version,
    });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json()).toMatchObject({ status: 'received', receivedOn: today, canReceive: false });
    const m = await memberRow(memberId);
    expect(m?.unitId).toBe(t.world.cellB.id);
    const history = (await committee.get(`/api/members/${memberId}/history`)).json();
    expect(
      history.units.map((u: { unitName: string; toDate: string | null }) => [u.unitName, u.toDate]),
    ).toEqual([
      ['Chi bộ B', null],
      ['Chi bộ A', today],
    ]);
    expect(ids((await secretaryB.get('/api/transfers?view=incoming')).json())).not.toContain(transferId);
    expect(ids((await secretaryA.get('/api/transfers?view=history')).json())).toContain(transferId);
    const actions = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, transferId));
    expect(actions.map((a) => a.action)).toEqual([
      'transfer.started',
      'transfer.issued',
      'transfer.received',
    ]);
    // Receiving twice is refused.
    const again = await secretaryB.post(`/api/transfers/${transferId}/receive`, {
      receivedOn: today,
      version: current.version + 1,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('a temporary transfer', () => {
  it('refuses a period outside 3 months to under a year, naming the field, writing nothing', async () => {
    const m = await aMember();
    const before = await fingerprint();
    const tooLong = await start(secretaryA, {
      memberId: m.id,
      toUnitId: t.world.cellB.id,
      kind: 'temporary',
      periodFrom: daysAgo(20),
      periodTo: addDays(daysAgo(20), 400),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: 'TRANSFER_PERIOD', field: 'periodTo' });
    expect(tooLong.json().message).toContain('Sinh hoạt tạm thời đến ngày');
    const noPeriod = await start(secretaryA, {
      memberId: m.id,
      toUnitId: t.world.cellB.id,
      kind: 'temporary',
    });
    expect(noPeriod.json()).toMatchObject({ code: 'TRANSFER_PERIOD', field: 'periodFrom' });
    expect(await fingerprint()).toBe(before);
  });

  it('keeps the member on the home register and lists them as attending the receiving cell', async () => {
    const m = await aMember();
    const started = await start(secretaryA, {
      memberId: m.id,
      toUnitId: t.world.cellB.id,
      kind: 'temporary',
      purpose: 'study',
      periodFrom: daysAgo(20),
      periodTo: addDays(daysAgo(20), 500),
    });
    expect(started.statusCode, started.body).toBe(201);
    const issued = await issue(secretaryA, started.json().id, started.json().version);
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().letterNumber).toMatch(/^\d+-GGT\/CB$/);
    const received = await secretaryB.post(`/api/transfers/${started.json().id}/receive`, {
      receivedOn: today,
      version: issued.json().version,
    });
    expect(received.statusCode, received.body).toBe(200);
    expect((await memberRow(m.id))?.unitId).toBe(t.world.cellA.id);
    const attending = (await secretaryB.get('/api/transfers?view=temporary')).json();
    expect(ids(attending)).toContain(started.json().id);
    expect(attending.items[0].next).toMatchObject({ kind: 'period_end', overdue: false });
    const docx = await secretaryA.get(`/api/transfers/${started.json().id}/letter.docx`);
    expect(await docxText(docx.rawPayload)).toContain('Thời gian sinh hoạt tạm thời');
  });
});

describe('transfers across the edge of the tree', () => {
  it('marks a member transferred out when the transfer to an organisation outside is completed', async () => {
    const m = await aMember();
    const started = await start(secretaryA, { memberId: m.id, externalReceiver: 'Đảng bộ Tỉnh Ngoài' });
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ direction: 'outgoing_external', toUnitName: null });
    const issued = await issue(secretaryA, started.json().id, started.json().version);
    expect(issued.json().canReceive).toBe(true);
    const done = await secretaryA.post(`/api/transfers/${started.json().id}/receive`, {
      receivedOn: today,
      version: issued.json().version,
    });
    expect(done.statusCode, done.body).toBe(200);
    const row = await memberRow(m.id);
    expect(row).toMatchObject({ status: 'transferred_out', statusSince: today, unitId: t.world.cellA.id });
    // Nobody transfers a member who has left.
    const again = await start(secretaryA, { memberId: m.id, externalReceiver: 'X' });
    expect(again.json()).toMatchObject({ code: 'TRANSFER_MEMBER_STATUS', field: 'memberId' });
  });

  it('creates the record of a member coming from outside when the receiving cell takes them in', async () => {
    const recorded = await secretaryB.post('/api/transfers/incoming', {
      toUnitId: t.world.cellB.id,
      externalSender: 'Chi bộ Trường Đại học Ngoài',
      kind: 'official',
      purpose: 'residence',
      moveDate: daysAgo(30),
      fullName: 'Hoàng Văn Đến',
      birthDate: '1990-02-03',
      sex: 'male',
      citizenId: '001090009999',
      admissionDate: '2015-05-19',
      officialDate: '2016-05-19',
      cardNumber: '88887777',
      recordNumber: '054321-79',
      letterNumber: '45-GGT/ĐU',
      letterDate: daysAgo(10),
      duesPaidThrough: daysAgo(40).slice(0, 7),
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const body = recorded.json();
    expect(body).toMatchObject({
      direction: 'incoming_external',
      status: 'issued',
      canReceive: true,
      hasLetter: false,
    });
    expect(ids((await secretaryB.get('/api/transfers?view=incoming')).json())).toContain(body.id);
    expect((await secretaryA.get(`/api/transfers/${body.id}`)).statusCode).toBe(404);
    expect((await secretaryB.get(`/api/transfers/${body.id}/letter.docx`)).statusCode).toBe(404);
    const received = await secretaryB.post(`/api/transfers/${body.id}/receive`, {
      receivedOn: today,
      version: body.version,
    });
    expect(received.statusCode, received.body).toBe(200);
    const memberId = received.json().memberId;
    const created = await memberRow(memberId);
    expect(created).toMatchObject({
      fullName: 'Hoàng Văn Đến',
      unitId: t.world.cellB.id,
      status: 'official',
      cardNumber: '88887777',
      recordNumber: '054321-79',
      officialDate: '2016-05-19',
    });
    const history = (await committee.get(`/api/members/${memberId}/history`)).json();
    expect(history.units[0]).toMatchObject({ unitName: 'Chi bộ B', fromDate: today });
  });
});

describe('letters presented late and temporary stays from outside', () => {
  const incoming = (overrides: Record<string, unknown>) =>
    secretaryB.post('/api/transfers/incoming', {
      toUnitId: t.world.cellB.id,
      externalSender: 'Đảng bộ Xã Ngoài',
      kind: 'official',
      purpose: 'work',
      moveDate: daysAgo(120),
      fullName: 'Vũ Thị Muộn',
      birthDate: '1988-08-08',
      sex: 'female',
      admissionDate: '2012-02-03',
      officialDate: '2013-02-03',
      letterNumber: '9-GGT/ĐU',
      letterDate: daysAgo(100),
      ...overrides,
    });

  it('asks the receiving cell for a note when the letter comes after 30 working days', async () => {
    const recorded = (await incoming({})).json();
    expect(recorded.next).toMatchObject({ kind: 'present', overdue: true });
    const before = await fingerprint();
    const noNote = await secretaryB.post(`/api/transfers/${recorded.id}/receive`, {
      receivedOn: today,
      version: recorded.version,
    });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json()).toMatchObject({ code: 'TRANSFER_LATE_RECEIPT', field: 'note' });
    expect(noNote.json().message).toContain('30 ngày làm việc');
    expect(await fingerprint()).toBe(before);
    const english = new Agent(t.app, 'en');
    expect((await english.login('sec-b', PASSWORD)).statusCode).toBe(200);
    const inEnglish = await english.post(`/api/transfers/${recorded.id}/receive`, {
      receivedOn: today,
      version: recorded.version,
    });
    expect(inEnglish.json().message).toContain('Note');
    const withNote = await secretaryB.post(`/api/transfers/${recorded.id}/receive`, {
      receivedOn: today,
      note: 'Đảng viên đi công tác dài ngày',
      version: recorded.version,
    });
    expect(withNote.statusCode, withNote.body).toBe(200);
    expect(withNote.json().receivingNote).toBe('Đảng viên đi công tác dài ngày');
  });

  it('checks the letter of a member from outside against the register rules before anything is stored', async () => {
    const before = await fingerprint();
    const young = await incoming({
      birthDate: '2000-01-01',
      admissionDate: '2017-06-01',
      officialDate: null,
    });
    expect(young.statusCode).toBe(400);
    expect(young.json()).toMatchObject({ code: 'MEMBER_ADMISSION_AGE', field: 'admissionDate' });
    const order = await incoming({ officialDate: '2011-01-01' });
    expect(order.json()).toMatchObject({ code: 'MEMBER_DATES', field: 'officialDate' });
    expect(await fingerprint()).toBe(before);
  });

  it('lists a temporary member from outside as attending, without a record on the register', async () => {
    const before = (await t.database.db.select({ n: count() }).from(members))[0]?.n;
    const recorded = (
      await incoming({
        kind: 'temporary',
        fullName: 'Lý Văn Tạm',
        moveDate: daysAgo(10),
        letterDate: daysAgo(5),
        periodFrom: daysAgo(10),
        periodTo: addDays(daysAgo(10), 200),
      })
    ).json();
    const received = await secretaryB.post(`/api/transfers/${recorded.id}/receive`, {
      receivedOn: today,
      version: recorded.version,
    });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json().memberId).toBeNull();
    expect((await t.database.db.select({ n: count() }).from(members))[0]?.n).toBe(before);
    const attending = (await secretaryB.get('/api/transfers?view=temporary')).json();
    expect(attending.items.map((i: { fullName: string }) => i.fullName)).toContain('Lý Văn Tạm');
  });
});

describe('deadlines, bad input and access', () => {
  it('asks for a reason when the letter comes after 60 working days, and then accepts it', async () => {
    const m = await aMember();
    const started = await start(secretaryA, {
      memberId: m.id,
      toUnitId: t.world.cellB.id,
      moveDate: daysAgo(200),
    });
    expect(started.json().next).toMatchObject({ kind: 'issue', overdue: true });
    // Overdue first in the outgoing list.
    const outgoing = (await secretaryA.get('/api/transfers?view=outgoing')).json();
    expect(outgoing.items[0].id).toBe(started.json().id);
    const before = await fingerprint();
    const late = await issue(secretaryA, started.json().id, started.json().version);
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ code: 'TRANSFER_LATE_ISSUE', field: 'lateReason' });
    expect(late.json().message).toContain('60 ngày làm việc');
    expect(await fingerprint()).toBe(before);
    const ok = await issue(secretaryA, started.json().id, started.json().version, {
      lateReason: 'Đảng viên ốm dài ngày',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().lateReason).toBe('Đảng viên ốm dài ngày');
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const m = await aMember();
    const before = await fingerprint();
    const both = await start(secretaryA, {
      memberId: m.id,
      toUnitId: t.world.cellB.id,
      externalReceiver: 'X',
    });
    expect(both.json()).toMatchObject({ code: 'TRANSFER_DESTINATION' });
    const neither = await start(secretaryA, { memberId: m.id });
    expect(neither.json()).toMatchObject({ code: 'TRANSFER_DESTINATION', field: 'toUnitId' });
    const same = await start(secretaryA, { memberId: m.id, toUnitId: t.world.cellA.id });
    expect(same.json()).toMatchObject({ code: 'TRANSFER_SAME_UNIT', field: 'toUnitId' });
    const badDate = await start(secretaryA, {
      memberId: m.id,
      toUnitId: t.world.cellB.id,
      moveDate: '2026-02-30',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().field).toBe('moveDate');
    const badKind = await start(secretaryA, { memberId: m.id, toUnitId: t.world.cellB.id, kind: 'forever' });
    expect(badKind.json().field).toBe('kind');
    expect(await fingerprint()).toBe(before);

    const started = (await start(secretaryA, { memberId: m.id, toUnitId: t.world.cellB.id })).json();
    const mid = await fingerprint();
    const future = await issue(secretaryA, started.id, started.version, { letterDate: addDays(today, 3) });
    expect(future.json()).toMatchObject({ code: 'TRANSFER_DATE_IN_FUTURE', field: 'letterDate' });
    const dues = await issue(secretaryA, started.id, started.version, { duesPaidThrough: '2026-13' });
    expect(dues.json()).toMatchObject({ field: 'duesPaidThrough' });
    const taken = await issue(secretaryA, started.id, started.version, { letterSeq: 1 });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'TRANSFER_LETTER_TAKEN', field: 'letterSeq' });
    const stale = await issue(secretaryA, started.id, started.version + 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().field).toBe('version');
    expect(await fingerprint()).toBe(mid);
    // The next number of cell A's series this year.
    const issued = await issue(secretaryA, started.id, started.version);
    expect(issued.statusCode).toBe(200);
    const beforeReceipt = await fingerprint();
    const early = await secretaryB.post(`/api/transfers/${started.id}/receive`, {
      receivedOn: daysAgo(30),
      version: issued.json().version,
    });
    expect(early.json()).toMatchObject({ code: 'TRANSFER_RECEIVED_BEFORE_LETTER', field: 'receivedOn' });
    expect(await fingerprint()).toBe(beforeReceipt);
    const cancelled = await secretaryA.post(`/api/transfers/${started.id}/cancel`, {
      reason: 'Đảng viên không chuyển nữa',
      version: issued.json().version,
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', hasLetter: false, canCancel: false });
  });

  it('opens one transfer of a kind per member, even when two are started at once', async () => {
    const m = await aMember();
    const both = await Promise.all([
      start(secretaryA, { memberId: m.id, toUnitId: t.world.cellB.id }),
      start(secretaryA, { memberId: m.id, externalReceiver: 'Đảng bộ Nơi Khác' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)?.json()).toMatchObject({
      code: 'TRANSFER_OPEN',
      field: 'memberId',
    });
    const rows = await t.database.db.select().from(memberTransfers).where(eq(memberTransfers.memberId, m.id));
    expect(rows).toHaveLength(1);
  });

  it('keeps transfers inside the scope of the units at either end', async () => {
    const inB = await aMember(t.world.cellB.id);
    const notMine = await start(secretaryA, { memberId: inB.id, toUnitId: t.world.cellA.id });
    expect(notMine.statusCode).toBe(404);
    expect(notMine.json().field).toBe('memberId');
    const m = await aMember();
    const started = (await start(secretaryA, { memberId: m.id, toUnitId: t.world.cellB.id })).json();
    expect((await outsider.get(`/api/transfers/${started.id}`)).statusCode).toBe(404);
    expect((await member.get(`/api/transfers/${started.id}`)).statusCode).toBe(403);
    expect((await member.get('/api/transfers?view=outgoing')).statusCode).toBe(403);
    expect((await secretaryB.post(`/api/transfers/${started.id}/issue`, {})).statusCode).toBe(400);
    const byB = await issue(secretaryB, started.id, started.version);
    expect(byB.statusCode).toBe(404);
    const outsiderList = (await outsider.get('/api/transfers?view=outgoing')).json();
    expect(outsiderList).toEqual({ items: [], nextCursor: null, total: 0 });
    expect((await secretaryA.get(`/api/transfers?view=incoming&unitId=${t.world.cellB.id}`)).statusCode).toBe(
      404,
    );
    // The receiving-unit picker gives names across the tree.
    const found = (
      await secretaryA.get(`/api/transfers/destinations?q=${encodeURIComponent('chi bo b')}`)
    ).json();
    expect(found.items.map((u: { name: string }) => u.name)).toContain('Chi bộ B');
  });

  it('pages a list by key with a stable total', async () => {
    const all = (await committee.get('/api/transfers?view=history&limit=200')).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 20; i++) {
      const page = (
        await committee.get(`/api/transfers?view=history&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.total).toBe(all.total);
      seen.push(...ids(page));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(ids(all));
    expect((await committee.get('/api/transfers?view=history&cursor=junk')).json().field).toBe('cursor');
  });
});
