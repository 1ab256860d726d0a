import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../../src/server/modules/documents/schema';
import { todayIso } from '../../src/server/modules/org/calendar';
import { unitBodies } from '../../src/server/modules/org/schema';
import { workProgramItems, workPrograms } from '../../src/server/modules/programs/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import { documentRow, makeIssuer } from '../document-factory';
import type { Agent } from '../harness';
import { makeMember } from '../member-factory';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let committee: Agent;
let secretary: Agent;
let member: Agent;
let viewer: Agent;
const ids = { btv: '', bch: '', advisory: '', cellBody: '', issuer: '', insider: '', stranger: '' };
/** Last year: every period of it is over, so "late" and the quarterly shares are settled. */
const year = Number(todayIso().slice(0, 4)) - 1;

const signIn = (username: string) => signInAs(t, username);

beforeAll(async () => {
  t = await createWorldApp();
  const db = t.database.db;
  committee = await signIn('w-committee');
  secretary = await signIn('w-secretary');
  member = await signIn('w-member');
  viewer = await signIn('w-viewer');
  const body = async (unitId: string, kind: typeof unitBodies.$inferInsert.kind, name: string) => {
    const [row] = await db.insert(unitBodies).values({ unitId, kind, name }).returning();
    return row?.id as string;
  };
  ids.btv = await body(t.world.root.id, 'standing_committee', 'Ban Thường vụ Đảng ủy');
  ids.bch = await body(t.world.root.id, 'executive_committee', 'Ban Chấp hành Đảng bộ');
  ids.advisory = await body(t.world.root.id, 'advisory_board', 'Ban Tuyên giáo');
  ids.cellBody = await body(t.world.cellA.id, 'cell_committee', 'Chi ủy');
  ids.issuer = (await makeIssuer(db, t.world.root.id)).id;
  ids.insider = (await makeMember(db, t.world.cellA.id)).id;
  ids.stranger = (await makeMember(db, t.world.otherCell.id)).id;
});
afterAll(() => t.close());

const fingerprint = async () => {
  const db = t.database.db;
  const [a] = await db.select({ n: count() }).from(auditLog);
  const [d] = await db.select({ n: count() }).from(documents);
  return JSON.stringify({
    a: a?.n,
    d: d?.n,
    p: await db.select().from(workPrograms).orderBy(workPrograms.id),
    i: await db.select().from(workProgramItems).orderBy(workProgramItems.id),
  });
};
/** The request is refused with `status` naming `field`, and nothing at all is written. */
const refused = async (
  send: () => Promise<{ statusCode: number; json(): { field?: string; message?: string } }>,
  status: number,
  field?: string,
) => {
  const before = await fingerprint();
  const res = await send();
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  if (field) expect(res.json().field).toBe(field);
  expect(await fingerprint()).toBe(before);
  return res;
};

const createProgram = (agent: Agent, body: Record<string, unknown>) => agent.post('/api/programs', body);
const addItem = async (programId: string, body: Record<string, unknown>) => {
  const res = await committee.post(`/api/programs/${programId}/items`, body);
  expect(res.statusCode, res.body).toBe(201);
  const items = res.json().items as { id: string; title: string; version: number }[];
  return items.find((i) => i.title === body.title) as { id: string; version: number };
};
const program = async (id: string, agent = committee) => (await agent.get(`/api/programs/${id}`)).json();
const itemOf = async (programId: string, itemId: string) =>
  (await program(programId)).items.find((i: { id: string }) => i.id === itemId);

let btvProgram = '';
let activity = { id: '', version: 1 };
let resolution = { id: '', version: 1 };

describe('creating a program', () => {
  it("creates the standing committee's program with its default title", async () => {
    const res = await createProgram(committee, { unitId: t.world.root.id, bodyId: ids.btv, year });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    btvProgram = p.id;
    expect(p.title).toBe(`Chương trình làm việc năm ${year} của Ban Thường vụ Đảng ủy Thử nghiệm`);
    expect(p).toMatchObject({
      year,
      body: { id: ids.btv, kind: 'standing_committee' },
      itemCount: 0,
      canEdit: true,
    });
  });

  it('refuses a second program of the same holder and year, a foreign body, nothing to copy', async () => {
    const dup = await refused(
      () => createProgram(committee, { unitId: t.world.root.id, bodyId: ids.btv, year }),
      409,
      'year',
    );
    expect(dup.json().message).toContain(`năm ${year}`);
    await refused(
      () => createProgram(committee, { unitId: t.world.root.id, bodyId: ids.advisory, year }),
      400,
      'bodyId',
    );
    await refused(
      () => createProgram(committee, { unitId: t.world.root.id, bodyId: ids.cellBody, year }),
      400,
      'bodyId',
    );
    await refused(
      () => createProgram(committee, { unitId: t.world.root.id, bodyId: ids.bch, year, copyPrevious: true }),
      400,
      'copyPrevious',
    );
    await refused(() => createProgram(committee, { unitId: t.world.other.id, year }), 404, 'unitId');
    await refused(() => createProgram(secretary, { unitId: t.world.root.id, year }), 404, 'unitId');
    await refused(() => createProgram(viewer, { unitId: t.world.root.id, year }), 403);
    await refused(() => createProgram(committee, { unitId: t.world.root.id, year: 1999 }), 400, 'year');
  });
});

