import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeColumnKeys } from '../../src/contracts/exchange';
import { admissionCases } from '../../src/server/modules/admission/schema';
import { renewFeed } from '../../src/server/modules/meetings/feed';
import { meetingAttendance, meetingDocuments, meetings } from '../../src/server/modules/meetings/schema';
import { members } from '../../src/server/modules/members/schema';
import { addDays, todayIso } from '../../src/server/modules/org/calendar';
import { dissolveUnit } from '../../src/server/modules/org/history';
import { positions, unitBodies, units } from '../../src/server/modules/org/schema';
import {
  petitions,
  workingSessionConclusions,
  workingSessions,
  workProgramItems,
  workPrograms,
} from '../../src/server/modules/programs/schema';
import { reportThemes } from '../../src/server/modules/reports/schema';
import { memberTransfers } from '../../src/server/modules/transfers/schema';
import { auditLog } from '../../src/server/platform/audit/schema';
import { users } from '../../src/server/platform/auth/schema';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import { documentRow, fileRow, linkRow, makeIssuer } from '../document-factory';
import { upload, uploadAndCheck, memberRow as xlsxMemberRow, xlsxOf } from '../exchange-files';
import { makeUnit, makeUser, makeWorld, PASSWORD } from '../factories';
import { Agent, createTestApp, type TestApp } from '../harness';
import { makeMember } from '../member-factory';
import { petitionRow } from '../petition-factory';
import { formRow, sampleDefinition, submissionRow } from '../report-factory';
import { planRow, studyRow } from '../study-factory';
import { taskRow, taskUpdateRow } from '../task-factory';

type World = Awaited<ReturnType<typeof makeWorld>>;
type Who = keyof World['users'] | 'anonymous';
const everyone: Who[] = [
  'admin',
  'committee',
  'secretary',
  'member',
  'inspector',
  'viewer',
  'outsider',
  'nobody',
  'anonymous',
];

let t: TestApp;
let world: World;
const agents = {} as Record<Who, Agent>;

beforeAll(async () => {
  t = await createTestApp();
  world = await makeWorld(t.database.db);
  for (const who of everyone) {
    agents[who] = new Agent(t.app);
    if (who !== 'anonymous') {
      const res = await agents[who].login(`w-${who}`, PASSWORD);
      expect(res.statusCode, who).toBe(200);
    }
  }
});
afterAll(() => t.close());

// org: a partial committee to move a cell into and out of, a dissolved cell, a member holding offices.
const today = todayIso();
const org = {} as { partial: string; mover: string; gone: string; holder: string };
beforeAll(async () => {
  const db = t.database.db;
  org.partial = (await makeUnit(db, world.root.id, 'partial', 'Đảng bộ bộ phận Thử')).id;
  org.mover = (await makeUnit(db, world.root.id, 'cell', 'Chi bộ Di chuyển')).id;
  org.gone = (await makeUnit(db, world.root.id, 'cell', 'Chi bộ Đã giải thể')).id;
  await mutate(db, systemContext('test'), (w) =>
    dissolveUnit(w, org.gone, { version: 1, effectiveOn: today, decisionRef: 'QĐ 1' }),
  );
  org.holder = (await makeMember(db, world.cellA.id)).id;
});
const parentOf = async (id: string) =>
  (await t.database.db.select({ p: units.parentId }).from(units).where(eq(units.id, id)))[0]?.p;
const freshPosition = async () => {
  const [row] = await t.database.db
    .insert(positions)
    .values({ unitId: world.cellA.id, memberId: org.holder, title: 'secretary', startsOn: today })
    .returning({ id: positions.id });
  return row?.id as string;
};

// members: w-member's own record and a cell-mate in cell A, a member of cell B, one who moves between cells.
const mem = {} as { own: string; mate: string; inB: string; mover: string };
beforeAll(async () => {
  const db = t.database.db;
  mem.own = (await makeMember(db, world.cellA.id, { userId: world.users.member.id })).id;
  mem.mate = (await makeMember(db, world.cellA.id)).id;
  mem.inB = (await makeMember(db, world.cellB.id)).id;
  mem.mover = (await makeMember(db, world.cellA.id)).id;
});
// exchange: imports of the cell secretary (one to read and map, one to accept, one to cancel).
const imp = {} as { read: string; accept: string; cancel: string };
beforeAll(async () => {
  const db = t.database.db;
  const file = async () => xlsxOf([xlsxMemberRow()]);
  imp.read = (await uploadAndCheck(agents.secretary, db, world.cellA.id, await file())).id;
  imp.accept = (await uploadAndCheck(agents.secretary, db, world.cellA.id, await file())).id;
  imp.cancel = (await uploadAndCheck(agents.secretary, db, world.cellA.id, await file())).id;
});
const nationalMapping = [...exchangeColumnKeys];
const memberRow = async (id: string) =>
  (
    await t.database.db
      .select({ v: members.version, unitId: members.unitId })
      .from(members)
      .where(eq(members.id, id))
  )[0];

