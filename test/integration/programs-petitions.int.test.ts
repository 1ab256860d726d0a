import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/server/modules/org/calendar';
import { moveUnit } from '../../src/server/modules/org/history';
import { units as orgUnits } from '../../src/server/modules/org/schema';
import { petitionEvents, petitions } from '../../src/server/modules/programs/schema';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import { notifications } from '../../src/server/platform/notifications/schema';
import { makeUnit, makeUser } from '../factories';
import type { Agent } from '../harness';
import { makeMember } from '../member-factory';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let committee: Agent;
let secretary: Agent;
let secretaryB: Agent;
let member: Agent;
let mate: Agent;
let outsider: Agent;
let partialCommittee: Agent;
const today = todayIso();
const units = { partial: '', cellP: '' };
const ids = { memberRecord: '' };

const signIn = (username: string) => signInAs(t, username);

beforeAll(async () => {
  t = await createWorldApp();
  const db = t.database.db;
  const { root, cellA, cellB, users: u } = t.world;
  ids.memberRecord = (await makeMember(db, cellA.id, { fullName: 'Lê Văn Một', userId: u.member.id })).id;
  const mateUser = await makeUser(db, [{ role: 'member', unitId: cellA.id }], { username: 'p-mate' });
  await makeMember(db, cellA.id, { fullName: 'Phạm Thị Hai', userId: mateUser.id });
  await makeUser(db, [{ role: 'cell_secretary', unitId: cellB.id }], { username: 'p-sec-b' });
  units.partial = (await makeUnit(db, root.id, 'partial', 'Đảng bộ bộ phận Phường')).id;
  units.cellP = (await makeUnit(db, units.partial, 'cell', 'Chi bộ Khu phố 1')).id;
  await makeUser(db, [{ role: 'committee', unitId: units.partial }], { username: 'p-partial' });
  await makeUser(db, [{ role: 'cell_secretary', unitId: units.cellP }], { username: 'p-sec-p' });
  committee = await signIn('w-committee');
  secretary = await signIn('w-secretary');
  secretaryB = await signIn('p-sec-b');
  member = await signIn('w-member');
  mate = await signIn('p-mate');
  outsider = await signIn('w-outsider');
  partialCommittee = await signIn('p-partial');
});
afterAll(() => t.close());

const send = (agent: Agent, body: Record<string, unknown>) =>
  agent.post('/api/petitions', {
    kind: 'proposal',
    fromUnitId: t.world.cellA.id,
    toUnitId: t.world.root.id,
    subject: 'Đề nghị sửa chữa phòng sinh hoạt chi bộ',
    content: 'Phòng sinh hoạt xuống cấp, mái dột; đề nghị Đảng ủy hỗ trợ kinh phí sửa chữa.',
    ...body,
  });

const created = async (agent: Agent, body: Record<string, unknown> = {}) => {
  const res = await send(agent, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; status: string };
};

/** The petition's row and its events, to show a refused request changed nothing. */
const snapshot = async (id: string) => {
  const db = t.database.db;
  const [row] = await db.select().from(petitions).where(eq(petitions.id, id));
  const events = await db.select().from(petitionEvents).where(eq(petitionEvents.petitionId, id));
  return { row, events: events.length };
};
const petitionCount = async () => (await t.database.db.select({ n: count() }).from(petitions))[0]?.n ?? 0;
const noticesOf = async (userId: string, kind: string) =>
  (
    await t.database.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))
  )[0]?.n ?? 0;

const step = (agent: Agent, id: string, name: string, body: Record<string, unknown>) =>
  agent.post(`/api/petitions/${id}/${name}`, body);

