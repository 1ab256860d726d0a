import { count, eq, sql } from 'drizzle-orm';
import type { Role } from '../../contracts/roles';
import type { Database, Db } from '../db/client';
import { derivedTables, rebuildDerivedTables } from '../db/derived';
import { members } from '../modules/members/schema';
import { units } from '../modules/org/schema';
import { type AuditInput, appendAudit } from '../platform/audit/writer';
import { hashPassword } from '../platform/auth/passwords';
import { userRoles, users } from '../platform/auth/schema';
import { systemContext } from '../platform/context';
import type { Writer } from '../platform/mutate';
import { notify } from '../platform/notifications/service';
import { seedAdmissionCases } from './admission';
import { seedCommitteeWeekly } from './committee-weekly';
import { seedDocuments } from './documents';
import { seedIdeology } from './ideology';
import { seedLifecycleHistory } from './lifecycle';
import { deferIndexes, inLoadTransaction, type LoadSession } from './loader';
import { seedMeetingHistory } from './meetings';
import { generateNational } from './national';
import { seedPetitions } from './petitions';
import { seedPrograms } from './programs';
import { generateReference, type ReferenceData } from './reference';
import { seedReports } from './reports';
import { seedWorkingSessions } from './sessions';
import { seedStudy } from './study';
import {
  addMember,
  bodyTable,
  loadOrder,
  positionTable,
  termTable,
  unitEventTable,
  unitTable,
  unitVersionTable,
} from './tables';
import { seedTasks } from './tasks';

export const DEMO_PASSWORD = 'demo1234';
export const DEFAULT_SEED = 'dangbo';

export const demoSignIns: Array<{ username: string; fullName: string; role: Role; description: string }> = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', description: 'quản trị toàn Đảng bộ' },
  {
    username: 'committee',
    fullName: 'Trần Thị Thu Hoài',
    role: 'committee',
    description: 'Văn phòng Đảng ủy',
  },
  {
    username: 'secretary',
    fullName: 'Lê Văn Thắng',
    role: 'cell_secretary',
    description: 'Bí thư Chi bộ Văn phòng',
  },
  {
    username: 'member',
    fullName: 'Phan Xuân Dũng',
    role: 'member',
    description: 'đảng viên Chi bộ Văn phòng',
  },
];

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(units);
  return (row?.n ?? 0) === 0;
}

export interface SeedOptions {
  publicUrl: string;
  /** Same seed (and same `today`) → the same data, ids included. */
  seed?: string;
  /** The day the data is drawn relative to (probation in the last 12 months, ages); default today. */
  today?: string;
  /**
   * Members in the whole database. Up to the reference data's size (≈1,350) only the reference committee
   * and its superior are loaded; above it, a national tree around them (root, 34 provinces, central blocs)
   * is generated in streaming batches up to that many members.
   */
  scale?: number;
  onProgress?: (done: number, total: number) => void;
  /** Defer indexes, foreign keys and triggers whatever the size (default: from `BULK_MODE_MEMBERS` on). */
  bulkMode?: boolean;
}

/** From this many generated members on, indexes and foreign keys are built after the rows are in. */
export const BULK_MODE_MEMBERS = 50_000;

export interface SeedSummary {
  seed: string;
  today: string;
  members: number;
  units: number;
  /** Rows written per table by the generator. */
  rows: Record<string, number>;
  seconds: number;
  /** Generating and writing the rows (indexes deferred in bulk mode). */
  loadSeconds: number;
  /** Rebuilding the deferred indexes and foreign keys (bulk mode only, else 0). */
  indexSeconds: number;
  bulkMode: boolean;
  vustaId: string;
  superiorId: string;
  rootId: string | null;
}

function writeReference(session: LoadSession, ref: ReferenceData) {
  const { writer } = session;
  const { units: unitRows, versions } = ref.tree.rows();
  for (const row of unitRows) writer.add(unitTable, row);
  for (const row of versions) writer.add(unitVersionTable, row);
  for (const row of ref.tree.events) writer.add(unitEventTable, row);
  for (const row of ref.offices.terms) writer.add(termTable, row);
  for (const row of ref.offices.bodies) writer.add(bodyTable, row);
  for (const member of ref.members) addMember(writer, member);
  for (const row of ref.offices.positions) writer.add(positionTable, row);
}

