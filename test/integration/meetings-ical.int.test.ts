import { count, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetings } from '../../src/server/modules/meetings/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import { makeUser, makeWorld, PASSWORD, type World } from '../factories';
import { Agent, createTestApp, type TestApp } from '../harness';
import { makeMeeting } from '../meeting-factory';
import { makeMember } from '../member-factory';

const PUBLIC_URL = 'https://dangbo.example.vn';
let t: TestApp;
let world: World;
let member: Agent;
let anonymous: Agent;

const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp({ publicUrl: PUBLIC_URL });
  world = await makeWorld(t.database.db);
  member = new Agent(t.app);
  anonymous = new Agent(t.app);
  expect((await member.login('w-member', PASSWORD)).statusCode).toBe(200);
});
afterAll(() => t.close());

const db = () => t.database.db;
const pathOf = (url: string) => new URL(url).pathname;

function events(body: string) {
  const component = new ICAL.Component(ICAL.parse(body));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('the feed URL', () => {
  it('is created once, shown once, renewed and revoked', async () => {
    expect((await member.get('/api/calendar-feed')).json()).toEqual({
      active: false,
      createdAt: null,
      url: null,
    });
    const audits = async () => (await db().select({ n: count() }).from(auditLog))[0]?.n ?? 0;
    const before = await audits();

    const created = await member.post('/api/calendar-feed');
    expect(created.statusCode).toBe(201);
    const first = created.json();
    expect(first.url).toMatch(new RegExp(`^${PUBLIC_URL}/api/ical/[\\w-]{40,}$`));
    expect(await audits()).toBe(before + 1);
    const state = (await member.get('/api/calendar-feed')).json();
    expect(state).toMatchObject({ active: true, url: null });
    expect(state.createdAt).toBe(first.createdAt);
    expect((await anonymous.get(pathOf(first.url))).statusCode).toBe(200);

    const second = (await member.post('/api/calendar-feed')).json();
    expect(second.url).not.toBe(first.url);
    expect((await anonymous.get(pathOf(first.url))).statusCode).toBe(404);
    expect((await anonymous.get(pathOf(second.url))).statusCode).toBe(200);

    expect((await member.request({ method: 'DELETE', url: '/api/calendar-feed' })).statusCode).toBe(200);
    expect((await anonymous.get(pathOf(second.url))).statusCode).toBe(404);
    expect((await member.get('/api/calendar-feed')).json().active).toBe(false);
    expect((await member.request({ method: 'DELETE', url: '/api/calendar-feed' })).statusCode).toBe(404);
    expect((await anonymous.get('/api/ical/not-a-token')).statusCode).toBe(404);
  });

  it('needs a session to manage and a CSRF token to change', async () => {
    expect((await anonymous.get('/api/calendar-feed')).statusCode).toBe(401);
    const noCsrf = await member.request({
      method: 'POST',
      url: '/api/calendar-feed',
      headers: { 'x-csrf-token': '' },
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});

describe('the feed', () => {
  it('holds the meetings the user must attend, at local times of Asia/Ho_Chi_Minh', async () => {
    const me = await makeMember(db(), world.cellA.id, {
      userId: world.users.member.id,
      fullName: 'Nguyễn Văn Lịch',
    });
    const mate = await makeMember(db(), world.cellA.id);
    const inB = await makeMember(db(), world.cellB.id);
    const onRoster = await makeMeeting(db(), world.cellA.id, {
      date: dayFromNow(-20),
      time: '19:30',
      attendance: [
        [me.id, 'present'],
        [mate.id, 'present'],
      ],
    });
    const noRosterYet = await makeMeeting(db(), world.cellA.id, {
      date: dayFromNow(10),
      time: '08:00',
      status: 'planned',
      kind: 'thematic',
      place: null,
    });
    await db()
      .update(meetings)
      .set({ onlineLink: 'https://meet.example.vn/chi-bo-a', version: 3 })
      .where(eq(meetings.id, noRosterYet.id));
    // Called to another cell's meeting (e.g. a joint one): on the roster there.
    const elsewhere = await makeMeeting(db(), world.cellB.id, {
      date: dayFromNow(30),
      status: 'planned',
      kind: 'combined',
      attendance: [[me.id, null]],
    });
    // Not the user's: a roster without them, cancelled, too old, too far ahead, another cell.
    await makeMeeting(db(), world.cellA.id, {
      date: dayFromNow(5),
      status: 'planned',
      attendance: [[mate.id, null]],
    });
    await makeMeeting(db(), world.cellA.id, { date: dayFromNow(15), status: 'cancelled' });
    await makeMeeting(db(), world.cellA.id, { date: dayFromNow(-120) });
    await makeMeeting(db(), world.cellA.id, { date: dayFromNow(400), status: 'planned' });
    await makeMeeting(db(), world.cellB.id, {
      date: dayFromNow(3),
      status: 'planned',
      attendance: [[inB.id, null]],
    });

    const { url } = (await member.post('/api/calendar-feed')).json();
    const res = await anonymous.get(pathOf(url));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const list = events(res.body);
    expect(list.map((e) => e.uid)).toEqual(
      [onRoster, noRosterYet, elsewhere].map((m) => `meeting-${m.id}@dangbo.example.vn`),
    );

    const [held, next, joint] = list as [ICAL.Event, ICAL.Event, ICAL.Event];
    expect(held.startDate.toJSDate().toISOString()).toBe(`${dayFromNow(-20)}T12:30:00.000Z`);
    expect(held.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(held.startDate.hour).toBe(19);
    expect(held.endDate.toJSDate().toISOString()).toBe(`${dayFromNow(-20)}T14:30:00.000Z`);
    expect(held.summary).toBe('Sinh hoạt chi bộ thường kỳ — Chi bộ A');
    expect(held.location).toBe('Hội trường tầng 2');
    expect(held.sequence).toBe(0);

    expect(next.startDate.toJSDate().toISOString()).toBe(`${dayFromNow(10)}T01:00:00.000Z`);
    expect(next.summary).toBe('Sinh hoạt chuyên đề — Chi bộ A');
    expect(next.location).toBe('https://meet.example.vn/chi-bo-a');
    expect(next.sequence).toBe(2);
    expect(next.component.getFirstPropertyValue('url')).toBe(`${PUBLIC_URL}/meetings/${noRosterYet.id}`);
    expect(next.component.getFirstPropertyValue('last-modified')).toBeTruthy();

    expect(joint.summary).toBe('Sinh hoạt thường kỳ kết hợp chuyên đề — Chi bộ B');

    // Renewing keeps the events' identities: a calendar app updates them instead of duplicating.
    const again = (await member.post('/api/calendar-feed')).json();
    const renewed = events((await anonymous.get(pathOf(again.url))).body);
    expect(renewed.map((e) => e.uid)).toEqual(list.map((e) => e.uid));
  });

  it('is empty for a user without a member record', async () => {
    const agent = new Agent(t.app);
    await makeUser(db(), [], { username: 'ical-nobody' });
    expect((await agent.login('ical-nobody', PASSWORD)).statusCode).toBe(200);
    const { url } = (await agent.post('/api/calendar-feed')).json();
    const res = await anonymous.get(pathOf(url));
    expect(res.statusCode).toBe(200);
    expect(events(res.body)).toEqual([]);
  });
});