describe('a petition within the committee’s authority', () => {
  it('goes from the member to the committee, is handled and replied; the member follows it', async () => {
    const { users: u } = t.world;
    const committeeBefore = await noticesOf(u.committee.id, 'petition.submitted');
    const adminBefore = await noticesOf(u.admin.id, 'petition.submitted');
    const sent = await created(member, { asMember: true, kind: 'recommendation' });
    expect(sent).toMatchObject({
      status: 'received',
      authority: null,
      receivedOn: today,
      fromMember: { id: ids.memberRecord, name: 'Lê Văn Một' },
      fromUnit: { id: t.world.cellA.id, name: 'Chi bộ A' },
      toUnit: { id: t.world.root.id },
      ageDays: 0,
      canHandle: false,
    });
    expect(await noticesOf(u.committee.id, 'petition.submitted')).toBe(committeeBefore + 1);
    expect(await noticesOf(u.admin.id, 'petition.submitted')).toBe(adminBefore + 1);

    const seen = (await committee.get(`/api/petitions/${sent.id}`)).json();
    expect(seen.canHandle).toBe(true);
    const progressBefore = await noticesOf(u.member.id, 'petition.progress');
    const classified = await step(committee, sent.id, 'classify', { authority: 'within', version: 1 });
    expect(classified.statusCode, classified.body).toBe(200);
    expect(classified.json()).toMatchObject({ status: 'handling', authority: 'within', version: 2 });
    expect(await noticesOf(u.member.id, 'petition.progress')).toBe(progressBefore + 1);

    const mine = (await member.get('/api/petitions?mine=true')).json();
    expect(mine.items.find((p: { id: string }) => p.id === sent.id)).toMatchObject({ status: 'handling' });

    const replied = await step(committee, sent.id, 'reply', {
      reply: 'Đảng ủy đồng ý hỗ trợ 20 triệu đồng sửa chữa trong quý này.',
      repliedOn: today,
      version: 2,
    });
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json()).toMatchObject({ status: 'resolved', repliedOn: today, version: 3 });
    expect(await noticesOf(u.member.id, 'petition.progress')).toBe(progressBefore + 2);

    const detail = (await member.get(`/api/petitions/${sent.id}`)).json();
    expect(detail.status).toBe('resolved');
    expect(detail.reply).toContain('20 triệu');
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted',
      'classified',
      'replied',
    ]);
    expect(detail.events[1].by).toBeTruthy();

    const before = await snapshot(sent.id);
    const again = await step(committee, sent.id, 'reply', {
      reply: 'Trả lời lần hai',
      repliedOn: today,
      version: 3,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PETITION_CLOSED');
    expect(again.json().message).toMatch(/đã được trả lời/);
    expect(await snapshot(sent.id)).toEqual(before);
  });
});