// admission: a candidate of cell A, one of cell B; targets set in fresh years; calendar days on fresh weekdays.
const adm = {} as { inA: string; inB: string };
let targetYear = 2000;
let calendarDay = 0;
beforeAll(async () => {
  const nominate = async (unitId: string) => {
    const res = await agents.committee.post('/api/admission/cases', {
      unitId,
      nominatedOn: today,
      fullName: 'Nguyễn Thị Ưu Tú',
      birthDate: '2000-01-01',
      sex: 'female',
      generalEducation: '12/12',
      citizenId: `0040${String(++seq).padStart(8, '0')}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  adm.inA = await nominate(world.cellA.id);
  adm.inB = await nominate(world.cellB.id);
});
const caseVersion = async (id: string) =>
  (
    await t.database.db
      .select({ v: admissionCases.version })
      .from(admissionCases)
      .where(eq(admissionCases.id, id))
  )[0]?.v;
/** Weekdays of 2031 from 06/01 on, one per call. */
const freshWeekday = () => {
  const d = new Date(Date.UTC(2031, 0, 6 + Math.floor(calendarDay / 5) * 7 + (calendarDay % 5)));
  calendarDay++;
  return d.toISOString().slice(0, 10);
};

// transfers: rows put straight into the table (no audit row of their own), one per call of a mutating case.
let transferSeq = 1000;
const transferRow = async (status: 'draft' | 'issued', toUnitId: string) => {
  const db = t.database.db;
  const m = await makeMember(db, world.cellA.id);
  const seq = ++transferSeq;
  const [row] = await db
    .insert(memberTransfers)
    .values({
      kind: 'official',
      purpose: 'work',
      status,
      memberId: m.id,
      fromUnitId: world.cellA.id,
      toUnitId,
      moveDate: today,
      fullName: m.fullName,
      birthDate: m.birthDate,
      sex: m.sex,
      issueDueOn: today,
      ...(status === 'issued'
        ? {
            letterYear: Number(today.slice(0, 4)),
            letterSeq: seq,
            letterNumber: `${seq}-GGT/CB`,
            letterDate: today,
            presentDueOn: today,
            duesPaidThrough: today.slice(0, 7),
          }
        : {}),
    })
    .returning({ id: memberTransfers.id, version: memberTransfers.version });
  if (!row) throw new Error('no transfer');
  return row;
};
let issuedTransfer = '';
beforeAll(async () => {
  issuedTransfer = (await transferRow('issued', world.cellB.id)).id;
});

// meetings: a live calendar feed of a user without an agent (the revoke case revokes only the agents' own).
let feedToken = '';
beforeAll(async () => {
  const db = t.database.db;
  const owner = await makeUser(db, [{ role: 'member', unitId: world.cellA.id }], { username: 'w-feed' });
  feedToken = (await mutate(db, systemContext('test'), (w) => renewFeed(w, owner.id))).token;
});

// documents: the root committee's issuer and term, a fixed incoming document with a file, fresh rows per call.
const docs = {} as { issuer: string; fixed: string; file: string };
beforeAll(async () => {
  const db = t.database.db;
  docs.issuer = (await makeIssuer(db, world.root.id)).id;
  docs.fixed = (
    await documentRow(db, world.root.id, docs.issuer, { direction: 'incoming', status: 'issued' })
  ).id;
  docs.file = await fileRow(db, t.app.files, docs.fixed);
});
const freshDocument = (extra: Parameters<typeof documentRow>[3] = {}) =>
  documentRow(t.database.db, world.root.id, docs.issuer, extra);

// study: an incoming document given by the root to cells A and B (cell A's plan sent); fresh ones per call.
const study = {} as { document: string; id: string; targetA: string };
beforeAll(async () => {
  study.document = (await freshDocument({ direction: 'incoming', status: 'issued' })).id;
  const row = await studyRow(t.database.db, study.document, world.root.id, [world.cellA.id, world.cellB.id]);
  study.id = row.id;
  study.targetA = row.targets.find((x) => x.unitId === world.cellA.id)?.id as string;
  await planRow(t.database.db, t.app.files, study.targetA);
});
const freshStudy = async () => {
  const doc = await freshDocument({ direction: 'incoming', status: 'issued' });
  const row = await studyRow(t.database.db, doc.id, world.root.id, [world.cellA.id]);
  return { documentId: doc.id, targetId: row.targets[0]?.id as string };
};

// petitions: one from cell A (sent by its secretary) to the root; fresh ones at each stage per call.
const petition = { fixed: '' };
beforeAll(async () => {
  const row = await petitionRow(t.database.db, world.cellA.id, world.root.id);
  await t.database.db
    .update(petitions)
    .set({ submittedBy: world.users.secretary.id })
    .where(eq(petitions.id, row.id));
  petition.fixed = row.id;
});
const freshPetition = (stage: Parameters<typeof petitionRow>[3]) =>
  petitionRow(t.database.db, world.cellA.id, world.root.id, stage);
/** Only the writers of the root handle its petitions; the cell's secretary sees them but may not. */
const handlers = { admin: 200, committee: 200, member: 404, outsider: 404, anonymous: 401, rest: 403 };
// report completeness: a monthly cell form of the root committee.
const rep = {} as { formId: string };
beforeAll(async () => {
  rep.formId = (await formRow(t.database.db, world.root.id)).id;
});
const completenessOf = (unitId: string) => `formId=${rep.formId}&periodKey=2025-03&unitId=${unitId}`;
// report themes: a fixed theme of the root; fresh ones per mutating call (names unique per committee).
let themeSeq = 0;
const themeOf = async () => {
  const [root] = await t.database.db
    .select({ path: units.path })
    .from(units)
    .where(eq(units.id, world.root.id));
  const [row] = await t.database.db
    .insert(reportThemes)
    .values({ ownerUnitId: world.root.id, ownerPath: root?.path as string, name: `Chủ đề ${++themeSeq}` })
    .returning({ id: reportThemes.id });
  return row?.id as string;
};
const theme = { fixed: '' };
beforeAll(async () => {
  theme.fixed = await themeOf();
});
/** Writers of the root change its themes; the cell's secretary sees them (cell A names them) but may not. */
const themeWriters = { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 };
// tasks: a fixed task of the root given to cell A with a file on a progress report; fresh ones per call.
const task = {} as { fixed: string; file: string };
beforeAll(async () => {
  const db = t.database.db;
  task.fixed = (await taskRow(db, world.root.id, world.cellA.id)).id;
  task.file = await fileRow(db, t.app.files, null);
  await taskUpdateRow(db, task.fixed, task.file);
});
const freshTask = (values: Parameters<typeof taskRow>[3] = {}) =>
  taskRow(t.database.db, world.root.id, world.cellA.id, values);

// reports: a monthly form of the root whose window is open all month; fresh reports of cell A per call, each
// for a month of its own (saving, sending and reviewing do not look at the window).
const report = {} as { form: Awaited<ReturnType<typeof formRow>>; fixed: string };
let reportMonth = 0;
beforeAll(async () => {
  report.form = await formRow(t.database.db, world.root.id, { opensDaysBefore: 366 });
  report.fixed = (
    await submissionRow(t.database.db, report.form, world.cellA.id, '2023-12', reportValues)
  ).id;
});
const reportValues = { members: 10, present: 9, results: 'Hoàn thành nhiệm vụ.' };
const freshReport = (status: 'draft' | 'submitted' | 'accepted') => {
  reportMonth++;
  const key = `${2000 + Math.floor(reportMonth / 12)}-${String((reportMonth % 12) + 1).padStart(2, '0')}`;
  return submissionRow(t.database.db, report.form, world.cellA.id, key, reportValues, { status });
};
/** Writers of cell A fill its reports in; the root's writers review them. */
const reportMakers = { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 };
const reportReviewers = { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 };

// meetings: planned meetings of cell A put straight into the table, one per call of a mutating case.
let meetingDay = 0;
const meetingRow = async (extra: Partial<typeof meetings.$inferInsert> = {}) => {
  const db = t.database.db;
  const startsAt = new Date(Date.UTC(2033, 0, 1) + ++meetingDay * 86_400_000);
  const [row] = await db
    .insert(meetings)
    .values({
      unitId: world.cellA.id,
      kind: 'regular',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      month: startsAt.toISOString().slice(0, 7),
      ...extra,
    })
    .returning({ id: meetings.id, version: meetings.version });
  if (!row) throw new Error('no meeting');
  await db.insert(meetingAttendance).values({ meetingId: row.id, memberId: mem.mate });
  return row;
};
const pastMeeting = () => {
  const startsAt = new Date(Date.UTC(2020, 0, 1) + ++meetingDay * 86_400_000);
  return meetingRow({
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    month: startsAt.toISOString().slice(0, 7),
    minutesHtml: '<p>Biên bản</p>',
  });
};
const meetingDocumentRow = async (meetingId: string) => {
  const [doc] = await t.database.db
    .insert(meetingDocuments)
    .values({
      meetingId,
      fileName: 'tai-lieu.txt',
      contentType: 'text/plain',
      size: 3,
      content: Buffer.from('abc'),
      late: false,
    })
    .returning({ id: meetingDocuments.id });
  return doc?.id ?? '';
};
const meeting = { fixed: '', document: '' };
beforeAll(async () => {
  meeting.fixed = (await meetingRow()).id;
  meeting.document = await meetingDocumentRow(meeting.fixed);
});

// work programs: a fixed program of the root committee and of cell A; fresh ones (each of a fresh body of the
// root, so the one-per-year rule never meets) with an activity, a planned plan and a linked one per call.
const progs = {} as { root: string; cellA: string };
const programRow = async (unitId: string, bodyId: string | null) => {
  const [unit] = await t.database.db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  const [row] = await t.database.db
    .insert(workPrograms)
    .values({
      unitId,
      unitPath: unit?.path as string,
      bodyId,
      year: Number(today.slice(0, 4)),
      title: 'Chương trình',
    })
    .returning({ id: workPrograms.id });
  return row?.id as string;
};
beforeAll(async () => {
  progs.root = await programRow(world.root.id, null);
  progs.cellA = await programRow(world.cellA.id, null);
});
const freshProgram = async () => {
  const db = t.database.db;
  const [body] = await db
    .insert(unitBodies)
    .values({ unitId: world.root.id, kind: 'executive_committee', name: `Ban Chấp hành ${++seq}` })
    .returning({ id: unitBodies.id });
  const id = await programRow(world.root.id, body?.id as string);
  const due = `${today.slice(0, 4)}-12-31`;
  const linked = await freshDocument({ type: 'plan' });
  const items = await db
    .insert(workProgramItems)
    .values([
      { programId: id, position: 1, kind: 'activity', title: 'Hội nghị', dueMonth: 12, dueOn: due },
      {
        programId: id,
        position: 2,
        kind: 'document',
        documentType: 'plan',
        title: 'Kế hoạch',
        dueMonth: 12,
        dueOn: due,
      },
      {
        programId: id,
        position: 3,
        kind: 'document',
        documentType: 'plan',
        title: 'Kế hoạch đã soạn',
        dueMonth: 12,
        dueOn: due,
        status: 'in_progress',
        documentId: linked.id,
      },
    ])
    .returning({ id: workProgramItems.id });
  return {
    id,
    activity: items[0]?.id as string,
    planned: items[1]?.id as string,
    linked: items[2]?.id as string,
  };
};
/** A write on a fresh program of the root committee: only its writers get through. */
const programAction = (
  route: string,
  name: string,
  send: (a: Agent, p: Awaited<ReturnType<typeof freshProgram>>) => ReturnType<Agent['get']>,
  ok = 200,
): Case => ({
  route,
  name,
  send: async (a) => send(a, await freshProgram()),
  expect: { admin: ok, committee: ok, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
});

// report forms: a fixed form of the root committee for the reads, a fresh one per write.
const reportForm = { fixed: '' };
beforeAll(async () => {
  reportForm.fixed = (await formRow(t.database.db, world.root.id)).id;
});
const reportFormBody = (extra: object = {}) => ({
  name: 'Báo cáo tháng',
  periodType: 'month',
  submitterKinds: ['cell'],
  dueDays: 5,
  opensDaysBefore: 3,
  startsOn: '2024-01-01',
  definition: sampleDefinition,
  ...extra,
});
const reportFormAction = (
  route: string,
  name: string,
  send: (a: Agent, id: string) => ReturnType<Agent['get']>,
): Case => ({
  route,
  name,
  send: async (a) => send(a, (await formRow(t.database.db, world.root.id)).id),
  expect: { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 },
});

/** Starting a verification job changes no data, so it leaves no audit row. */
const notAudited = new Set([
  'POST /api/audit/verify',
  // Uploading and mapping an import stage its rows for the preview; the register is untouched until accept.
  'POST /api/exchange/imports',
  'PUT /api/exchange/imports/:id/mapping',
  // Finding references reads the text and the registry; nothing is written.
  'POST /api/documents/extract-references',
]);
const auditRows = async () => (await t.database.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

const version = async (id: string) =>
  (await t.database.db.select({ v: units.version }).from(units).where(eq(units.id, id)))[0]?.v ?? 1;
const userVersion = async (id: string) =>
  (await t.database.db.select({ v: users.version }).from(users).where(eq(users.id, id)))[0]?.v ?? 1;

// working sessions: sessions of the root committee put straight into the table (one per mutating call), one
// fixed session with a conclusion read by the read cases.
const sessionRow = async () => {
  const [root] = await t.database.db
    .select({ path: units.path })
    .from(units)
    .where(eq(units.id, world.root.id));
  const [row] = await t.database.db
    .insert(workingSessions)
    .values({
      unitId: world.root.id,
      unitPath: root?.path as string,
      heldOn: addDays(today, -10),
      superiorName: 'Đảng ủy Khối',
      topic: 'Kết quả công tác năm',
    })
    .returning({ id: workingSessions.id, version: workingSessions.version });
  if (!row) throw new Error('no session');
  return row;
};
const sessionConclusionRow = async () => {
  const session = await sessionRow();
  const [row] = await t.database.db
    .insert(workingSessionConclusions)
    .values({ sessionId: session.id, position: 1, text: 'Kết luận' })
    .returning({ id: workingSessionConclusions.id });
  return { ...session, conclusionId: row?.id as string };
};
const workingSession = { fixed: '' };
beforeAll(async () => {
  workingSession.fixed = (await sessionConclusionRow()).id;
});

// report aggregation: a form of the root committee, an accepted report of cell A.
const agg = { form: '' };
beforeAll(async () => {
  const form = await formRow(t.database.db, world.root.id);
  agg.form = form.id;
  await submissionRow(t.database.db, form, world.cellA.id, '2026-03', { members: 5, results: 'Tốt' });
});

interface Case {
  route: string;
  name: string;
  send: (agent: Agent) => ReturnType<Agent['get']>;
  expect: Partial<Record<Who, number>> & { rest: number };
}

/** A write on a fresh document of the root committee: only its writers get through. */
const documentAction = (
  route: string,
  name: string,
  extra: Parameters<typeof documentRow>[3],
  url: (id: string) => string,
  payload: object,
): Case => ({
  route,
  name,
  send: async (a) =>
    a.request({ method: route.split(' ')[0] as string, url: url((await freshDocument(extra)).id), payload }),
  expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
});

let seq = 0;
const cases = (): Case[] => {
  const { root, cellA, cellB, otherCell, users: u } = world;
  const signedIn = { anonymous: 401, rest: 200 };
  return [
    { route: 'GET /api/health', name: 'health', send: (a) => a.get('/api/health'), expect: { rest: 200 } },
    { route: 'GET /api/auth/me', name: 'me', send: (a) => a.get('/api/auth/me'), expect: signedIn },
    {
      route: 'PUT /api/auth/locale',
      name: 'locale',
      send: (a) => a.put('/api/auth/locale', { locale: 'vi' }),
      expect: signedIn,
    },
    {
      route: 'POST /api/auth/password',
      name: 'password (wrong current password)',
      send: (a) =>
        a.post('/api/auth/password', { currentPassword: 'not-it-at-all', newPassword: 'whatever-123' }),
      expect: { anonymous: 401, rest: 400 },
    },
    {
      route: 'POST /api/auth/totp/enable',
      name: 'totp enable without setup',
      send: (a) => a.post('/api/auth/totp/enable', { code: '123456' }),
      expect: { anonymous: 401, rest: 400 },
    },
    {
      route: 'POST /api/auth/totp/disable',
      name: 'totp disable when off',
      send: (a) => a.post('/api/auth/totp/disable', { code: '123456' }),
      expect: { anonymous: 401, rest: 400 },
    },
    {
      route: 'GET /api/units',
      name: 'top units',
      send: (a) => a.get('/api/units'),
      expect: { anonymous: 401, nobody: 403, rest: 200 },
    },
    {
      route: 'GET /api/units',
      name: 'children of the root',
      send: (a) => a.get(`/api/units?parentId=${root.id}`),
      expect: {
        admin: 200,
        committee: 200,
        inspector: 200,
        viewer: 200,
        nobody: 403,
        anonymous: 401,
        rest: 404,
      },
    },
    {
      route: 'GET /api/units/search',
      name: 'units by name in the scope',
      send: (a) => a.get('/api/units/search?q=chi%20bo'),
      expect: { anonymous: 401, nobody: 403, rest: 200 },
    },
    {
      route: 'GET /api/units/search',
      name: 'units by name under a sibling cell',
      send: (a) => a.get(`/api/units/search?q=chi&within=${cellB.id}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/units/:id',
      name: 'own cell',
      send: (a) => a.get(`/api/units/${cellA.id}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/units/:id',
      name: 'sibling cell',
      send: (a) => a.get(`/api/units/${cellB.id}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/units/:id',
      name: 'cell of another committee',
      send: (a) => a.get(`/api/units/${otherCell.id}`),
      expect: { outsider: 200, nobody: 403, anonymous: 401, rest: 404 },
    },
    {
      route: 'POST /api/units',
      name: 'create a cell under the root',
      send: (a) =>
        a.post('/api/units', { parentId: root.id, kind: 'cell', name: 'Chi bộ mới', code: `N${++seq}` }),
      expect: { admin: 201, committee: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PATCH /api/units/:id',
      name: 'rename own cell',
      send: async (a) =>
        a.patch(`/api/units/${cellA.id}`, { name: 'Chi bộ A', version: await version(cellA.id) }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PATCH /api/units/:id',
      name: 'rename a sibling cell',
      send: async (a) =>
        a.patch(`/api/units/${cellB.id}`, { name: 'Chi bộ B', version: await version(cellB.id) }),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    // org: history, as-of, offices
    {
      route: 'GET /api/units/:id/ancestors',
      name: 'ancestors of own cell',
      send: (a) => a.get(`/api/units/${cellA.id}/ancestors`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/units/:id/events',
      name: 'events of own cell',
      send: (a) => a.get(`/api/units/${cellA.id}/events`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/units/:id/events',
      name: 'events of the root subtree',
      send: (a) => a.get(`/api/units/${root.id}/events?subtree=true`),
      expect: {
        admin: 200,
        committee: 200,
        inspector: 200,
        viewer: 200,
        nobody: 403,
        anonymous: 401,
        rest: 404,
      },
    },
    {
      route: 'GET /api/units',
      name: 'children of the root as of today',
      send: (a) => a.get(`/api/units?parentId=${root.id}&asOf=${today}`),
      expect: {
        admin: 200,
        committee: 200,
        inspector: 200,
        viewer: 200,
        nobody: 403,
        anonymous: 401,
        rest: 404,
      },
    },
    {
      route: 'GET /api/units/:id/offices',
      name: 'offices of own cell',
      send: (a) => a.get(`/api/units/${cellA.id}/offices`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/units/:id/rename',
      name: 'rename a cell by decision',
      send: async (a) =>
        a.post(`/api/units/${cellB.id}/rename`, {
          name: `Chi bộ B ${++seq}`,
          version: await version(cellB.id),
          effectiveOn: today,
          decisionRef: `${seq}-QĐ/ĐU`,
        }),
      expect: { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/units/:id/move',
      name: 'move a cell between the root and a partial committee',
      send: async (a) =>
        a.post(`/api/units/${org.mover}/move`, {
          parentId: (await parentOf(org.mover)) === root.id ? org.partial : root.id,
          version: await version(org.mover),
          effectiveOn: today,
          decisionRef: 'QĐ 2',
        }),
      expect: { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/units/:id/merge',
      name: 'merge into a dissolved cell',
      send: async (a) =>
        a.post(`/api/units/${cellB.id}/merge`, {
          successorId: org.gone,
          version: await version(cellB.id),
          effectiveOn: today,
          decisionRef: 'QĐ 3',
        }),
      expect: { admin: 409, committee: 409, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/units/:id/dissolve',
      name: 'dissolve the root while it has cells',
      send: async (a) =>
        a.post(`/api/units/${root.id}/dissolve`, {
          version: await version(root.id),
          effectiveOn: today,
          decisionRef: 'QĐ 4',
        }),
      expect: { admin: 409, committee: 409, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/units/:id/terms',
      name: 'record a term of own cell',
      send: (a) => {
        const year = 1900 + ++seq;
        return a.post(`/api/units/${cellA.id}/terms`, { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` });
      },
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/units/:id/bodies',
      name: 'add a board to the root',
      send: (a) => a.post(`/api/units/${root.id}/bodies`, { kind: 'advisory_board', name: `Ban ${++seq}` }),
      expect: { admin: 201, committee: 201, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/units/:id/positions',
      name: 'give an office in own cell',
      send: (a) =>
        a.post(`/api/units/${cellA.id}/positions`, {
          memberId: org.holder,
          title: 'deputy_secretary',
          startsOn: today,
        }),
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/positions/:id/end',
      name: 'end an office in own cell',
      send: async (a) => a.post(`/api/positions/${await freshPosition()}/end`, { endsOn: today, version: 1 }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    // members: register, search, visibility, history, statistics
    {
      route: 'GET /api/members',
      name: 'member list',
      send: (a) => a.get('/api/members'),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/members',
      name: 'member list of a sibling cell',
      send: (a) => a.get(`/api/members?unitId=${cellB.id}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/members/facets',
      name: 'member facets',
      send: (a) => a.get(`/api/members/facets?unitId=${cellA.id}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/members/statistics',
      name: 'statistics of own cell',
      send: (a) => a.get(`/api/members/statistics?unitId=${cellA.id}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/members/:id',
      name: 'a cell-mate',
      send: (a) => a.get(`/api/members/${mem.mate}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/members/:id',
      name: 'a member of a sibling cell',
      send: (a) => a.get(`/api/members/${mem.inB}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/members/:id/history',
      name: 'history of a cell-mate',
      send: (a) => a.get(`/api/members/${mem.mate}/history`),
      expect: { member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/members/:id/history',
      name: 'own history',
      send: (a) => a.get(`/api/members/${mem.own}/history`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/members',
      name: 'add a member to own cell',
      send: (a) =>
        a.post('/api/members', {
          unitId: cellA.id,
          fullName: 'Nguyễn Văn Mới',
          birthDate: '1990-01-01',
          sex: 'male',
          ethnicityCode: '01',
          religionCode: '00',
          citizenId: `0020${String(++seq).padStart(8, '0')}`,
          status: 'probationary',
          admissionDate: '2024-01-01',
        }),
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    // lifecycle: decisions, party-age gaps, illness flag, removal proposal, badges
    {
      route: 'GET /api/members/:id/lifecycle',
      name: 'lifecycle of a cell-mate',
      send: (a) => a.get(`/api/members/${mem.mate}/lifecycle`),
      expect: { member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/members/:id/decisions',
      name: 'a decision that does not fit the status (end of exemption of an official member)',
      send: async (a) =>
        a.post(`/api/members/${mem.mate}/decisions`, {
          kind: 'exemption_end',
          effectiveOn: today,
          decisionNumber: '1-QĐ/CB',
          decisionDate: today,
          version: (await memberRow(mem.mate))?.v,
        }),
      expect: { admin: 409, committee: 409, secretary: 409, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/members/:id/removal-proposal',
      name: 'removal proposal of a cell-mate',
      send: (a) => a.get(`/api/members/${mem.mate}/removal-proposal`),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/members/:id/party-gaps',
      name: 'add a party gap to a cell-mate',
      send: (a) => {
        // A day of its own for every attempt, so gaps never overlap.
        const from = addDays('2012-01-01', 2 * ++seq);
        return a.post(`/api/members/${mem.mate}/party-gaps`, {
          fromDate: from,
          toDate: addDays(from, 1),
          reason: 'other',
        });
      },
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    // exchange: Excel import (only its owner sees an import) and export
    {
      route: 'POST /api/exchange/imports',
      name: 'upload a member list into own cell',
      send: async (a) => upload(a, cellA.id, await xlsxOf([xlsxMemberRow()])),
      expect: { admin: 202, committee: 202, secretary: 202, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/exchange/imports/:id',
      name: 'the secretary’s import',
      send: (a) => a.get(`/api/exchange/imports/${imp.read}`),
      expect: { secretary: 200, admin: 404, committee: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/exchange/imports/:id/rows',
      name: 'rows of the secretary’s import',
      send: (a) => a.get(`/api/exchange/imports/${imp.read}/rows`),
      expect: { secretary: 200, admin: 404, committee: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PUT /api/exchange/imports/:id/mapping',
      name: 'map the columns of the secretary’s import',
      send: (a) =>
        a.put(`/api/exchange/imports/${imp.read}/mapping`, { mapping: nationalMapping, save: false }),
      expect: { secretary: 202, admin: 404, committee: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/exchange/imports/:id/accept',
      name: 'accept the secretary’s import',
      send: (a) => a.post(`/api/exchange/imports/${imp.accept}/accept`),
      expect: { secretary: 200, admin: 404, committee: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/exchange/imports/:id/cancel',
      name: 'cancel the secretary’s import',
      send: (a) => a.post(`/api/exchange/imports/${imp.cancel}/cancel`),
      expect: { secretary: 200, admin: 404, committee: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/exchange/members/:id/sources',
      name: 'sources of a cell-mate’s fields',
      send: (a) => a.get(`/api/exchange/members/${mem.mate}/sources`),
      expect: { member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/exchange/export',
      name: 'export own cell',
      send: (a) => a.get(`/api/exchange/export?unitId=${cellA.id}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/transfers',
      name: 'outgoing transfers',
      send: (a) => a.get('/api/transfers?view=outgoing'),
      expect: { member: 403, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/transfers',
      name: 'transfers waiting at cell B',
      send: (a) => a.get(`/api/transfers?view=incoming&unitId=${cellB.id}`),
      expect: { secretary: 404, outsider: 404, member: 403, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/transfers/destinations',
      name: 'units to transfer to',
      send: (a) => a.get('/api/transfers/destinations?q=chi'),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 200, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/transfers/:id',
      name: 'a transfer from cell A',
      send: (a) => a.get(`/api/transfers/${issuedTransfer}`),
      expect: { outsider: 404, member: 403, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/transfers/:id/letter.docx',
      name: 'the letter of a transfer from cell A',
      send: (a) => a.get(`/api/transfers/${issuedTransfer}/letter.docx`),
      expect: { outsider: 404, member: 403, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/transfers',
      name: 'start a transfer of a member of cell A',
      send: async (a) =>
        a.post('/api/transfers', {
          memberId: (await makeMember(t.database.db, cellA.id)).id,
          kind: 'official',
          purpose: 'work',
          toUnitId: cellB.id,
          moveDate: today,
        }),
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/transfers/incoming',
      name: 'record a letter coming into cell A from outside',
      send: (a) =>
        a.post('/api/transfers/incoming', {
          toUnitId: cellA.id,
          externalSender: 'Chi bộ Ngoài',
          kind: 'official',
          purpose: 'work',
          moveDate: today,
          fullName: 'Người Chuyển Đến',
          birthDate: '1990-01-01',
          sex: 'female',
          admissionDate: '2015-01-01',
          officialDate: '2016-01-01',
          letterNumber: `${++seq}-GGT/ĐU`,
          letterDate: today,
        }),
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/transfers/:id/issue',
      name: 'issue the letter of a draft of cell A',
      send: async (a) => {
        const row = await transferRow('draft', cellB.id);
        return a.post(`/api/transfers/${row.id}/issue`, {
          letterDate: today,
          letterPlace: 'Hà Nội',
          duesPaidThrough: today.slice(0, 7),
          signerName: 'Bí Thư',
          signerRole: 'Bí thư',
          version: row.version,
        });
      },
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/transfers/:id/receive',
      name: 'receive at cell B a member from cell A',
      send: async (a) => {
        const row = await transferRow('issued', cellB.id);
        return a.post(`/api/transfers/${row.id}/receive`, { receivedOn: today, version: row.version });
      },
      expect: { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/transfers/:id/cancel',
      name: 'cancel a draft of cell A',
      send: async (a) => {
        const row = await transferRow('draft', cellB.id);
        return a.post(`/api/transfers/${row.id}/cancel`, {
          reason: 'Không chuyển nữa',
          version: row.version,
        });
      },
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/working-sessions',
      name: 'working sessions of the root committee',
      send: (a) => a.get(`/api/working-sessions?unitId=${world.root.id}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/working-sessions/defaults',
      name: 'defaults of a new session of the root committee',
      send: (a) => a.get(`/api/working-sessions/defaults?unitId=${world.root.id}`),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/working-sessions/:id',
      name: 'a working session of the root committee',
      send: (a) => a.get(`/api/working-sessions/${workingSession.fixed}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/working-sessions/:id/follow-up',
      name: 'the follow-up of a working session of the root committee',
      send: (a) => a.get(`/api/working-sessions/${workingSession.fixed}/follow-up`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/working-sessions/:id/follow-up.docx',
      name: 'the Word follow-up of a working session of the root committee',
      send: (a) => a.get(`/api/working-sessions/${workingSession.fixed}/follow-up.docx`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/reports/synthesis',
      name: 'the mid-year review draft of the root committee',
      send: (a) => a.get(`/api/reports/synthesis?unitId=${root.id}&periodKey=2026-H1`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/reports/synthesis.docx',
      name: 'the Word draft of the root committee’s year review',
      send: (a) => a.get(`/api/reports/synthesis.docx?unitId=${root.id}&periodKey=2026`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/reports/synthesis/register',
      name: 'register the edited year review of the root committee',
      send: async (a) => {
        const query = `unitId=${root.id}&periodKey=2026`;
        const draft = (await agents.admin.get(`/api/reports/synthesis.docx?${query}`)).rawPayload;
        return a.request({
          method: 'POST',
          url: `/api/reports/synthesis/register?${query}&fileName=bao-cao.docx`,
          payload: draft,
          headers: { 'content-type': 'application/octet-stream' },
        });
      },
      expect: { admin: 201, committee: 201, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/working-sessions',
      name: 'record a working session of the root committee',
      send: (a) =>
        a.post('/api/working-sessions', {
          unitId: world.root.id,
          heldOn: addDays(today, -5),
          superiorName: 'Đảng ủy Khối',
          topic: 'Công tác xây dựng Đảng',
        }),
      expect: { admin: 201, committee: 201, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PATCH /api/working-sessions/:id',
      name: 'edit a working session of the root committee',
      send: async (a) => {
        const row = await sessionRow();
        return a.patch(`/api/working-sessions/${row.id}`, { place: 'Hội trường', version: row.version });
      },
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'DELETE /api/working-sessions/:id',
      name: 'delete a working session of the root committee',
      send: async (a) => {
        const row = await sessionRow();
        return a.request({ method: 'DELETE', url: `/api/working-sessions/${row.id}?version=${row.version}` });
      },
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/working-sessions/:id/conclusions',
      name: 'add a conclusion giving a task to cell A',
      send: async (a) => {
        const row = await sessionRow();
        return a.post(`/api/working-sessions/${row.id}/conclusions`, {
          text: 'Rà soát đảng viên',
          tasks: [{ assigneeUnitId: cellA.id, dueOn: addDays(today, 30) }],
          version: row.version,
        });
      },
      expect: { admin: 201, committee: 201, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PATCH /api/working-sessions/:id/conclusions/:conclusionId',
      name: 'correct a conclusion of a working session',
      send: async (a) => {
        const row = await sessionConclusionRow();
        return a.patch(`/api/working-sessions/${row.id}/conclusions/${row.conclusionId}`, {
          text: 'Kết luận đã sửa',
          version: row.version,
        });
      },
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'DELETE /api/working-sessions/:id/conclusions/:conclusionId',
      name: 'delete a conclusion of a working session',
      send: async (a) => {
        const row = await sessionConclusionRow();
        return a.request({
          method: 'DELETE',
          url: `/api/working-sessions/${row.id}/conclusions/${row.conclusionId}?version=${row.version}`,
        });
      },
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/meetings',
      name: 'meetings of own cell',
      send: (a) => a.get(`/api/meetings?unitId=${cellA.id}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/meetings/member-attendance',
      name: 'attendance of the members of own cell',
      send: (a) => a.get(`/api/meetings/member-attendance?unitId=${cellA.id}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/meetings/:id',
      name: 'a meeting of cell A',
      send: (a) => a.get(`/api/meetings/${meeting.fixed}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/meetings',
      name: 'schedule a meeting of cell A',
      send: (a) => {
        const day = new Date(Date.UTC(2034, 0, 1) + ++meetingDay * 86_400_000).toISOString().slice(0, 10);
        return a.post('/api/meetings', {
          unitId: cellA.id,
          kind: 'regular',
          startsAt: `${day}T19:30:00+07:00`,
          endsAt: `${day}T21:30:00+07:00`,
        });
      },
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PATCH /api/meetings/:id',
      name: 'move a meeting of cell A',
      send: async (a) => {
        const row = await meetingRow();
        const day = new Date(Date.UTC(2035, 0, 1) + ++meetingDay * 86_400_000).toISOString().slice(0, 10);
        return a.patch(`/api/meetings/${row.id}`, {
          kind: 'regular',
          startsAt: `${day}T08:00:00+07:00`,
          endsAt: `${day}T10:00:00+07:00`,
          version: row.version,
        });
      },
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/meetings/:id/cancel',
      name: 'cancel a meeting of cell A',
      send: async (a) => {
        const row = await meetingRow();
        return a.post(`/api/meetings/${row.id}/cancel`, { reason: 'Trùng lịch', version: row.version });
      },
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/meetings/:id/next-plan',
      name: 'next month plan of a meeting of cell A',
      send: (a) => a.get(`/api/meetings/${meeting.fixed}/next-plan`),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PUT /api/meetings/:id/attendance',
      name: 'mark attendance at a meeting of cell A',
      send: async (a) => {
        const row = await meetingRow();
        return a.put(`/api/meetings/${row.id}/attendance`, {
          entries: [{ memberId: mem.mate, status: 'present' }],
        });
      },
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/meetings/:id/check-in-link',
      name: 'open self check-in of a meeting of cell A',
      send: async (a) => a.post(`/api/meetings/${(await meetingRow()).id}/check-in-link`),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/check-in/:secret',
      name: 'check in with an unknown code',
      send: (a) => a.post(`/api/check-in/${'k'.repeat(32)}`),
      expect: { anonymous: 401, rest: 404 },
    },
    {
      route: 'PUT /api/meetings/:id/minutes',
      name: 'write the minutes of a meeting of cell A',
      send: async (a) => {
        const row = await meetingRow();
        return a.put(`/api/meetings/${row.id}/minutes`, { html: '<p>Biên bản</p>', version: row.version });
      },
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/meetings/:id/minutes/versions',
      name: 'minutes versions of a meeting of cell A',
      send: (a) => a.get(`/api/meetings/${meeting.fixed}/minutes/versions`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'PUT /api/meetings/:id/conclusions',
      name: 'conclusions of a meeting of cell A',
      send: async (a) => {
        const row = await meetingRow();
        return a.put(`/api/meetings/${row.id}/conclusions`, {
          items: [{ text: 'Kết luận' }],
          version: row.version,
        });
      },
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/meetings/:id/close',
      name: 'close a past meeting of cell A',
      send: async (a) => {
        const row = await pastMeeting();
        const cellMembers = await t.database.db
          .select({ id: members.id })
          .from(members)
          .where(eq(members.unitId, cellA.id));
        await t.database.db
          .insert(meetingAttendance)
          .values(cellMembers.map((m) => ({ meetingId: row.id, memberId: m.id, status: 'present' as const })))
          .onConflictDoUpdate({
            target: [meetingAttendance.meetingId, meetingAttendance.memberId],
            set: { status: 'present' },
          });
        const current = (
          await t.database.db
            .select({ v: meetings.version, s: meetings.startsAt })
            .from(meetings)
            .where(eq(meetings.id, row.id))
        )[0];
        const start = current?.s ?? new Date();
        return a.post(`/api/meetings/${row.id}/close`, {
          startedAt: start.toISOString(),
          endedAt: new Date(start.getTime() + 100 * 60_000).toISOString(),
          qualityRating: 'tot',
          version: current?.v ?? 1,
        });
      },
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/meetings/:id/documents',
      name: 'attach a document to a meeting of cell A',
      send: async (a) =>
        a.request({
          method: 'POST',
          url: `/api/meetings/${(await meetingRow()).id}/documents?fileName=tai-lieu.txt`,
          payload: Buffer.from('tài liệu'),
          headers: { 'content-type': 'text/plain' },
        }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/meetings/:id/documents/:documentId',
      name: 'download a document of a meeting of cell A',
      send: (a) => a.get(`/api/meetings/${meeting.fixed}/documents/${meeting.document}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'DELETE /api/meetings/:id/documents/:documentId',
      name: 'remove a document of a meeting of cell A',
      send: async (a) => {
        const row = await meetingRow();
        const doc = await meetingDocumentRow(row.id);
        return a.request({ method: 'DELETE', url: `/api/meetings/${row.id}/documents/${doc}` });
      },
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/meetings/rating-scales',
      name: 'meeting rating scales',
      send: (a) => a.get('/api/meetings/rating-scales'),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/meetings/rating-scales',
      name: 'add a meeting rating scale',
      send: (a) =>
        a.post('/api/meetings/rating-scales', {
          effectiveFrom: `${2040 + ++meetingDay}-01-01`,
          levels: [
            { key: 'dat', label: 'Đạt' },
            { key: 'chua_dat', label: 'Chưa đạt' },
          ],
        }),
      expect: { admin: 201, anonymous: 401, rest: 403 },
    },
    {
      route: 'DELETE /api/meetings/rating-scales/:id',
      name: 'remove a rating scale that does not exist',
      send: (a) =>
        a.request({
          method: 'DELETE',
          url: '/api/meetings/rating-scales/00000000-0000-4000-8000-000000000000',
        }),
      expect: { admin: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'DELETE /api/party-gaps/:id',
      name: 'remove a party gap that does not exist',
      send: (a) =>
        a.request({ method: 'DELETE', url: '/api/party-gaps/00000000-0000-4000-8000-000000000000' }),
      expect: { admin: 404, committee: 404, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PUT /api/members/:id/illness',
      name: 'mark a cell-mate seriously ill',
      send: (a) => a.put(`/api/members/${mem.mate}/illness`, { seriouslyIll: true, since: today }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/badges',
      name: 'badge lists of own cell',
      send: (a) => a.get(`/api/badges?unitId=${cellA.id}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/badges',
      name: 'badge lists of the root',
      send: (a) => a.get(`/api/badges?unitId=${root.id}`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/badges/proposal',
      name: 'badge proposal of own cell for a day that is no award date',
      send: (a) => a.get(`/api/badges/proposal?unitId=${cellA.id}&awardDate=2000-01-01&format=xlsx`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 400 },
    },
    {
      route: 'POST /api/badges/awards',
      name: 'record a badge a cell-mate is not due',
      send: (a) =>
        a.post('/api/badges/awards', { awardDate: today, awards: [{ memberId: mem.mate, years: 90 }] }),
      expect: { admin: 400, committee: 400, secretary: 400, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PATCH /api/members/:id',
      name: 'edit a cell-mate',
      send: async (a) =>
        a.patch(`/api/members/${mem.mate}`, {
          phone: `09${String(++seq).padStart(8, '0')}`,
          version: (await memberRow(mem.mate))?.v,
        }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/members/:id/status-events',
      name: 'record a status event of a cell-mate',
      send: async (a) =>
        a.post(`/api/members/${mem.mate}/status-events`, {
          status: 'official',
          effectiveOn: today,
          version: (await memberRow(mem.mate))?.v,
        }),
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/members/:id/move',
      name: 'move a member between cells A and B',
      send: async (a) => {
        const row = await memberRow(mem.mover);
        return a.post(`/api/members/${mem.mover}/move`, {
          unitId: row?.unitId === cellA.id ? cellB.id : cellA.id,
          effectiveOn: today,
          version: row?.v,
        });
      },
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    // admission: board, cases, steps, targets; the working-day calendar
    {
      route: 'GET /api/admission/cases',
      name: 'admission board',
      send: (a) => a.get('/api/admission/cases'),
      expect: { member: 403, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/admission/cases',
      name: 'admission board of a sibling cell',
      send: (a) => a.get(`/api/admission/cases?unitId=${cellB.id}`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/admission/cases',
      name: 'nominate a candidate in own cell',
      send: (a) =>
        a.post('/api/admission/cases', {
          unitId: cellA.id,
          nominatedOn: today,
          fullName: 'Trần Văn Ưu Tú',
          birthDate: '2001-01-01',
          sex: 'male',
          generalEducation: '12/12',
          citizenId: `0050${String(++seq).padStart(8, '0')}`,
        }),
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/admission/cases/open',
      name: 'open a case for a candidate of own cell',
      send: async (a) => {
        const person = await makeMember(t.database.db, cellA.id, {
          status: 'candidate',
          admissionDate: null,
          officialDate: null,
          since: today,
        });
        return a.post('/api/admission/cases/open', { memberId: person.id, nominatedOn: today });
      },
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/admission/cases/:id',
      name: 'a case of own cell',
      send: (a) => a.get(`/api/admission/cases/${adm.inA}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/admission/cases/:id',
      name: 'a case of a sibling cell',
      send: (a) => a.get(`/api/admission/cases/${adm.inB}`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/admission/cases/:id/steps',
      name: 'record the course of a candidate of own cell',
      send: async (a) =>
        a.post(`/api/admission/cases/${adm.inA}/steps`, {
          step: 'course',
          courseDate: today,
          courseCertificate: `GCN ${++seq}`,
          version: await caseVersion(adm.inA),
        }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/admission/cases/:id/steps',
      name: 'record a step of a sibling cell’s candidate',
      send: async (a) =>
        a.post(`/api/admission/cases/${adm.inB}/steps`, {
          step: 'course',
          courseDate: today,
          courseCertificate: `GCN ${++seq}`,
          version: await caseVersion(adm.inB),
        }),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/admission/targets',
      name: 'admission targets of own cell',
      send: (a) => a.get(`/api/admission/targets?unitId=${cellA.id}&year=2026`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'PUT /api/admission/targets',
      name: 'set a target of cell A',
      send: (a) => a.put('/api/admission/targets', { unitId: cellA.id, year: ++targetYear, target: 3 }),
      expect: { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/calendar/days',
      name: 'working-day calendar',
      send: (a) => a.get('/api/calendar/days?year=2026'),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'PUT /api/calendar/days/:date',
      name: 'add a day off',
      send: (a) => a.put(`/api/calendar/days/${freshWeekday()}`, { kind: 'day_off', name: 'Nghỉ thử' }),
      expect: { admin: 200, anonymous: 401, rest: 403 },
    },
    {
      route: 'DELETE /api/calendar/days/:date',
      name: 'delete a day that is not in the calendar',
      send: (a) => a.request({ method: 'DELETE', url: '/api/calendar/days/2031-12-31?version=1' }),
      expect: { admin: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/notifications',
      name: 'my notifications',
      send: (a) => a.get('/api/notifications'),
      expect: signedIn,
    },
    {
      route: 'POST /api/notifications/read-all',
      name: 'read all',
      send: (a) => a.post('/api/notifications/read-all'),
      expect: signedIn,
    },
    {
      route: 'POST /api/notifications/:id/read',
      name: 'read a notification that is not mine',
      send: (a) => a.post('/api/notifications/00000000-0000-4000-8000-000000000000/read'),
      expect: { anonymous: 401, rest: 404 },
    },
    {
      route: 'GET /api/notifications/preferences',
      name: 'preferences',
      send: (a) => a.get('/api/notifications/preferences'),
      expect: signedIn,
    },
    {
      route: 'PUT /api/notifications/preferences',
      name: 'save preferences',
      send: (a) => a.put('/api/notifications/preferences', { email: true, mutedKinds: [] }),
      expect: signedIn,
    },
    {
      route: 'GET /api/jobs/:id',
      name: 'someone else’s job',
      send: (a) => a.get('/api/jobs/00000000-0000-4000-8000-000000000000'),
      expect: { anonymous: 401, rest: 404 },
    },
    {
      route: 'GET /api/audit',
      name: 'audit trail',
      send: (a) => a.get('/api/audit'),
      expect: { admin: 200, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/audit/verify',
      name: 'verify audit',
      send: (a) => a.post('/api/audit/verify'),
      expect: { admin: 202, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/admin/users',
      name: 'users',
      send: (a) => a.get('/api/admin/users'),
      expect: { admin: 200, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/admin/users/:id',
      name: 'a user inside',
      send: (a) => a.get(`/api/admin/users/${u.member.id}`),
      expect: { admin: 200, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/admin/users/:id',
      name: 'a user of another committee',
      send: (a) => a.get(`/api/admin/users/${u.outsider.id}`),
      expect: { admin: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/admin/users',
      name: 'create a user with a role inside',
      send: (a) =>
        a.post('/api/admin/users', {
          username: `new.${++seq}`,
          fullName: 'Nguyễn Văn Mới',
          password: 'long-enough-1',
          roles: [{ role: 'member', unitId: cellA.id }],
        }),
      expect: { admin: 201, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/admin/users',
      name: 'create a user with a role outside',
      send: (a) =>
        a.post('/api/admin/users', {
          username: `out.${++seq}`,
          fullName: 'Ngoài',
          password: 'long-enough-1',
          roles: [{ role: 'member', unitId: otherCell.id }],
        }),
      expect: { admin: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PATCH /api/admin/users/:id',
      name: 'edit a user inside',
      send: async (a) =>
        a.patch(`/api/admin/users/${u.viewer.id}`, {
          fullName: 'Người xem',
          version: await userVersion(u.viewer.id),
        }),
      expect: { admin: 200, anonymous: 401, rest: 403 },
    },
    {
      route: 'PATCH /api/admin/users/:id',
      name: 'edit a user outside',
      send: async (a) =>
        a.patch(`/api/admin/users/${u.outsider.id}`, {
          fullName: 'X',
          version: await userVersion(u.outsider.id),
        }),
      expect: { admin: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/admin/users/:id/reset-password',
      name: 'reset a password outside',
      send: (a) =>
        a.post(`/api/admin/users/${u.outsider.id}/reset-password`, { newPassword: 'long-enough-2' }),
      expect: { admin: 404, anonymous: 401, rest: 403 },
    },
    // meetings: the panel "who falls behind" and the iCalendar feed
    {
      route: 'GET /api/meetings/behind',
      name: 'panel of the root',
      send: (a) => a.get(`/api/meetings/behind?unitId=${root.id}`),
      expect: {
        admin: 200,
        committee: 200,
        inspector: 200,
        viewer: 200,
        member: 403,
        nobody: 403,
        anonymous: 401,
        rest: 404,
      },
    },
    {
      route: 'GET /api/meetings/behind',
      name: 'panel of the whole scope',
      send: (a) => a.get('/api/meetings/behind'),
      expect: { member: 403, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/calendar-feed',
      name: 'own calendar feed',
      send: (a) => a.get('/api/calendar-feed'),
      expect: signedIn,
    },
    {
      route: 'POST /api/calendar-feed',
      name: 'create the own calendar feed',
      send: (a) => a.post('/api/calendar-feed'),
      expect: { anonymous: 401, rest: 201 },
    },
    {
      route: 'DELETE /api/calendar-feed',
      name: 'revoke the own calendar feed',
      send: (a) => a.request({ method: 'DELETE', url: '/api/calendar-feed' }),
      expect: { anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/ical/:token',
      name: 'a live calendar feed',
      send: (a) => a.get(`/api/ical/${feedToken}`),
      expect: { rest: 200 },
    },
    {
      route: 'GET /api/ical/:token',
      name: 'an unknown calendar feed',
      send: (a) => a.get('/api/ical/no-such-feed'),
      expect: { rest: 404 },
    },
    {
      route: 'GET /api/documents/issuers',
      name: 'issuing bodies',
      send: (a) => a.get('/api/documents/issuers'),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/documents/issuers',
      name: 'add an issuing body of the root committee',
      send: (a) =>
        a.post('/api/documents/issuers', {
          code: 'UBKTĐU',
          name: `Ủy ban Kiểm tra ${++seq}`,
          unitId: root.id,
        }),
      expect: { admin: 201, committee: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/documents',
      name: 'the registry in reach',
      send: (a) => a.get('/api/documents'),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/documents',
      name: 'register an incoming document at the root committee',
      send: (a) =>
        a.post('/api/documents', {
          direction: 'incoming',
          ownerUnitId: root.id,
          type: 'directive',
          issuerCode: 'TW',
          number: 100 + ++seq,
          issuedOn: '2026-01-05',
          summary: 'Chỉ thị thử',
        }),
      expect: { admin: 201, committee: 201, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/documents/next-number',
      name: 'preview the next number of the root committee',
      send: (a) =>
        a.get(`/api/documents/next-number?issuerId=${docs.issuer}&type=resolution&issuedOn=2026-01-05`),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/documents/numbers',
      name: 'number register of the root committee',
      send: (a) => a.get(`/api/documents/numbers?issuerId=${docs.issuer}`),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/documents/:id',
      name: 'a document of the root committee',
      send: (a) => a.get(`/api/documents/${docs.fixed}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/documents/:id/docx',
      name: 'Word file of a document of the root committee',
      send: (a) => a.get(`/api/documents/${docs.fixed}/docx`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/documents/:id/files/:fileId',
      name: 'a file of a document of the root committee',
      send: (a) => a.get(`/api/documents/${docs.fixed}/files/${docs.file}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    documentAction('PATCH /api/documents/:id', 'edit a draft', {}, (id) => `/api/documents/${id}`, {
      version: 1,
      summary: 'Sửa',
    }),
    documentAction(
      'POST /api/documents/:id/approve',
      'approve a draft',
      {},
      (id) => `/api/documents/${id}/approve`,
      {
        version: 1,
      },
    ),
    documentAction(
      'POST /api/documents/:id/issue',
      'issue an approved document',
      { status: 'approved' },
      (id) => `/api/documents/${id}/issue`,
      { version: 1, issuedOn: '2026-01-05' },
    ),
    documentAction(
      'POST /api/documents/:id/withdraw',
      'withdraw an issued document',
      { status: 'issued' },
      (id) => `/api/documents/${id}/withdraw`,
      { version: 1, reason: 'Nhầm' },
    ),
    documentAction(
      'POST /api/documents/:id/expire',
      'mark an issued document expired',
      { status: 'issued' },
      (id) => `/api/documents/${id}/expire`,
      { version: 1 },
    ),
    documentAction(
      'POST /api/documents/:id/links',
      'link a document to another',
      {},
      (id) => `/api/documents/${id}/links`,
      {
        kind: 'implements',
        targetId: docs.fixed,
      },
    ),
    {
      route: 'DELETE /api/documents/:id/links/:linkId',
      name: 'remove a link',
      send: async (a) => {
        const doc = await freshDocument();
        const link = await linkRow(t.database.db, doc.id, docs.fixed);
        return a.request({ method: 'DELETE', url: `/api/documents/${doc.id}/links/${link}` });
      },
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/documents/:id/files',
      name: 'attach a PDF',
      send: async (a) =>
        a.request({
          method: 'POST',
          url: `/api/documents/${(await freshDocument()).id}/files?fileName=tep.pdf`,
          payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
          headers: { 'content-type': 'application/pdf' },
        }),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'DELETE /api/documents/:id/files/:fileId',
      name: 'remove a file',
      send: async (a) => {
        const doc = await freshDocument();
        const file = await fileRow(t.database.db, t.app.files, doc.id);
        return a.request({ method: 'DELETE', url: `/api/documents/${doc.id}/files/${file}` });
      },
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/documents/extract-references',
      name: 'find references in a text',
      send: (a) => a.post('/api/documents/extract-references', { text: 'Theo Chỉ thị 05-CT/TW.' }),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/documents/:id/study',
      name: 'assign the document to cell A again',
      send: (a) =>
        a.post(`/api/documents/${study.document}/study`, {
          unitId: root.id,
          cellIds: [cellA.id],
          dueOn: addDays(today, 30),
        }),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/study/assignments',
      name: 'study dashboard',
      send: (a) => a.get('/api/study/assignments'),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/study/assignments/:id',
      name: 'one study assignment',
      send: (a) => a.get(`/api/study/assignments/${study.id}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/study/assignments/:id/remind',
      name: 'remind the cells',
      send: (a) => a.post(`/api/study/assignments/${study.id}/remind`),
      expect: { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PUT /api/study/targets/:id',
      name: "record cell A's study",
      send: async (a) =>
        a.put(`/api/study/targets/${(await freshStudy()).targetId}`, {
          studiedOn: today,
          presentMemberIds: [mem.own],
          version: 1,
        }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/study/targets/:id/plan',
      name: "send cell A's plan",
      send: async (a) =>
        a.request({
          method: 'POST',
          url: `/api/study/targets/${(await freshStudy()).targetId}/plan?fileName=ke-hoach.txt`,
          payload: Buffer.from('Kế hoạch thực hiện'),
          headers: { 'content-type': 'text/plain' },
        }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/study/targets/:id/plan',
      name: "download cell A's plan",
      send: (a) => a.get(`/api/study/targets/${study.targetA}/plan`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/study/mine',
      name: 'my study',
      send: (a) => a.get('/api/study/mine'),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/documents/:id/read',
      name: 'confirm reading a document given to cell A',
      send: async (a) => a.post(`/api/documents/${(await freshStudy()).documentId}/read`),
      // Only users with a member record confirm; w-member is the only one here.
      expect: { member: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/petitions',
      name: 'send a petition from cell A to the root',
      send: (a) =>
        a.post('/api/petitions', {
          kind: 'proposal',
          fromUnitId: cellA.id,
          toUnitId: root.id,
          subject: 'Đề nghị sửa chữa phòng sinh hoạt',
          content: 'Phòng sinh hoạt chi bộ xuống cấp.',
        }),
      expect: { admin: 201, committee: 201, secretary: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/petitions',
      name: 'petitions list',
      send: (a) => a.get('/api/petitions'),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/petitions/stats',
      name: "the root's petition statistics",
      send: (a) => a.get(`/api/petitions/stats?unitId=${root.id}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/petitions/addressees',
      name: 'committees above cell A',
      send: (a) => a.get(`/api/petitions/addressees?fromUnitId=${cellA.id}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/petitions/:id',
      name: "cell A's petition",
      send: (a) => a.get(`/api/petitions/${petition.fixed}`),
      expect: { member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/petitions/:id/classify',
      name: 'classify a petition',
      send: async (a) =>
        a.post(`/api/petitions/${(await freshPetition('received')).id}/classify`, {
          authority: 'within',
          version: 1,
        }),
      expect: handlers,
    },
    {
      route: 'POST /api/petitions/:id/forward',
      name: 'forward a petition',
      send: async (a) =>
        a.post(`/api/petitions/${(await freshPetition('beyond')).id}/forward`, {
          forwardedTo: 'Quận ủy',
          forwardedOn: today,
          version: 1,
        }),
      expect: handlers,
    },
    {
      route: 'POST /api/petitions/:id/answer',
      name: "record the superior's answer",
      send: async (a) =>
        a.post(`/api/petitions/${(await freshPetition('forwarded')).id}/answer`, {
          answer: 'Đồng ý',
          answeredOn: today,
          version: 1,
        }),
      expect: handlers,
    },
    {
      route: 'POST /api/petitions/:id/reply',
      name: 'reply to a petition',
      send: async (a) =>
        a.post(`/api/petitions/${(await freshPetition('handling')).id}/reply`, {
          reply: 'Đảng ủy đồng ý.',
          repliedOn: today,
          version: 1,
        }),
      expect: handlers,
    },
    {
      route: 'GET /api/report-themes',
      name: "the themes cell A's reports may name",
      send: (a) => a.get(`/api/report-themes?unitId=${cellA.id}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/report-themes',
      name: 'a theme the root committee follows',
      send: (a) => a.post('/api/report-themes', { ownerUnitId: root.id, name: `Chủ đề mới ${++themeSeq}` }),
      expect: { admin: 201, committee: 201, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'PUT /api/report-themes/:id',
      name: "rename a root's theme",
      send: async (a) =>
        a.put(`/api/report-themes/${await themeOf()}`, { name: `Đổi tên ${++themeSeq}`, version: 1 }),
      expect: themeWriters,
    },
    {
      route: 'POST /api/report-themes/:id/status',
      name: "record the handling of a root's theme",
      send: async (a) =>
        a.post(`/api/report-themes/${await themeOf()}/status`, {
          status: 'handled',
          handlingNote: 'Đã đối thoại',
          handledOn: today,
          version: 1,
        }),
      expect: themeWriters,
    },
    {
      route: 'GET /api/report-themes/overview',
      name: "the root committee's themes overview",
      send: (a) => a.get(`/api/report-themes/overview?unitId=${root.id}`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/report-themes/:id/mentions',
      name: "the mentions of a root's theme",
      send: (a) => a.get(`/api/report-themes/${theme.fixed}/mentions`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/programs',
      name: "the root committee's work programs",
      send: (a) => a.get(`/api/programs?unitId=${root.id}&subtree=true`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/programs',
      name: 'a work program of a new body of the root committee',
      send: async (a) => {
        const [body] = await t.database.db
          .insert(unitBodies)
          .values({ unitId: root.id, kind: 'standing_committee', name: `Ban Thường vụ ${++seq}` })
          .returning({ id: unitBodies.id });
        return a.post('/api/programs', { unitId: root.id, bodyId: body?.id, year: 2030 });
      },
      expect: { admin: 201, committee: 201, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/programs/items/open-documents',
      name: "the root committee's planned documents without a document",
      send: (a) => a.get(`/api/programs/items/open-documents?unitId=${root.id}`),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/programs/:id',
      name: "the root committee's program",
      send: (a) => a.get(`/api/programs/${progs.root}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/programs/:id',
      name: "cell A's program",
      send: (a) => a.get(`/api/programs/${progs.cellA}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    programAction('PATCH /api/programs/:id', 'rename a program', (a, p) =>
      a.patch(`/api/programs/${p.id}`, { title: 'Chương trình sửa', version: 1 }),
    ),
    programAction('DELETE /api/programs/:id', 'delete a program', (a, p) =>
      a.request({ method: 'DELETE', url: `/api/programs/${p.id}` }),
    ),
    programAction(
      'POST /api/programs/:id/items',
      'add a program item',
      (a, p) => a.post(`/api/programs/${p.id}/items`, { kind: 'activity', title: 'Sơ kết', dueQuarter: 2 }),
      201,
    ),
    programAction('PATCH /api/programs/items/:itemId', 'edit a program item', (a, p) =>
      a.patch(`/api/programs/items/${p.activity}`, { title: 'Hội nghị tổng kết', version: 1 }),
    ),
    programAction('DELETE /api/programs/items/:itemId', 'delete a program item', (a, p) =>
      a.request({ method: 'DELETE', url: `/api/programs/items/${p.activity}` }),
    ),
    programAction('POST /api/programs/items/:itemId/status', 'mark an activity done', (a, p) =>
      a.post(`/api/programs/items/${p.activity}/status`, { status: 'done', version: 1 }),
    ),
    programAction(
      'POST /api/programs/items/:itemId/document',
      'link a draft to a planned document',
      async (a, p) =>
        a.post(`/api/programs/items/${p.planned}/document`, {
          documentId: (await freshDocument({ type: 'plan' })).id,
          version: 1,
        }),
    ),
    programAction('DELETE /api/programs/items/:itemId/document', 'unlink the document of an item', (a, p) =>
      a.request({ method: 'DELETE', url: `/api/programs/items/${p.linked}/document` }),
    ),
    {
      route: 'GET /api/tasks/board',
      name: "the root committee's task board",
      send: (a) => a.get(`/api/tasks/board?unitId=${root.id}`),
      expect: { secretary: 404, member: 404, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/tasks',
      name: "cell A's tasks",
      send: (a) => a.get(`/api/tasks?unitId=${cellA.id}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/tasks/mine',
      name: 'my tasks',
      send: (a) => a.get('/api/tasks/mine'),
      expect: { nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/tasks',
      name: 'give cell A a task',
      send: (a) =>
        a.post('/api/tasks', {
          ownerUnitId: root.id,
          assigneeUnitId: cellA.id,
          sourceKind: 'direct',
          sourceTitle: 'Chỉ đạo của Ban Thường vụ',
          sourceText: 'Rà soát hồ sơ đảng viên',
          sourceDate: today,
          title: 'Rà soát hồ sơ',
          dueOn: addDays(today, 10),
        }),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/tasks/:id',
      name: 'a task of cell A',
      send: (a) => a.get(`/api/tasks/${task.fixed}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'PATCH /api/tasks/:id',
      name: "change a task's deadline",
      send: async (a) => a.patch(`/api/tasks/${(await freshTask()).id}`, { dueOn: '2036-02-28', version: 1 }),
      expect: { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/tasks/:id/progress',
      name: 'report progress on a task of cell A',
      send: async (a) =>
        a.post(`/api/tasks/${(await freshTask()).id}/progress`, { progress: 40, version: 1 }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/tasks/:id/close',
      name: 'mark a task of cell A done',
      send: async (a) => a.post(`/api/tasks/${(await freshTask()).id}/close`, { status: 'done', version: 1 }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/tasks/:id/reopen',
      name: 'reopen a done task',
      send: async (a) =>
        a.post(
          `/api/tasks/${(await freshTask({ status: 'done', progress: 100, closedOn: today })).id}/reopen`,
          { reason: 'Chưa đạt yêu cầu', version: 1 },
        ),
      expect: { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/tasks/:id/updates/:updateId/file',
      name: 'attach a file to a progress report',
      send: async (a) => {
        const fresh = await freshTask();
        const update = await taskUpdateRow(t.database.db, fresh.id);
        return a.request({
          method: 'POST',
          url: `/api/tasks/${fresh.id}/updates/${update.id}/file?fileName=bao-cao.pdf`,
          payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
          headers: { 'content-type': 'application/pdf' },
        });
      },
      expect: { admin: 200, committee: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/tasks/:id/files/:fileId',
      name: "download a progress report's file",
      send: (a) => a.get(`/api/tasks/${task.fixed}/files/${task.file}`),
      expect: { outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/report-forms',
      name: 'the forms cell A submits',
      send: (a) => a.get(`/api/report-forms?unitId=${cellA.id}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/report-forms/:id',
      name: 'a form of the root committee',
      send: (a) => a.get(`/api/report-forms/${reportForm.fixed}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/report-forms/:id/versions/:versionNo',
      name: 'version 1 of a form of the root committee',
      send: (a) => a.get(`/api/report-forms/${reportForm.fixed}/versions/1`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/report-forms',
      name: 'a new form of the root committee',
      send: (a) =>
        a.post('/api/report-forms', reportFormBody({ ownerUnitId: root.id, code: `BC-A${++seq}` })),
      expect: { admin: 201, committee: 201, outsider: 404, anonymous: 401, rest: 403 },
    },
    reportFormAction('PUT /api/report-forms/:id', 'a new version of a form', (a, id) =>
      a.put(
        `/api/report-forms/${id}`,
        reportFormBody({ definition: { ...sampleDefinition, rules: [] }, version: 1 }),
      ),
    ),
    reportFormAction('POST /api/report-forms/:id/status', 'retire a form', (a, id) =>
      a.post(`/api/report-forms/${id}/status`, { status: 'retired', version: 1 }),
    ),
    {
      route: 'GET /api/reports/aggregate',
      name: "the root committee's aggregated figures",
      send: (a) => a.get(`/api/reports/aggregate?formId=${agg.form}&unitId=${root.id}&periodKey=2026-03`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/reports/aggregate/export',
      name: "download the root committee's aggregated figures",
      send: (a) =>
        a.get(`/api/reports/aggregate/export?formId=${agg.form}&unitId=${root.id}&periodKey=2026-03`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/reports/trend',
      name: 'the trend of a figure of cell A',
      send: (a) =>
        a.get(`/api/reports/trend?formId=${agg.form}&unitId=${cellA.id}&periodKey=2026-03&fieldKey=members`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/reports/compiled',
      name: "the compiled texts of the root committee's cells",
      send: (a) =>
        a.get(
          `/api/reports/compiled?formId=${agg.form}&unitId=${root.id}&periodKey=2026-03&fieldKey=results`,
        ),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/reports/completeness',
      name: "completeness of the root committee's reports",
      send: (a) => a.get(`/api/reports/completeness?${completenessOf(root.id)}`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/reports/completeness',
      name: "completeness of cell A's report",
      send: (a) => a.get(`/api/reports/completeness?${completenessOf(cellA.id)}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/reports/completeness/units',
      name: 'the units expected to report under the root committee',
      send: (a) => a.get(`/api/reports/completeness/units?${completenessOf(root.id)}&status=missing`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/reports/completeness/remind',
      name: 'remind the cells whose report is missing',
      send: (a) =>
        a.post('/api/reports/completeness/remind', {
          formId: rep.formId,
          periodKey: '2025-03',
          unitId: root.id,
        }),
      expect: { admin: 200, committee: 200, secretary: 404, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'POST /api/reports/completeness/remind',
      name: 'remind cell A of its missing report',
      send: (a) =>
        a.post('/api/reports/completeness/remind', {
          formId: rep.formId,
          periodKey: '2025-03',
          unitId: cellA.id,
        }),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 404, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/report-submissions/due',
      name: 'what cell A has to report',
      send: (a) => a.get(`/api/report-submissions/due?unitId=${cellA.id}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/report-submissions/review-queue',
      name: 'reports waiting for review',
      send: (a) => a.get('/api/report-submissions/review-queue'),
      expect: { admin: 200, committee: 200, secretary: 200, outsider: 200, anonymous: 401, rest: 403 },
    },
    {
      route: 'GET /api/report-submissions',
      name: "the root's reports",
      send: (a) => a.get(`/api/report-submissions?unitId=${root.id}`),
      expect: { secretary: 404, member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'GET /api/report-forms/:id/periods',
      name: "a form's open periods",
      send: (a) => a.get(`/api/report-forms/${report.form.id}/periods`),
      expect: { member: 403, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'POST /api/report-submissions/open',
      name: "open cell A's report for this month",
      send: async (a) => {
        const form = await formRow(t.database.db, root.id, { opensDaysBefore: 366 });
        return a.post('/api/report-submissions/open', {
          formId: form.id,
          unitId: cellA.id,
          periodKey: today.slice(0, 7),
        });
      },
      expect: reportMakers,
    },
    {
      route: 'GET /api/report-submissions/:id',
      name: "cell A's report",
      send: (a) => a.get(`/api/report-submissions/${report.fixed}`),
      expect: { member: 403, outsider: 404, nobody: 403, anonymous: 401, rest: 200 },
    },
    {
      route: 'PUT /api/report-submissions/:id',
      name: "save cell A's draft",
      send: async (a) =>
        a.put(`/api/report-submissions/${(await freshReport('draft')).id}`, {
          values: reportValues,
          version: 1,
        }),
      expect: reportMakers,
    },
    {
      route: 'POST /api/report-submissions/:id/prefill',
      name: "refresh the known figures of cell A's draft",
      send: async (a) =>
        a.post(`/api/report-submissions/${(await freshReport('draft')).id}/prefill`, { version: 1 }),
      expect: reportMakers,
    },
    {
      route: 'POST /api/report-submissions/:id/submit',
      name: "send cell A's report",
      send: async (a) =>
        a.post(`/api/report-submissions/${(await freshReport('draft')).id}/submit`, { version: 1 }),
      expect: reportMakers,
    },
    {
      route: 'POST /api/report-submissions/:id/accept',
      name: "accept cell A's report",
      send: async (a) =>
        a.post(`/api/report-submissions/${(await freshReport('submitted')).id}/accept`, { version: 1 }),
      expect: reportReviewers,
    },
    {
      route: 'POST /api/report-submissions/:id/return',
      name: "return cell A's report",
      send: async (a) =>
        a.post(`/api/report-submissions/${(await freshReport('submitted')).id}/return`, {
          version: 1,
          comment: 'Bổ sung số liệu',
        }),
      expect: reportReviewers,
    },
    {
      route: 'POST /api/report-submissions/:id/reopen',
      name: "reopen cell A's accepted report",
      send: async (a) =>
        a.post(`/api/report-submissions/${(await freshReport('accepted')).id}/reopen`, {
          version: 1,
          reason: 'Sửa số liệu',
        }),
      expect: reportReviewers,
    },
    // Sign-in and sign-out change who is signed in: they run last, on throwaway agents.
    {
      route: 'POST /api/auth/totp/setup',
      name: 'start totp setup',
      send: (a) => a.post('/api/auth/totp/setup'),
      expect: signedIn,
    },
  ];
};

describe('route policies', () => {
  it('every registered route declares a policy', () => {
    const missing = t.app.routeCatalog.filter((r) => !r.hasPolicy);
    expect(missing).toEqual([]);
    expect(t.app.routeCatalog.length).toBeGreaterThan(20);
  });

  it('every API route is covered by the authorization matrix', () => {
    const covered = new Set(cases().map((c) => c.route));
    for (const extra of ['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/logout-all'])
      covered.add(extra);
    const routes = t.app.routeCatalog
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
  });
});

describe('authorization matrix: role × route × inside/outside scope', () => {
  it.each(everyone)('%s gets the expected status on every route', async (who) => {
    const failures: string[] = [];
    for (const c of cases()) {
      const auditBefore = await auditRows();
      const res = await c.send(agents[who]);
      const wanted = c.expect[who] ?? c.expect.rest;
      if (res.statusCode !== wanted)
        failures.push(`${c.name}: ${res.statusCode} (wanted ${wanted}) ${res.body.slice(0, 120)}`);
      // Every accepted mutation leaves an audit row; a refused one leaves none.
      const mutating = !c.route.startsWith('GET ') && !notAudited.has(c.route);
      const added = (await auditRows()) - auditBefore;
      if (mutating && res.statusCode < 300 && added < 1)
        failures.push(`${c.name}: accepted without an audit row`);
      if (res.statusCode >= 400 && added !== 0)
        failures.push(`${c.name}: refused but wrote ${added} audit rows`);
    }
    expect(failures).toEqual([]);
  });
});

describe('no leak in lists and counts', () => {
  it('lists only units inside the scope, with matching totals', async () => {
    const mine = (await agents.secretary.get('/api/units')).json();
    expect(mine.items.map((u: { id: string }) => u.id)).toEqual([world.cellA.id]);
    expect(mine.total).toBe(1);
    const outsider = (await agents.outsider.get('/api/units')).json();
    expect(outsider.items.map((u: { id: string }) => u.id)).toEqual([world.other.id]);
    const committee = (await agents.committee.get(`/api/units?parentId=${world.root.id}`)).json();
    expect(committee.items.every((u: { parentId: string }) => u.parentId === world.root.id)).toBe(true);
    expect(committee.total).toBe(committee.items.length);
  });

  it('counts children and shows the roles of users', async () => {
    const top = (await agents.committee.get('/api/units')).json();
    expect(top.items[0]).toMatchObject({ id: world.root.id });
    expect(top.items[0].childCount).toBeGreaterThanOrEqual(2);
    const list = (await agents.admin.get('/api/admin/users?q=w-secretary')).json();
    expect(list.items[0].roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'cell_secretary', unitId: world.cellA.id, unitName: 'Chi bộ A' }),
        expect.objectContaining({ role: 'member', unitId: world.cellA.id }),
      ]),
    );
  });

  it('tells the web which actions will succeed on a unit', async () => {
    const perms = async (who: Who, id: string) => {
      const { canEdit, canAddChild } = (await agents[who].get(`/api/units/${id}`)).json();
      return { canEdit, canAddChild };
    };
    expect(await perms('committee', world.root.id)).toEqual({ canEdit: true, canAddChild: true });
    expect(await perms('secretary', world.cellA.id)).toEqual({ canEdit: true, canAddChild: false });
    expect(await perms('member', world.cellA.id)).toEqual({ canEdit: false, canAddChild: false });
    expect(await perms('viewer', world.cellB.id)).toEqual({ canEdit: false, canAddChild: false });
  });

  it('pages by key with the same total on every page', async () => {
    const all = (await agents.committee.get(`/api/units?parentId=${world.root.id}&limit=500`)).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 50; i++) {
      const page = (
        await agents.committee.get(
          `/api/units?parentId=${world.root.id}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      expect(page.total).toBe(all.total);
      seen.push(...page.items.map((u: { id: string }) => u.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((u: { id: string }) => u.id));
    const bad = await agents.committee.get(`/api/units?parentId=${world.root.id}&cursor=not-a-cursor`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('cursor');
  });

  it('the admin user list holds no user of another committee', async () => {
    const list = (await agents.admin.get('/api/admin/users?limit=200')).json();
    const names = list.items.map((u: { username: string }) => u.username);
    expect(names).toContain('w-member');
    expect(names).not.toContain('w-outsider');
    expect(list.total).toBe(list.items.length);
  });

  it('a member sees the own cell but not a party group below it', async () => {
    const group = await makeUnit(t.database.db, world.cellA.id, 'party_group', 'Tổ đảng 1');
    const asSecretary = (await agents.secretary.get(`/api/units?parentId=${world.cellA.id}`)).json();
    expect(asSecretary.items.map((u: { id: string }) => u.id)).toEqual([group.id]);
    const asMember = await agents.member.get(`/api/units?parentId=${world.cellA.id}`);
    expect(asMember.statusCode).toBe(200);
    expect(asMember.json()).toMatchObject({ items: [], total: 0 });
    expect((await agents.member.get(`/api/units/${group.id}`)).statusCode).toBe(404);
  });
});
