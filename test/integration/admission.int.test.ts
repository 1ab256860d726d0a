import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admissionCases } from '../../src/server/modules/admission/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import { makeWorld, PASSWORD, type World } from '../factories';
import { Agent, createTestApp, type TestApp } from '../harness';
import { makeMember } from '../member-factory';

let t: TestApp;
let world: World;
const as = {} as Record<'admin' | 'committee' | 'secretary' | 'member' | 'viewer' | 'outsider', Agent>;
const people = {} as { introA: string; introB: string; probationary: string; introInB: string };

beforeAll(async () => {
  t = await createTestApp();
  world = await makeWorld(t.database.db);
  for (const who of Object.keys({
    admin: 1,
    committee: 1,
    secretary: 1,
    member: 1,
    viewer: 1,
    outsider: 1,
  })) {
    const agent = new Agent(t.app);
    expect((await agent.login(`w-${who}`, PASSWORD)).statusCode).toBe(200);
    as[who as keyof typeof as] = agent;
  }
  const db = t.database.db;
  people.introA = (await makeMember(db, world.cellA.id, { fullName: 'Trần Văn Giới' })).id;
  people.introB = (await makeMember(db, world.cellA.id, { fullName: 'Lê Thị Thiệu' })).id;
  people.introInB = (await makeMember(db, world.cellB.id, { fullName: 'Phạm Văn Bê' })).id;
  people.probationary = (
    await makeMember(db, world.cellA.id, {
      fullName: 'Đỗ Văn Dự',
      status: 'probationary',
      admissionDate: '2025-01-10',
      officialDate: null,
    })
  ).id;
});
afterAll(() => t.close());

let seq = 0;
const candidate = (unitId: string, extra: Record<string, unknown> = {}) => ({
  unitId,
  nominatedOn: '2025-01-06',
  fullName: `Nguyễn Thị Ưu Tú ${++seq}`,
  birthDate: '2000-05-01',
  sex: 'female',
  generalEducation: '12/12',
  job: 'Giáo viên',
  citizenId: `0030${String(seq).padStart(8, '0')}`,
  ...extra,
});