describe('a petition beyond the committee’s authority', () => {
  it('is forwarded, answered by the superior and replied to the cell', async () => {
    const { users: u } = t.world;
    const sent = await created(secretary, { subject: 'Kiến nghị về chế độ phụ cấp cấp ủy viên chi bộ' });
    expect(sent).toMatchObject({ fromMember: null, status: 'received' });

    const classified = await step(committee, sent.id, 'classify', {
      authority: 'beyond',
      note: 'Thuộc thẩm quyền Quận ủy',
      version: 1,
    });
    expect(classified.statusCode, classified.body).toBe(200);
    expect(classified.json()).toMatchObject({ status: 'received', authority: 'beyond' });

    // Too early for a reply or an answer: the order of steps holds.
    for (const [name, body, code] of [
      ['reply', { reply: 'Sớm', repliedOn: today, version: 2 }, 'PETITION_NOT_READY_TO_REPLY'],
      ['answer', { answer: 'Sớm', answeredOn: today, version: 2 }, 'PETITION_NOT_FORWARDED'],
      ['classify', { authority: 'within', version: 2 }, 'PETITION_ALREADY_CLASSIFIED'],
    ] as const) {
      const before = await snapshot(sent.id);
      const res = await step(committee, sent.id, name, body);
      expect(res.statusCode, name).toBe(409);
      expect(res.json().code).toBe(code);
      expect(await snapshot(sent.id)).toEqual(before);
    }

    const forwarded = await step(committee, sent.id, 'forward', {
      forwardedTo: 'Ban Tổ chức Quận ủy',
      forwardedOn: today,
      version: 2,
    });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    expect(forwarded.json()).toMatchObject({ status: 'forwarded', forwardedTo: 'Ban Tổ chức Quận ủy' });
    const mine = (await secretary.get('/api/petitions?mine=true')).json();
    expect(mine.items.find((p: { id: string }) => p.id === sent.id)).toMatchObject({ status: 'forwarded' });
    expect(await noticesOf(u.secretary.id, 'petition.progress')).toBe(2);

    const notYet = await step(committee, sent.id, 'reply', { reply: 'Sớm', repliedOn: today, version: 3 });
    expect(notYet.json().code).toBe('PETITION_NOT_READY_TO_REPLY');

    const answered = await step(committee, sent.id, 'answer', {
      answer: 'Quận ủy sẽ xem xét trong đợt điều chỉnh chế độ năm sau.',
      answeredOn: today,
      version: 3,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'forwarded', answeredOn: today });
    const twice = await step(committee, sent.id, 'answer', {
      answer: 'Lần hai',
      answeredOn: today,
      version: 4,
    });
    expect(twice.json().code).toBe('PETITION_ANSWER_RECORDED');

    const replied = await step(committee, sent.id, 'reply', {
      reply: 'Đảng ủy đã chuyển; Quận ủy trả lời sẽ xem xét năm sau.',
      repliedOn: today,
      version: 4,
    });
    expect(replied.statusCode, replied.body).toBe(200);
    const detail = (await secretary.get(`/api/petitions/${sent.id}`)).json();
    expect(detail).toMatchObject({ status: 'resolved', canHandle: false });
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted',
      'classified',
      'forwarded',
      'answer_received',
      'replied',
    ]);
    expect(await noticesOf(u.secretary.id, 'petition.progress')).toBe(4);
  });
});