describe('items and their status', () => {
  it('adds an activity due in March and a planned resolution due in the second quarter', async () => {
    activity = await addItem(btvProgram, {
      kind: 'activity',
      title: 'Kiểm tra công tác phát triển đảng viên quý I',
      dueMonth: 3,
      responsibleBodyId: ids.btv,
      responsibleMemberId: ids.insider,
    });
    resolution = await addItem(btvProgram, {
      kind: 'document',
      documentType: 'resolution',
      title: 'Nghị quyết về công tác kiểm tra, giám sát',
      dueQuarter: 2,
      responsibleText: 'Ủy ban Kiểm tra Đảng ủy',
    });
    const p = await program(btvProgram);
    expect(p.items.map((i: { dueOn: string }) => i.dueOn)).toEqual([`${year}-03-31`, `${year}-06-30`]);
    expect(p.items[0].responsibleMember.id).toBe(ids.insider);
    expect(p.items[0].responsibleBody.name).toBe('Ban Thường vụ Đảng ủy');
  });

  it('refuses items without one period, a document without its type, strangers as responsible', async () => {
    const url = `/api/programs/${btvProgram}/items`;
    const base = { kind: 'activity', title: 'Hội nghị sơ kết' };
    await refused(() => committee.post(url, base), 400, 'dueMonth');
    await refused(() => committee.post(url, { ...base, dueMonth: 2, dueQuarter: 1 }), 400, 'dueQuarter');
    await refused(() => committee.post(url, { ...base, dueMonth: 13 }), 400, 'dueMonth');
    await refused(() => committee.post(url, { ...base, kind: 'document', dueMonth: 2 }), 400, 'documentType');
    await refused(
      () => committee.post(url, { ...base, dueMonth: 2, responsibleBodyId: ids.cellBody }),
      400,
      'responsibleBodyId',
    );
    await refused(
      () => committee.post(url, { ...base, dueMonth: 2, responsibleMemberId: ids.stranger }),
      400,
      'responsibleMemberId',
    );
    await refused(() => viewer.post(url, { ...base, dueMonth: 2 }), 403);
    await refused(() => secretary.post(url, { ...base, dueMonth: 2 }), 404);
  });

  it('refuses done in the future, before the year, by hand for a planned document, cancel without reason', async () => {
    const url = (id: string) => `/api/programs/items/${id}/status`;
    await refused(
      () => committee.post(url(activity.id), { status: 'done', doneOn: '2999-01-01', version: 1 }),
      400,
      'doneOn',
    );
    await refused(
      () => committee.post(url(activity.id), { status: 'done', doneOn: `${year - 1}-12-31`, version: 1 }),
      400,
      'doneOn',
    );
    await refused(() => committee.post(url(resolution.id), { status: 'done', version: 1 }), 400, 'status');
    await refused(() => committee.post(url(activity.id), { status: 'cancelled', version: 1 }), 400, 'reason');
    await refused(() => committee.post(url(activity.id), { status: 'done', version: 7 }), 409, 'version');
  });

  it('marks the activity done on time; the planned resolution is late; shares per quarter follow', async () => {
    const res = await committee.post(`/api/programs/items/${activity.id}/status`, {
      status: 'done',
      doneOn: `${year}-03-20`,
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.items.map((i: { late: boolean; status: string }) => [i.status, i.late])).toEqual([
      ['done', false],
      ['planned', true],
    ]);
    expect(p.quarters[0]).toMatchObject({ quarter: 1, counted: 1, onTime: 1, share: 1 });
    expect(p.quarters[1]).toMatchObject({ quarter: 2, counted: 1, onTime: 0, share: 0 });
    expect(p.quarters[2]).toMatchObject({ counted: 0, share: null });
    const list = (await committee.get(`/api/programs?unitId=${t.world.root.id}&year=${year}`)).json();
    expect(list.items.find((x: { id: string }) => x.id === btvProgram)).toMatchObject({
      itemCount: 2,
      doneCount: 1,
      lateCount: 1,
    });
  });

  it('edits an item (its due day follows the period) and keeps versions', async () => {
    const res = await committee.patch(`/api/programs/items/${resolution.id}`, { dueMonth: 5, version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json().items.find((i: { id: string }) => i.id === resolution.id);
    expect(item).toMatchObject({ dueMonth: 5, dueQuarter: null, dueOn: `${year}-05-31`, version: 2 });
    await refused(
      () => committee.patch(`/api/programs/items/${resolution.id}`, { title: 'Cũ', version: 1 }),
      409,
      'version',
    );
    resolution.version = 2;
  });
});

describe('program completion when a planned document is issued', () => {
  const draft = (body: Record<string, unknown>) =>
    committee.post('/api/documents', {
      direction: 'outgoing',
      ownerUnitId: t.world.root.id,
      type: 'resolution',
      issuerId: ids.issuer,
      summary: 'Về công tác kiểm tra, giám sát',
      ...body,
    });

  it('refuses a draft for an item that is not an open planned document of that type', async () => {
    await refused(() => draft({ programItemId: activity.id }), 400, 'programItemId');
    await refused(() => draft({ type: 'plan', programItemId: resolution.id }), 400, 'programItemId');
    await refused(
      () => draft({ programItemId: '00000000-0000-4000-8000-000000000000' }),
      400,
      'programItemId',
    );
  });

  it('lists the open planned documents for the documents form', async () => {
    const res = await committee.get(
      `/api/programs/items/open-documents?unitId=${t.world.root.id}&type=resolution`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { id: string }) => i.id)).toEqual([resolution.id]);
    const plans = await committee.get(
      `/api/programs/items/open-documents?unitId=${t.world.root.id}&type=plan`,
    );
    expect(plans.json().items).toEqual([]);
  });

  it('a draft written for the item puts it in progress; issuing it marks it done on the issue day', async () => {
    const created = await draft({ programItemId: resolution.id });
    expect(created.statusCode, created.body).toBe(201);
    const docId = created.json().id;
    expect(await itemOf(btvProgram, resolution.id)).toMatchObject({
      status: 'in_progress',
      document: { id: docId },
    });
    expect((await committee.post(`/api/documents/${docId}/approve`, { version: 1 })).statusCode).toBe(200);
    const issued = await committee.post(`/api/documents/${docId}/issue`, {
      version: 2,
      issuedOn: `${year}-05-10`,
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const p = await program(btvProgram);
    const item = p.items.find((i: { id: string }) => i.id === resolution.id);
    expect(item).toMatchObject({ status: 'done', doneOn: `${year}-05-10`, late: false });
    expect(item.document.numberText).toMatch(/^\d+-NQ\//);
    expect(p.quarters[1]).toMatchObject({ counted: 1, onTime: 1, share: 1 });
    expect(p.doneCount).toBe(2);
    expect(p.lateCount).toBe(0);
  });

  it('a withdrawn document opens its item again', async () => {
    const report = await addItem(btvProgram, {
      kind: 'document',
      documentType: 'report',
      title: 'Báo cáo sơ kết 6 tháng đầu năm',
      dueMonth: 7,
    });
    const created = await draft({ type: 'report', summary: 'Sơ kết 6 tháng', programItemId: report.id });
    const docId = created.json().id;
    await committee.post(`/api/documents/${docId}/approve`, { version: 1 });
    await committee.post(`/api/documents/${docId}/issue`, { version: 2, issuedOn: `${year}-07-05` });
    expect(await itemOf(btvProgram, report.id)).toMatchObject({ status: 'done', doneOn: `${year}-07-05` });
    const withdrawn = await committee.post(`/api/documents/${docId}/withdraw`, {
      version: 3,
      reason: 'Sai số liệu',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await itemOf(btvProgram, report.id)).toMatchObject({
      status: 'planned',
      doneOn: null,
      document: null,
      late: true,
    });
    // Out of the program again, so later counts (and the copy below) do not see it.
    expect(
      (await committee.request({ method: 'DELETE', url: `/api/programs/items/${report.id}` })).statusCode,
    ).toBe(200);
  });

  it('links a registered document by hand; refuses other types, other registries, incoming ones', async () => {
    const plan = await addItem(btvProgram, {
      kind: 'document',
      documentType: 'plan',
      title: 'Kế hoạch tổ chức Hội nghị tổng kết năm',
      dueMonth: 12,
    });
    const db = t.database.db;
    const cellIssuer = await makeIssuer(db, t.world.cellA.id, 'CB');
    const wrongType = await documentRow(db, t.world.root.id, ids.issuer, { type: 'report' });
    const elsewhere = await documentRow(db, t.world.cellA.id, cellIssuer.id);
    const incoming = await documentRow(db, t.world.root.id, ids.issuer, {
      direction: 'incoming',
      status: 'issued',
    });
    const url = `/api/programs/items/${plan.id}/document`;
    for (const doc of [wrongType, elsewhere, incoming])
      await refused(() => committee.post(url, { documentId: doc.id, version: 1 }), 400, 'documentId');
    await refused(
      () =>
        committee.post(`/api/programs/items/${activity.id}/document`, {
          documentId: wrongType.id,
          version: 2,
        }),
      400,
      'documentId',
    );
    const issued = await documentRow(db, t.world.root.id, ids.issuer, {
      status: 'issued',
      issuedOn: `${year}-12-28`,
      numberText: '99-KH/ĐU',
      number: 99,
    });
    const linked = await committee.post(url, { documentId: issued.id, version: 1 });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().items.find((i: { id: string }) => i.id === plan.id)).toMatchObject({
      status: 'done',
      doneOn: `${year}-12-28`,
    });
    const unlinked = await committee.request({ method: 'DELETE', url });
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(unlinked.json().items.find((i: { id: string }) => i.id === plan.id)).toMatchObject({
      status: 'planned',
      doneOn: null,
      document: null,
    });
  });
});

describe('copy last year, delete', () => {
  it("copies last year's items as planned, in the same months and quarters of the new year", async () => {
    const res = await createProgram(committee, {
      unitId: t.world.root.id,
      bodyId: ids.btv,
      year: year + 1,
      copyPrevious: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    const old = await program(btvProgram);
    expect(p.items.map((i: { title: string }) => i.title).sort()).toEqual(
      old.items.map((i: { title: string }) => i.title).sort(),
    );
    expect(
      p.items.every(
        (i: { status: string; document: unknown; doneOn: unknown }) =>
          i.status === 'planned' && !i.document && !i.doneOn,
      ),
    ).toBe(true);
    expect(p.items.map((i: { dueOn: string }) => i.dueOn)).toEqual([
      `${year + 1}-03-31`,
      `${year + 1}-05-31`,
      `${year + 1}-12-31`,
    ]);
  });

  it('deletes a program only while nothing of it is done', async () => {
    await refused(() => committee.request({ method: 'DELETE', url: `/api/programs/${btvProgram}` }), 409);
    const fresh = await createProgram(committee, { unitId: t.world.root.id, bodyId: ids.bch, year });
    expect(fresh.statusCode).toBe(201);
    await addItem(fresh.json().id, { kind: 'activity', title: 'Hội nghị Ban Chấp hành', dueQuarter: 1 });
    const res = await committee.request({ method: 'DELETE', url: `/api/programs/${fresh.json().id}` });
    expect(res.statusCode, res.body).toBe(200);
    expect((await committee.get(`/api/programs/${fresh.json().id}`)).statusCode).toBe(404);
  });
});

describe('who sees which program', () => {
  let cellA = '';
  let cellB = '';
  beforeAll(async () => {
    const a = await createProgram(secretary, { unitId: t.world.cellA.id, year: year + 1 });
    expect(a.statusCode, a.body).toBe(201);
    cellA = a.json().id;
    expect(a.json().title).toBe(`Chương trình làm việc năm ${year + 1} của Chi bộ A`);
    const b = await createProgram(committee, { unitId: t.world.cellB.id, year: year + 1 });
    cellB = b.json().id;
  });

  it("a cell secretary sees and edits the own cell's program, not another cell's", async () => {
    expect((await secretary.get(`/api/programs/${cellA}`)).json().canEdit).toBe(true);
    expect((await secretary.get(`/api/programs/${cellB}`)).statusCode).toBe(404);
    expect((await secretary.get(`/api/programs/${btvProgram}`)).statusCode).toBe(404);
    expect((await secretary.get(`/api/programs?unitId=${t.world.cellB.id}`)).statusCode).toBe(404);
    const own = (await secretary.get(`/api/programs?unitId=${t.world.cellA.id}`)).json();
    expect(own.items.map((p: { id: string }) => p.id)).toEqual([cellA]);
    await refused(() => secretary.patch(`/api/programs/${cellB}`, { title: 'Khác', version: 1 }), 404);
  });

  it("a member reads the own cell's program and writes nothing", async () => {
    const res = await member.get(`/api/programs/${cellA}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().canEdit).toBe(false);
    expect((await member.get(`/api/programs/${cellB}`)).statusCode).toBe(404);
    await refused(() => member.patch(`/api/programs/${cellA}`, { title: 'Khác', version: 1 }), 403);
  });

  it("the committee sees its cells' programs in the subtree list", async () => {
    const list = (
      await committee.get(`/api/programs?unitId=${t.world.root.id}&subtree=true&year=${year + 1}`)
    ).json();
    const found = list.items.map((p: { id: string }) => p.id);
    expect(found).toEqual(expect.arrayContaining([cellA, cellB]));
    const own = (await committee.get(`/api/programs?unitId=${t.world.root.id}&year=${year + 1}`)).json();
    expect(own.items.map((p: { id: string }) => p.id)).not.toContain(cellA);
  });
});