async function nominate(agent: Agent, unitId: string, extra: Record<string, unknown> = {}) {
  const res = await agent.post('/api/admission/cases', candidate(unitId, extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; memberId: string; version: number };
}

async function step(agent: Agent, id: string, body: Record<string, unknown>) {
  const current = (await as.admin.get(`/api/admission/cases/${id}`)).json();
  return agent.post(`/api/admission/cases/${id}/steps`, { version: current.version, ...body });
}

async function stepOk(agent: Agent, id: string, body: Record<string, unknown>) {
  const res = await step(agent, id, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const introducers = () => ({
  step: 'introducers',
  introducersOn: '2025-03-03',
  introducers: [
    { memberId: people.introA, knownSince: '2023-01-01' },
    { memberId: people.introB, knownSince: '2024-03-03' },
  ],
});

/** Course, introducers and a clear background check: ready for the cell's vote. */
async function readyForVote(agent: Agent, id: string) {
  await stepOk(agent, id, { step: 'course', courseDate: '2025-02-10', courseCertificate: 'GCN 12/2025' });
  await stepOk(agent, id, introducers());
  await stepOk(agent, id, {
    step: 'verification',
    verificationDate: '2025-04-01',
    verificationResult: 'clear',
  });
}

const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;
const caseVersion = async (id: string) =>
  (
    await t.database.db
      .select({ v: admissionCases.version })
      .from(admissionCases)
      .where(eq(admissionCases.id, id))
  )[0]?.v;

/** A refused step names the field, says why in Vietnamese, and writes nothing. */
async function refused(id: string, body: Record<string, unknown>, status: number, field: string) {
  const audit = await auditCount();
  const version = await caseVersion(id);
  const res = await step(as.secretary, id, body);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().field).toBe(field);
  expect(res.json().message).toMatch(
    /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i,
  );
  expect(await auditCount()).toBe(audit);
  expect(await caseVersion(id)).toBe(version);
  return res.json() as { code: string; message: string };
}

describe('the whole pipeline', () => {
  it('nominates, trains, introduces, checks, votes, decides, admits and makes official', async () => {
    const created = await nominate(as.secretary, world.cellA.id);
    expect(created).toMatchObject({
      memberStatus: 'candidate',
      progress: { stage: 'candidate', next: 'course' },
    });
    const asMember = (await as.secretary.get(`/api/members/${created.memberId}`)).json();
    expect(asMember.status).toBe('candidate');

    await readyForVote(as.secretary, created.id);
    let c = await stepOk(as.secretary, created.id, {
      step: 'cell_vote',
      cellVoteDate: '2025-04-15',
      votesFor: 8,
      votesTotal: 10,
    });
    expect(c).toMatchObject({ cellVoteResult: 'passed', progress: { stage: 'voted', next: 'decision' } });
    c = await stepOk(as.committee, created.id, {
      step: 'decision',
      decisionNumber: '125-QĐ/ĐU',
      decisionDate: '2025-05-05',
    });
    // 30 working days after 05/05/2025 (no holiday in between): 16/06/2025.
    expect(c.progress).toMatchObject({ stage: 'decided', next: 'ceremony', dueOn: '2025-06-16' });
    c = await stepOk(as.secretary, created.id, { step: 'ceremony', ceremonyDate: '2025-05-19' });
    expect(c).toMatchObject({
      memberStatus: 'probationary',
      progress: {
        stage: 'probation',
        next: 'official_vote',
        notBefore: '2026-05-19',
        probationEndsOn: '2026-05-19',
      },
    });
    const probationary = (await as.secretary.get(`/api/members/${created.memberId}`)).json();
    expect(probationary).toMatchObject({ status: 'probationary', admissionDate: '2025-05-05' });

    // The vote is late (due 30 working days after 19/05/2026); official membership still dates from 19/05/2026.
    expect(c.progress.dueOn).toBe('2026-06-30');
    c = await stepOk(as.secretary, created.id, {
      step: 'official_vote',
      officialVoteDate: '2026-07-20',
      officialVoteResult: 'admitted',
    });
    expect(c).toMatchObject({ open: false, officialDate: '2026-05-19', progress: { stage: 'official' } });
    const official = (await as.secretary.get(`/api/members/${created.memberId}`)).json();
    expect(official).toMatchObject({
      status: 'official',
      officialDate: '2026-05-19',
      admissionDate: '2025-05-05',
    });
    // Every step left an audit row.
    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, created.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'admission.nominated',
        'admission.course',
        'admission.cell_vote',
        'admission.ceremony',
        'admission.official_vote',
      ]),
    );
    // Closed cases leave the board.
    const board = (await as.secretary.get('/api/admission/cases')).json();
    expect(board.items.map((i: { id: string }) => i.id)).not.toContain(created.id);
  });

  it('a failed cell vote closes the case', async () => {
    const created = await nominate(as.secretary, world.cellA.id);
    await readyForVote(as.secretary, created.id);
    const c = await stepOk(as.secretary, created.id, {
      step: 'cell_vote',
      cellVoteDate: '2025-04-15',
      votesFor: 6,
      votesTotal: 10,
    });
    expect(c).toMatchObject({ cellVoteResult: 'failed', open: false, progress: { stage: 'closed' } });
    expect(
      (
        await step(as.secretary, created.id, {
          step: 'decision',
          decisionNumber: '1',
          decisionDate: '2025-05-01',
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('rule violations: 4xx naming the field, nothing written', () => {
  it('refuses a vote of an applicant under 18 at the vote date', async () => {
    const young = await nominate(as.secretary, world.cellA.id, { birthDate: '2007-06-01' });
    await readyForVote(as.secretary, young.id);
    const error = await refused(
      young.id,
      { step: 'cell_vote', cellVoteDate: '2025-05-31', votesFor: 9, votesTotal: 10 },
      400,
      'cellVoteDate',
    );
    expect(error.code).toBe('ADMISSION_AGE');
    expect(error.message).toContain('17 tuổi 11 tháng');
    // On the 18th birthday the vote is accepted.
    await stepOk(as.secretary, young.id, {
      step: 'cell_vote',
      cellVoteDate: '2025-06-01',
      votesFor: 9,
      votesTotal: 10,
    });
  });

  it('refuses too little education, missing steps, and an introducer who is not official', async () => {
    const low = await nominate(as.secretary, world.cellA.id, { generalEducation: '8/12' });
    const vote = { step: 'cell_vote', cellVoteDate: '2025-04-15', votesFor: 9, votesTotal: 10 };
    expect((await refused(low.id, vote, 400, 'introducers')).code).toBe('ADMISSION_STEP_MISSING');
    await readyForVote(as.secretary, low.id);
    expect((await refused(low.id, vote, 400, 'generalEducation')).code).toBe('ADMISSION_EDUCATION');

    const other = await nominate(as.secretary, world.cellA.id);
    const notOfficial = await refused(
      other.id,
      {
        ...introducers(),
        introducers: [
          { memberId: people.introA, knownSince: '2023-01-01' },
          { memberId: people.probationary, knownSince: '2023-01-01' },
        ],
      },
      400,
      'introducers.1.memberId',
    );
    expect(notOfficial.code).toBe('ADMISSION_INTRODUCER_NOT_OFFICIAL');
    expect(notOfficial.message).toContain('Đỗ Văn Dự');
    const shortKnown = await refused(
      other.id,
      {
        ...introducers(),
        introducers: [{ memberId: people.introA, knownSince: '2024-06-01' }, introducers().introducers[1]],
      },
      400,
      'introducers.0.knownSince',
    );
    expect(shortKnown.code).toBe('ADMISSION_INTRODUCER_KNOWN');
    await refused(
      other.id,
      { ...introducers(), introducers: [introducers().introducers[0]] },
      400,
      'introducers',
    );
    // A member of another cell the secretary cannot see does not exist for them.
    await refused(
      other.id,
      {
        ...introducers(),
        introducers: [{ memberId: people.introInB, knownSince: '2020-01-01' }, introducers().introducers[1]],
      },
      404,
      'introducers.0.memberId',
    );
    await refused(
      other.id,
      { step: 'course', courseDate: '2099-01-01', courseCertificate: 'X' },
      400,
      'courseDate',
    );
    await refused(
      other.id,
      { step: 'course', courseDate: '2024-12-31', courseCertificate: 'X' },
      400,
      'courseDate',
    );
  });

  it('refuses a ceremony before the decision and an official vote before probation ends', async () => {
    const c = await nominate(as.secretary, world.cellA.id);
    await readyForVote(as.secretary, c.id);
    await stepOk(as.secretary, c.id, {
      step: 'cell_vote',
      cellVoteDate: '2025-04-15',
      votesFor: 8,
      votesTotal: 10,
    });
    await refused(c.id, { step: 'ceremony', ceremonyDate: '2025-05-19' }, 400, 'decisionDate');
    await stepOk(as.secretary, c.id, {
      step: 'decision',
      decisionNumber: '130-QĐ/ĐU',
      decisionDate: '2025-05-05',
    });
    expect(
      (await refused(c.id, { step: 'ceremony', ceremonyDate: '2025-05-04' }, 400, 'ceremonyDate')).code,
    ).toBe('ADMISSION_STEP_ORDER');
    await stepOk(as.secretary, c.id, { step: 'ceremony', ceremonyDate: '2025-05-20' });
    expect(
      (
        await refused(
          c.id,
          { step: 'official_vote', officialVoteDate: '2026-05-19', officialVoteResult: 'admitted' },
          400,
          'officialVoteDate',
        )
      ).code,
    ).toBe('ADMISSION_PROBATION_NOT_OVER');
    // Votes in favour above the total: a validation error naming the field.
    const v = await nominate(as.secretary, world.cellA.id);
    await readyForVote(as.secretary, v.id);
    await refused(
      v.id,
      { step: 'cell_vote', cellVoteDate: '2025-04-15', votesFor: 11, votesTotal: 10 },
      400,
      'votesFor',
    );
    // A stale version is a conflict.
    const res = await as.secretary.post(`/api/admission/cases/${v.id}/steps`, {
      step: 'course',
      courseDate: '2025-02-10',
      courseCertificate: 'X',
      version: 1,
    });
    expect(res.statusCode).toBe(409);
  });

  it('refuses a nomination with a bad education value or a future date', async () => {
    const bad = await as.secretary.post(
      '/api/admission/cases',
      candidate(world.cellA.id, { generalEducation: 'lớp 9' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('generalEducation');
    const future = await as.secretary.post(
      '/api/admission/cases',
      candidate(world.cellA.id, { nominatedOn: '2099-01-01' }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().field).toBe('nominatedOn');
  });
});

describe('a candidate already in the register', () => {
  it('gets a case opened once, and admission cannot predate the candidate status', async () => {
    const db = t.database.db;
    const person = await makeMember(db, world.cellA.id, {
      fullName: 'Hồ Thị Nhập',
      status: 'candidate',
      admissionDate: null,
      officialDate: null,
      since: '2025-05-10',
    });
    const res = await as.secretary.post('/api/admission/cases/open', {
      memberId: person.id,
      nominatedOn: '2025-01-06',
    });
    expect(res.statusCode, res.body).toBe(201);
    const opened = res.json();
    expect(opened).toMatchObject({ fullName: 'Hồ Thị Nhập', progress: { next: 'course' } });
    const again = await as.secretary.post('/api/admission/cases/open', {
      memberId: person.id,
      nominatedOn: '2025-01-06',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ADMISSION_CASE_OPEN', field: 'memberId' });
    const official = await as.secretary.post('/api/admission/cases/open', {
      memberId: people.introA,
      nominatedOn: '2025-01-06',
    });
    expect(official.json()).toMatchObject({ code: 'ADMISSION_NOT_CANDIDATE', field: 'memberId' });
    const inB = await makeMember(db, world.cellB.id, {
      status: 'candidate',
      admissionDate: null,
      officialDate: null,
    });
    expect(
      (await as.secretary.post('/api/admission/cases/open', { memberId: inB.id, nominatedOn: '2025-01-06' }))
        .statusCode,
    ).toBe(404);

    await readyForVote(as.secretary, opened.id);
    const vote = { step: 'cell_vote', cellVoteDate: '2025-04-15', votesFor: 8, votesTotal: 10 };
    // The register holds no education for this person: the vote names the field, the record is completed.
    expect((await refused(opened.id, vote, 400, 'generalEducation')).code).toBe('ADMISSION_EDUCATION');
    const patched = await as.secretary.patch(`/api/members/${person.id}`, {
      generalEducation: '9/12',
      version: 1,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    await stepOk(as.secretary, opened.id, vote);
    await refused(
      opened.id,
      { step: 'decision', decisionNumber: '140-QĐ/ĐU', decisionDate: '2025-05-01' },
      400,
      'decisionDate',
    );
    await stepOk(as.secretary, opened.id, {
      step: 'decision',
      decisionNumber: '140-QĐ/ĐU',
      decisionDate: '2025-05-12',
    });
    await stepOk(as.secretary, opened.id, { step: 'ceremony', ceremonyDate: '2025-05-20' });
    const member = (await as.secretary.get(`/api/members/${person.id}`)).json();
    expect(member).toMatchObject({ status: 'probationary', admissionDate: '2025-05-12' });
  });
});

describe('access', () => {
  let inB: { id: string };
  beforeAll(async () => {
    inB = await nominate(as.committee, world.cellB.id);
  });

  it('hides other cells’ cases from a cell secretary and candidates from the member role', async () => {
    expect((await as.secretary.get(`/api/admission/cases/${inB.id}`)).statusCode).toBe(404);
    expect((await as.outsider.get(`/api/admission/cases/${inB.id}`)).statusCode).toBe(404);
    expect((await as.member.get(`/api/admission/cases/${inB.id}`)).statusCode).toBe(403);
    expect((await as.member.get('/api/admission/cases')).statusCode).toBe(403);
    expect(
      (await step(as.secretary, inB.id, { step: 'course', courseDate: '2025-02-10', courseCertificate: 'X' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await step(as.viewer, inB.id, { step: 'course', courseDate: '2025-02-10', courseCertificate: 'X' }))
        .statusCode,
    ).toBe(403);
    expect((await as.secretary.post('/api/admission/cases', candidate(world.cellB.id))).statusCode).toBe(404);
    expect((await as.viewer.post('/api/admission/cases', candidate(world.cellB.id))).statusCode).toBe(403);
    const board = (await as.secretary.get('/api/admission/cases')).json();
    expect(board.items.every((i: { unitId: string }) => i.unitId === world.cellA.id)).toBe(true);
    expect((await as.secretary.get(`/api/admission/cases?unitId=${world.cellB.id}`)).statusCode).toBe(404);
    const committee = (await as.committee.get('/api/admission/cases')).json();
    expect(committee.items.map((i: { id: string }) => i.id)).toContain(inB.id);
    expect((await as.outsider.get('/api/admission/cases')).json().items).toEqual([]);
  });
});

describe('the board', () => {
  it('shows overdue first, then by due date, undated last (per cell and for the committee)', async () => {
    const db = t.database.db;
    const cell = world.cellB.id;
    const undated = await nominate(as.committee, cell);
    const decided = async (decisionDate: string) => {
      const c = await nominate(as.committee, cell);
      await readyForVote(as.committee, c.id);
      await stepOk(as.committee, c.id, {
        step: 'cell_vote',
        cellVoteDate: '2025-04-15',
        votesFor: 8,
        votesTotal: 10,
      });
      await stepOk(as.committee, c.id, { step: 'decision', decisionNumber: `${++seq}-QĐ/ĐU`, decisionDate });
      return c;
    };
    const late = await decided('2025-05-05');
    const older = await decided('2025-04-20');
    // A case in probation whose official vote is due long after today.
    const recent = await decided('2025-04-25');
    await stepOk(as.committee, recent.id, { step: 'ceremony', ceremonyDate: '2026-11-20' });
    const board = (await as.committee.get(`/api/admission/cases?unitId=${cell}`)).json();
    const order = board.items.map((i: { id: string }) => i.id);
    expect(order.indexOf(older.id)).toBeLessThan(order.indexOf(late.id));
    expect(order.indexOf(late.id)).toBeLessThan(order.indexOf(recent.id));
    expect(order.indexOf(recent.id)).toBeLessThan(order.indexOf(undated.id));
    const lateItem = board.items.find((i: { id: string }) => i.id === late.id);
    expect(lateItem.progress).toMatchObject({ next: 'ceremony', dueOn: '2025-06-16', overdue: true });
    expect(board.items.find((i: { id: string }) => i.id === recent.id).progress.overdue).toBe(false);
    expect(board.items.every((i: { unitId: string }) => i.unitId === cell)).toBe(true);
    expect(await db.select({ n: count() }).from(admissionCases)).toBeTruthy();
  });
});

describe('yearly targets', () => {
  it('the committee sets a target per cell; the table shows admissions so far', async () => {
    const year = 2025;
    const set = await as.committee.put('/api/admission/targets', { unitId: world.cellA.id, year, target: 5 });
    expect(set.statusCode, set.body).toBe(200);
    const table = (
      await as.committee.get(`/api/admission/targets?unitId=${world.root.id}&year=${year}`)
    ).json();
    const rowA = table.items.find((r: { unitId: string }) => r.unitId === world.cellA.id);
    // Decisions dated 2025 in cell A: the whole pipeline, the refused ceremony case, the opened case.
    expect(rowA).toMatchObject({ target: 5, admitted: 3, version: 1, canEdit: true });
    const rowB = table.items.find((r: { unitId: string }) => r.unitId === world.cellB.id);
    expect(rowB).toMatchObject({ target: null, admitted: 3 });
    // Changing needs the version; a stale one is refused.
    expect(
      (await as.committee.put('/api/admission/targets', { unitId: world.cellA.id, year, target: 6 }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await as.committee.put('/api/admission/targets', {
          unitId: world.cellA.id,
          year,
          target: 6,
          version: 1,
        })
      ).statusCode,
    ).toBe(200);
    // The cell's own secretary reads but does not set it; others' cells are not there.
    const mine = (
      await as.secretary.get(`/api/admission/targets?unitId=${world.cellA.id}&year=${year}`)
    ).json();
    expect(mine.items).toEqual([
      expect.objectContaining({ unitId: world.cellA.id, target: 6, canEdit: false }),
    ]);
    expect(
      (
        await as.secretary.put('/api/admission/targets', {
          unitId: world.cellA.id,
          year,
          target: 9,
          version: 2,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await as.outsider.put('/api/admission/targets', { unitId: world.cellA.id, year, target: 9 }))
        .statusCode,
    ).toBe(404);
    const notCell = await as.committee.put('/api/admission/targets', {
      unitId: world.root.id,
      year,
      target: 9,
    });
    expect(notCell.statusCode).toBe(400);
    expect(notCell.json().field).toBe('unitId');
  });
});

describe('the working-day calendar', () => {
  it('an added day off moves a computed deadline; deleting it moves it back', async () => {
    const c = await nominate(as.secretary, world.cellA.id);
    await readyForVote(as.secretary, c.id);
    await stepOk(as.secretary, c.id, {
      step: 'cell_vote',
      cellVoteDate: '2025-10-20',
      votesFor: 8,
      votesTotal: 10,
    });
    const decided = await stepOk(as.secretary, c.id, {
      step: 'decision',
      decisionNumber: '200-QĐ/ĐU',
      decisionDate: '2025-11-03',
    });
    expect(decided.progress.dueOn).toBe('2025-12-15');
    const add = await as.admin.put('/api/calendar/days/2025-11-20', { kind: 'day_off', name: 'Nghỉ thử' });
    expect(add.statusCode, add.body).toBe(200);
    expect((await as.secretary.get(`/api/admission/cases/${c.id}`)).json().progress.dueOn).toBe('2025-12-16');
    const listed = (await as.secretary.get('/api/calendar/days?year=2025')).json();
    expect(listed.items).toContainEqual({
      date: '2025-11-20',
      kind: 'day_off',
      name: 'Nghỉ thử',
      version: 1,
    });
    // A worked Saturday in the period pulls it back by one day.
    expect(
      (await as.admin.put('/api/calendar/days/2025-11-22', { kind: 'worked_weekend', name: 'Làm bù' }))
        .statusCode,
    ).toBe(200);
    expect((await as.secretary.get(`/api/admission/cases/${c.id}`)).json().progress.dueOn).toBe('2025-12-15');
    expect(
      (await as.admin.request({ method: 'DELETE', url: '/api/calendar/days/2025-11-22?version=1' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await as.admin.request({ method: 'DELETE', url: '/api/calendar/days/2025-11-20?version=1' }))
        .statusCode,
    ).toBe(200);
    expect((await as.secretary.get(`/api/admission/cases/${c.id}`)).json().progress.dueOn).toBe('2025-12-15');
  });

  it('validates days and versions, and only the administrator edits', async () => {
    const weekend = await as.admin.put('/api/calendar/days/2025-11-23', {
      kind: 'day_off',
      name: 'Chủ nhật',
    });
    expect(weekend.statusCode).toBe(400);
    expect(weekend.json()).toMatchObject({ code: 'CALENDAR_DAY_OFF_WEEKEND', field: 'kind' });
    const weekday = await as.admin.put('/api/calendar/days/2025-11-24', {
      kind: 'worked_weekend',
      name: 'Thứ Hai',
    });
    expect(weekday.json()).toMatchObject({ code: 'CALENDAR_WORKED_WEEKDAY', field: 'kind' });
    // Changing a seeded day needs its version.
    expect(
      (await as.admin.put('/api/calendar/days/2025-09-01', { kind: 'day_off', name: 'Quốc khánh' }))
        .statusCode,
    ).toBe(409);
    const renamed = await as.admin.put('/api/calendar/days/2025-09-01', {
      kind: 'day_off',
      name: 'Quốc khánh 2/9',
      version: 1,
    });
    expect(renamed.json()).toMatchObject({ version: 2 });
    expect(
      (await as.committee.put('/api/calendar/days/2025-11-20', { kind: 'day_off', name: 'X' })).statusCode,
    ).toBe(403);
    expect(
      (await as.admin.request({ method: 'DELETE', url: '/api/calendar/days/2025-11-21?version=1' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await as.admin.put('/api/calendar/days/2025-02-30', { kind: 'day_off', name: 'X' })).statusCode,
    ).toBe(400);
  });
});