/** The four demo sign-ins, with their roles and the member records they belong to. */
async function createSignIns(w: Writer, ref: ReferenceData, publicUrl: string): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const office = ref.officeCellId;
  const grantsFor: Record<string, Array<{ role: Role; unitId: string }>> = {
    admin: [{ role: 'admin', unitId: ref.vustaId }],
    committee: [{ role: 'committee', unitId: ref.vustaId }],
    secretary: [
      { role: 'cell_secretary', unitId: office },
      { role: 'member', unitId: office },
    ],
    member: [{ role: 'member', unitId: office }],
  };
  const linkedMember: Record<string, string | undefined> = {
    committee: ref.people.committee,
    secretary: ref.people.secretary,
    member: ref.people.member,
  };
  for (const signIn of demoSignIns) {
    const [user] = await w.tx
      .insert(users)
      .values({ username: signIn.username, fullName: signIn.fullName, passwordHash, totpWaived: true })
      .returning({ id: users.id });
    if (!user) throw new Error('insert returned nothing');
    const grants = grantsFor[signIn.username] ?? [];
    await w.tx.insert(userRoles).values(grants.map((g) => ({ userId: user.id, ...g })));
    const memberId = linkedMember[signIn.username];
    if (memberId) await w.tx.update(members).set({ userId: user.id }).where(eq(members.id, memberId));
    w.audit({
      action: 'user.created',
      entity: 'user',
      entityId: user.id,
      after: { username: signIn.username, roles: grants, memberId: memberId ?? null },
    });
    await notify(
      w,
      [user.id],
      {
        kind: 'welcome',
        title: 'Chào mừng đến với Đảng bộ số',
        body: `Tài khoản ${signIn.username} (${signIn.description}) đã sẵn sàng. Hãy đổi mật khẩu trong trang Tài khoản.`,
        link: '/account',
      },
      publicUrl,
    );
  }
}

/** Today in Việt Nam (the data's "today"; a UTC date would be yesterday until 7 a.m.). */
const todayIso = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/**
 * Loads the demo data: the reference committee (and, with `scale`, a national tree), the demo sign-ins and
 * one audit entry summarising what was seeded — in one transaction, written directly by the loader.
 */