describe('bad input changes nothing', () => {
  it('refuses a petition not addressed to a superior of the sending unit', async () => {
    const { cellA, cellB, other } = t.world;
    const before = await petitionCount();
    for (const toUnitId of [cellB.id, cellA.id, other.id, units.partial]) {
      const res = await send(secretary, { toUnitId });
      expect(res.statusCode, toUnitId).toBe(400);
      expect(res.json().field).toBe('toUnitId');
      expect(res.json().message).toContain('Chi bộ A');
    }
    expect(await petitionCount()).toBe(before);
  });

  it('refuses to send from a unit the user does not act for', async () => {
    const before = await petitionCount();
    const asCell = await send(member, {});
    expect(asCell.statusCode).toBe(403);
    const otherCell = await send(member, { asMember: true, fromUnitId: t.world.cellB.id });
    expect(otherCell.statusCode).toBe(400);
    expect(otherCell.json().field).toBe('fromUnitId');
    const notMine = await send(secretary, { fromUnitId: t.world.cellB.id });
    expect(notMine.statusCode).toBe(404);
    const noRecord = await send(committee, { asMember: true });
    expect(noRecord.statusCode).toBe(403);
    expect(noRecord.json().code).toBe('PETITION_NOT_A_MEMBER');
    expect(await petitionCount()).toBe(before);
  });

  it('refuses stale versions, dates in the future or before the previous step, and wrong steps', async () => {
    const within = await created(secretary);
    const beyond = await created(secretary);
    const cases: [string, string, Record<string, unknown>, number, string][] = [
      [within.id, 'classify', { authority: 'within', version: 7 }, 409, 'version'],
      [within.id, 'forward', { forwardedTo: 'Quận ủy', forwardedOn: today, version: 1 }, 409, ''],
    ];
    for (const [id, name, body, status, field] of cases) {
      const before = await snapshot(id);
      const res = await step(committee, id, name, body);
      expect(res.statusCode, `${name} ${res.body}`).toBe(status);
      if (field) expect(res.json().field).toBe(field);
      expect(await snapshot(id)).toEqual(before);
    }
    expect(
      (await step(committee, within.id, 'classify', { authority: 'within', version: 1 })).statusCode,
    ).toBe(200);
    expect(
      (await step(committee, beyond.id, 'classify', { authority: 'beyond', version: 1 })).statusCode,
    ).toBe(200);
    const tomorrow = addDays(today, 1);
    const yesterday = addDays(today, -1);
    const dated: [string, string, Record<string, unknown>, number, string][] = [
      [within.id, 'reply', { reply: 'Trả lời', repliedOn: tomorrow, version: 2 }, 400, 'repliedOn'],
      [within.id, 'reply', { reply: 'Trả lời', repliedOn: yesterday, version: 2 }, 400, 'repliedOn'],
      [within.id, 'reply', { reply: 'Trả lời', repliedOn: today, version: 1 }, 409, 'version'],
      [within.id, 'forward', { forwardedTo: 'Quận ủy', forwardedOn: today, version: 2 }, 409, ''],
      [
        beyond.id,
        'forward',
        { forwardedTo: 'Quận ủy', forwardedOn: tomorrow, version: 2 },
        400,
        'forwardedOn',
      ],
      [
        beyond.id,
        'forward',
        { forwardedTo: 'Quận ủy', forwardedOn: yesterday, version: 2 },
        400,
        'forwardedOn',
      ],
      [beyond.id, 'forward', { forwardedTo: '', forwardedOn: today, version: 2 }, 400, 'forwardedTo'],
      [beyond.id, 'reply', { reply: 'Trả lời', repliedOn: today, version: 2 }, 409, ''],
      [
        beyond.id,
        'forward',
        { forwardedTo: 'Quận ủy', forwardedOn: '2025-02-30', version: 2 },
        400,
        'forwardedOn',
      ],
    ];
    for (const [id, name, body, status, field] of dated) {
      const before = await snapshot(id);
      const res = await step(committee, id, name, body);
      expect(res.statusCode, `${name} ${JSON.stringify(body)} ${res.body}`).toBe(status);
      if (field) expect(res.json().field).toBe(field);
      expect(await snapshot(id)).toEqual(before);
    }
    const future = await step(committee, beyond.id, 'forward', {
      forwardedTo: 'Quận ủy',
      forwardedOn: tomorrow,
      version: 2,
    });
    expect(future.json().message).toMatch(/sau ngày hôm nay/);
    expect(
      (
        await step(committee, beyond.id, 'forward', {
          forwardedTo: 'Quận ủy',
          forwardedOn: today,
          version: 2,
        })
      ).statusCode,
    ).toBe(200);
    const early = await step(committee, beyond.id, 'answer', {
      answer: 'Đồng ý',
      answeredOn: yesterday,
      version: 3,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().field).toBe('answeredOn');
  });

  it('lets only the addressed committee handle a petition', async () => {
    const sent = await created(member, { asMember: true });
    const before = await snapshot(sent.id);
    expect((await step(member, sent.id, 'classify', { authority: 'within', version: 1 })).statusCode).toBe(
      403,
    );
    expect((await step(secretary, sent.id, 'classify', { authority: 'within', version: 1 })).statusCode).toBe(
      403,
    );
    expect(
      (await step(secretaryB, sent.id, 'classify', { authority: 'within', version: 1 })).statusCode,
    ).toBe(404);
    expect((await step(outsider, sent.id, 'classify', { authority: 'within', version: 1 })).statusCode).toBe(
      404,
    );
    expect(await snapshot(sent.id)).toEqual(before);
  });
});

describe('who sees which petition', () => {
  it('a cell’s petitions stay with the cell, its originators and the committees above it', async () => {
    const fromCell = await created(secretary, { subject: 'Đề nghị cấp tài liệu học tập nghị quyết' });
    const fromMember = await created(member, { asMember: true, subject: 'Đề nghị xét tặng Huy hiệu 50 năm' });
    const kp = await signIn('p-sec-p');
    const fromP = await created(kp, {
      fromUnitId: units.cellP,
      toUnitId: units.partial,
      subject: 'Đề nghị bố trí nơi sinh hoạt',
    });
    const toRoot = await created(kp, { fromUnitId: units.cellP, subject: 'Kiến nghị lên Đảng ủy' });
    const listed = async (agent: Agent, query = '') =>
      ((await agent.get(`/api/petitions${query}`)).json().items as { id: string }[]).map((p) => p.id);

    const all = await listed(committee, `?unitId=${t.world.root.id}&limit=200`);
    expect(all).toEqual(expect.arrayContaining([fromCell.id, fromMember.id, fromP.id, toRoot.id]));
    const partial = await listed(partialCommittee, `?unitId=${units.partial}`);
    expect(partial).toContain(fromP.id);
    expect(partial).not.toContain(fromCell.id);
    expect(partial).not.toContain(toRoot.id); // addressed above the partial committee
    // The partial committee reads its cell's petition to the root through the from-unit.
    expect(await listed(partialCommittee, '?limit=200')).toContain(toRoot.id);

    const ofB = await listed(secretaryB, '?limit=200');
    expect(ofB).not.toContain(fromCell.id);
    expect(ofB).not.toContain(fromMember.id);
    expect((await secretaryB.get(`/api/petitions/${fromCell.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/petitions/${fromMember.id}`)).statusCode).toBe(404);
    expect(await listed(outsider, '?limit=200')).toEqual([]);

    // A plain member sees only their own, not the cell's nor a cell-mate's.
    const ofMember = await listed(member, '?limit=200');
    expect(ofMember).toContain(fromMember.id);
    expect(ofMember).not.toContain(fromCell.id);
    expect((await member.get(`/api/petitions/${fromCell.id}`)).statusCode).toBe(404);
    expect(await listed(mate, '?limit=200')).toEqual([]);
    expect((await mate.get(`/api/petitions/${fromMember.id}`)).statusCode).toBe(404);
    // The cell's secretary sees the cell's petitions (also the member's, sent from the cell).
    expect(await listed(secretary, '?limit=200')).toEqual(
      expect.arrayContaining([fromCell.id, fromMember.id]),
    );
    expect(await listed(secretary, '?mine=true&limit=200')).not.toContain(fromMember.id);

    // A register is only for readers of the unit.
    expect((await member.get(`/api/petitions?unitId=${t.world.cellA.id}`)).statusCode).toBe(404);
    expect((await secretary.get(`/api/petitions?unitId=${t.world.root.id}`)).statusCode).toBe(404);
    expect((await member.get(`/api/petitions/stats?unitId=${t.world.root.id}`)).statusCode).toBe(404);
  });

  it('pages the register by key with the same total on every page', async () => {
    const all = (await committee.get(`/api/petitions?unitId=${t.world.root.id}&limit=200`)).json();
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(3);
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 100; i++) {
      const page = (
        await committee.get(
          `/api/petitions?unitId=${t.world.root.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      expect(page.total).toBe(all.total);
      seen.push(...page.items.map((p: { id: string }) => p.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((p: { id: string }) => p.id));
    const resolved = (
      await committee.get(`/api/petitions?unitId=${t.world.root.id}&status=resolved&limit=200`)
    ).json();
    expect(resolved.items.length).toBeGreaterThan(0);
    expect(resolved.items.every((p: { status: string }) => p.status === 'resolved')).toBe(true);
  });
});

describe('addressees', () => {
  it('lists the committees above the sending unit, nearest first', async () => {
    const kp = await signIn('p-sec-p');
    const res = await kp.get(`/api/petitions/addressees?fromUnitId=${units.cellP}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([units.partial, t.world.root.id]);
    expect((await kp.get(`/api/petitions/addressees?fromUnitId=${t.world.cellA.id}`)).statusCode).toBe(404);
    const own = await member.get(`/api/petitions/addressees?fromUnitId=${t.world.cellA.id}`);
    expect(own.json().items.map((u: { id: string }) => u.id)).toEqual([t.world.root.id]);
  });
});

describe('register statistics', () => {
  it('counts by status and open petitions by age band', async () => {
    const db = t.database.db;
    const statUnit = (await makeUnit(db, units.partial, 'cell', 'Chi bộ Khu phố 2')).id;
    await makeUser(db, [{ role: 'cell_secretary', unitId: statUnit }], { username: 'p-sec-s' });
    const s = await signIn('p-sec-s');
    const make = async (daysAgo: number) => {
      const p = await created(s, { fromUnitId: statUnit, toUnitId: units.partial });
      await db
        .update(petitions)
        .set({ receivedOn: addDays(today, -daysAgo) })
        .where(eq(petitions.id, p.id));
      await db
        .update(petitionEvents)
        .set({ on: addDays(today, -daysAgo) })
        .where(eq(petitionEvents.petitionId, p.id));
      return p.id;
    };
    const before = (await partialCommittee.get(`/api/petitions/stats?unitId=${units.partial}`)).json();
    await make(3);
    await make(15);
    await make(16);
    await make(45);
    const old = await make(90);
    const handled = await make(61);
    const closed = await make(100);
    expect(
      (await step(partialCommittee, handled, 'classify', { authority: 'within', version: 1 })).statusCode,
    ).toBe(200);
    expect(
      (await step(partialCommittee, closed, 'classify', { authority: 'within', version: 1 })).statusCode,
    ).toBe(200);
    expect(
      (
        await step(partialCommittee, closed, 'reply', {
          reply: 'Đã giải quyết',
          repliedOn: addDays(today, -80),
          version: 2,
        })
      ).statusCode,
    ).toBe(200);
    const after = (await partialCommittee.get(`/api/petitions/stats?unitId=${units.partial}`)).json();
    const diff = (a: Record<string, number>, b: Record<string, number>) =>
      Object.fromEntries(Object.keys(a).map((k) => [k, (a[k] ?? 0) - (b[k] ?? 0)]));
    expect(diff(after.byStatus, before.byStatus)).toEqual({
      received: 5,
      handling: 1,
      forwarded: 0,
      resolved: 1,
    });
    expect(diff(after.openByAge, before.openByAge)).toEqual({ '0-15': 2, '16-30': 1, '31-60': 1, '60+': 2 });
    expect(after.total - before.total).toBe(7);

    const page = (await partialCommittee.get(`/api/petitions?unitId=${units.partial}&limit=200`)).json();
    const ages = Object.fromEntries(
      page.items.map((p: { id: string; ageDays: number }) => [p.id, p.ageDays]),
    );
    expect(ages[old]).toBe(90);
    expect(ages[closed]).toBe(20); // it took 20 days
    // The stats of a cell's secretary cover only what they see.
    const own = (await s.get(`/api/petitions/stats?unitId=${statUnit}`)).json();
    expect(own.total).toBe(0);
  });
});

describe('when the sending cell moves', () => {
  it('its petitions follow it in the tree', async () => {
    const db = t.database.db;
    const moving = await makeUnit(db, units.partial, 'cell', 'Chi bộ Khu phố 3');
    await makeUser(db, [{ role: 'cell_secretary', unitId: moving.id }], { username: 'p-sec-m' });
    const s = await signIn('p-sec-m');
    const sent = await created(s, { fromUnitId: moving.id });
    expect(
      (await partialCommittee.get('/api/petitions?limit=200')).json().items.map((p: { id: string }) => p.id),
    ).toContain(sent.id);
    await mutate(db, systemContext('test'), (w) =>
      moveUnit(w, moving.id, {
        parentId: t.world.root.id,
        version: 1,
        effectiveOn: today,
        decisionRef: 'QĐ 9',
      }),
    );
    const [unit] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, moving.id));
    const [row] = await db
      .select({ fromPath: petitions.fromPath })
      .from(petitions)
      .where(eq(petitions.id, sent.id));
    expect(row?.fromPath).toBe(unit?.path);
    expect(
      (await partialCommittee.get('/api/petitions?limit=200')).json().items.map((p: { id: string }) => p.id),
    ).not.toContain(sent.id);
    expect((await s.get(`/api/petitions/${sent.id}`)).statusCode).toBe(200);
  });
});