export async function seedDemo(database: Database, options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? todayIso();
  const ctx = systemContext('demo-seed');
  const summary = await inLoadTransaction(database, async (session) => {
    const probe = generateReference({ seed, today, national: false });
    const national = (options.scale ?? 0) > probe.members.length;
    const ref = national ? generateReference({ seed, today, national: true }) : probe;
    const total = Math.max(options.scale ?? 0, ref.members.length);
    const bulkMode = options.bulkMode ?? total - ref.members.length >= BULK_MODE_MEMBERS;
    // Derived tables are filled once at the end, before their indexes are built, like the loaded ones.
    const restoreIndexes = bulkMode
      ? await deferIndexes(session.db, [
          ...loadOrder.map((t) => t.name),
          ...derivedTables.map((d) => d.table),
        ])
      : null;
    const loadStarted = performance.now();
    options.onProgress?.(0, total);
    writeReference(session, ref);
    await session.writer.flushIfFull();
    options.onProgress?.(ref.members.length, total);
    let nationalUnits = 0;
    if (national && ref.rootId) {
      const result = await generateNational(session, {
        seed,
        today,
        rootId: ref.rootId,
        rootPath: ref.tree.pathOf(ref.rootId),
        numbering: ref.numbering,
        members: total - ref.members.length,
        onMembers: (done) => options.onProgress?.(ref.members.length + done, total),
      });
      nationalUnits = result.units;
    }
    await session.writer.finish();
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const indexStarted = performance.now();
    if (restoreIndexes) {
      // Index builds sort in memory: give them at least this much (a server configured higher keeps its own).
      const memory = session.engine === 'postgres' ? '1GB' : '256MB';
      await session.db.execute(sql`select set_config('maintenance_work_mem', ${memory}, true)
        where pg_size_bytes(current_setting('maintenance_work_mem')) < pg_size_bytes(${memory})`);
      await rebuildDerivedTables(session.db);
      await restoreIndexes();
    }
    const indexSeconds = restoreIndexes ? (performance.now() - indexStarted) / 1000 : 0;
    const entries: AuditInput[] = [];
    const w: Writer = { tx: session.db, ctx, audit: (entry) => entries.push(entry) };
    await createSignIns(w, ref, options.publicUrl);
    // The office cell and the next cells of the reference committee get open admission cases.
    const admissionCells = [
      ...new Set([
        ref.officeCellId,
        ...ref.members.filter((m) => m.status === 'candidate').map((m) => m.unitId),
      ]),
    ];
    await seedAdmissionCases(w, ref.members, admissionCells.slice(0, 8), today);
    if (!national) await seedLifecycleHistory(session.db, today);
    const [superior] = await session.db
      .select({ path: units.path })
      .from(units)
      .where(eq(units.id, ref.superiorId));
    const meetingRows = superior
      ? await seedMeetingHistory(session.db, {
          seed,
          today,
          underPath: superior.path,
          notMetCellId: ref.officeCellId,
        })
      : {};
    const [vusta] = await session.db
      .select({ path: units.path })
      .from(units)
      .where(eq(units.id, ref.vustaId));
    let documentRows: Record<string, number> = {};
    if (vusta) {
      const committee = { id: ref.vustaId, path: vusta.path };
      const registry = await seedDocuments(w, {
        vustaId: ref.vustaId,
        vustaPath: vusta.path,
        superiorId: ref.superiorId,
        grantPaths: [vusta.path],
        today,
      });
      const study = await seedStudy(session.db, {
        seed,
        today,
        committee,
        documentIds: registry.studyDocumentIds,
        officeCellId: ref.officeCellId,
      });
      const taskRows = await seedTasks(w, {
        today,
        committee,
        officeCellId: ref.officeCellId,
        publicUrl: options.publicUrl,
      });
      const petitionRows = await seedPetitions(w, {
        today,
        committeeId: ref.vustaId,
        officeCellId: ref.officeCellId,
        publicUrl: options.publicUrl,
      });
      const programs = await seedPrograms(w, {
        committeeId: ref.vustaId,
        committeePath: vusta.path,
        officeCellId: ref.officeCellId,
        today,
      });
      const [committeeUser] = await session.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, 'committee'));
      const sessions = committeeUser
        ? await seedWorkingSessions(w, {
            committeeId: ref.vustaId,
            committeePath: vusta.path,
            officeCellId: ref.officeCellId,
            userId: committeeUser.id,
            today,
            publicUrl: options.publicUrl,
          })
        : {};
      const reports = await seedReports(w, { seed, today, committee });
      documentRows = {
        ...registry.counts,
        ...study,
        ...taskRows,
        ...petitionRows,
        ...programs,
        ...sessions,
        ...reports,
      };
      Object.assign(
        documentRows,
        await seedIdeology(w, { seed, today, committee, userId: committeeUser?.id }),
        await seedCommitteeWeekly(w, {
          seed,
          today,
          committeeId: ref.vustaId,
          superiorId: ref.superiorId,
          userId: committeeUser?.id,
        }),
      );
    }
    const rows = { ...session.writer.written, ...meetingRows, ...documentRows };
    const result: SeedSummary = {
      seed,
      today,
      members: rows.members ?? 0,
      units: ref.tree.rows().units.length + nationalUnits,
      rows,
      seconds: 0,
      loadSeconds,
      indexSeconds,
      bulkMode,
      vustaId: ref.vustaId,
      superiorId: ref.superiorId,
      rootId: ref.rootId,
    };
    w.audit({
      action: 'demo.seeded',
      entity: 'demo',
      after: {
        seed,
        today,
        scale: options.scale ?? null,
        members: result.members,
        units: result.units,
        rows,
      },
    });
    await appendAudit(session.db, ctx, entries);
    return result;
  });
  // Planner statistics for the freshly loaded tables (autovacuum would take a while to get there).
  await database.db.execute(sql`analyze`);
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}
