import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  DocumentDetail,
  myStudy,
  StudyTarget,
  studyAssignmentDetail,
  studyAssignmentSummary,
  studyAssignmentsQuery,
} from '../../../contracts/documents';
import { type Db, queryRows, type Tx } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import { AppError } from '../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageTotal } from '../../platform/http/cursor';
import { calledCountOf, calledMemberPlaces, calledMemberUnits } from '../members/for-documents';
import { todayIso } from '../org/calendar';
import { unitLabels } from '../org/for-documents';
import {
  documentFiles,
  documentReads,
  documents,
  studyAssignments,
  studyAttendees,
  studyTargets,
} from './schema';
import { documentShown, type StudyAccess } from './study-access';

type Summary = z.infer<typeof studyAssignmentSummary>;
type DocumentType = DocumentDetail['type'];

/**
 * The targets (alias `t`) the user sees: those in the read scope, and under `underPath` when a unit is chosen.
 * Numbers of an assignment are always over these, so a secretary sees the own cell's, never a neighbour's.
 */
const visibleTargets = (access: StudyAccess, underPath: string | null): SQL =>
  underPath
    ? sql`${inScope(sql`t.unit_path`, access.read)} and t.unit_path <@ ${underPath}::ltree`
    : inScope(sql`t.unit_path`, access.read);

/**
 * Row source `(assignment_id, target_id, member_id)` over the visible targets of the assignments in CTE
 * `page`: members the cell calls now who attended its session or confirmed reading (a member may appear twice;
 * count distinct). Driven by the attendances and reads, each matched to its cell by equality joins, so the cost
 * follows them, not the size of the cells.
 */
const studiedFacts = (seen: SQL) => sql`(
    select t.assignment_id, t.id as target_id, sa.member_id
    from page p
    join ${studyTargets} t on t.assignment_id = p.id
    join ${studyAttendees} sa on sa.target_id = t.id
    join ${calledMemberPlaces} mp on mp.member_id = sa.member_id and mp.unit_path <@ t.unit_path
    where ${seen}
    union all
    select t.assignment_id, t.id, r.member_id
    from page p
    join ${studyAssignments} ra on ra.id = p.id
    join ${documentReads} r on r.document_id = ra.document_id
    join ${calledMemberUnits} mu on mu.member_id = r.member_id
    join ${studyTargets} t on t.assignment_id = ra.id and t.unit_id = mu.unit_id
    where ${seen}
  )`;

interface SummaryRow {
  id: string;
  document_id: string;
  number_text: string | null;
  type: DocumentType;
  summary: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  due_on: string;
  note: string | null;
  created_at: Date | string;
  created_key: string;
  cell_count: number;
  done_count: number;
  overdue_count: number;
  member_count: number;
  studied_member_count: number;
}

/** The summaries of the assignments picked by `pick` (a query of `a.id`), in its order. */
async function summaries(
  db: Db | Tx,
  access: StudyAccess,
  pick: SQL,
  underPath: string | null,
  today: string,
): Promise<SummaryRow[]> {
  const seen = visibleTargets(access, underPath);
  return queryRows<SummaryRow>(
    db,
    sql`with page as (${pick}),
      tallies as (
        select t.assignment_id, count(*)::int as cell_count,
          (count(*) filter (where t.studied_on is not null))::int as done_count,
          (count(*) filter (where t.studied_on is null and a.due_on < ${today}::date))::int as overdue_count,
          coalesce(sum(${calledCountOf(sql`t.unit_id`)}), 0)::int as member_count
        from page p
        join ${studyAssignments} a on a.id = p.id
        join ${studyTargets} t on t.assignment_id = p.id
        where ${seen}
        group by t.assignment_id),
      studied as (
        select x.assignment_id, count(distinct x.member_id)::int as n
        from ${studiedFacts(seen)} x group by x.assignment_id)
      select a.id, a.document_id, d.number_text, d.type, d.summary, a.unit_id, u.name as unit_name,
        a.unit_path::text as unit_path, a.due_on::text as due_on, a.note, a.created_at,
        a.created_at::text as created_key, tl.cell_count, tl.done_count, tl.overdue_count, tl.member_count,
        coalesce(st.n, 0)::int as studied_member_count
      from page p
      join ${studyAssignments} a on a.id = p.id
      join ${documents} d on d.id = a.document_id
      join ${unitLabels} u on u.id = a.unit_id
      join tallies tl on tl.assignment_id = a.id
      left join studied st on st.assignment_id = a.id
      order by a.created_at desc, a.id desc`,
  );
}

const presentSummary = (r: SummaryRow): Summary => ({
  id: r.id,
  documentId: r.document_id,
  documentNumberText: r.number_text,
  documentType: r.type,
  documentSummary: r.summary,
  unitId: r.unit_id,
  unitName: r.unit_name,
  dueOn: r.due_on,
  note: r.note,
  cellCount: r.cell_count,
  doneCount: r.done_count,
  overdueCount: r.overdue_count,
  memberCount: r.member_count,
  studiedMemberCount: r.studied_member_count,
  createdAt: new Date(r.created_at).toISOString(),
});

/** Assignments the user sees (by the targets in reach), newest first, keyset-paginated, counted in SQL. */
export async function listAssignments(
  db: Db,
  access: StudyAccess,
  query: z.infer<typeof studyAssignmentsQuery>,
  underPath: string | null,
) {
  const today = todayIso();
  const seen = visibleTargets(access, underPath);
  const conditions: SQL[] = [
    documentShown(access),
    sql`exists (select 1 from ${studyTargets} t where t.assignment_id = a.id and ${seen})`,
  ];
  if (query.documentId) conditions.push(sql`a.document_id = ${query.documentId}`);
  const undone = sql`exists (select 1 from ${studyTargets} t where t.assignment_id = a.id and ${seen} and t.studied_on is null)`;
  if (query.status === 'open') conditions.push(undone);
  if (query.status === 'overdue') conditions.push(sql`a.due_on < ${today}::date and ${undone}`);
  if (query.status === 'done') conditions.push(sql`not ${undone}`);
  const where = sql.join(conditions, sql` and `);

  const cursor = decodeCursor(query.cursor, 2);
  let after = sql`true`;
  if (cursor) {
    const [at, id] = cursor;
    if (
      typeof at !== 'string' ||
      typeof id !== 'string' ||
      !/^[0-9a-f-]{36}$/i.test(id) ||
      !/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/.test(at)
    )
      throw new AppError(400, 'VALIDATION', {
        field: 'cursor',
        params: { reason: 'không hợp lệ / invalid' },
      });
    after = sql`(a.created_at, a.id) < (${at}::timestamptz, ${id}::uuid)`;
  }
  const pick = sql`select a.id, a.created_at from ${studyAssignments} a join ${documents} d on d.id = a.document_id
    where ${where} and ${after} order by a.created_at desc, a.id desc limit ${query.limit + 1}`;
  const rows = await summaries(db, access, pick, underPath, today);
  const total = await pageTotal(!cursor, rows.length, query.limit, async () => {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${studyAssignments} a join ${documents} d on d.id = a.document_id where ${where}`,
    );
    return row?.n ?? 0;
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.created_key, last.id]) : null,
    total,
  };
}

interface TargetRow {
  id: string;
  unit_id: string;
  unit_name: string;
  studied_on: string | null;
  due_on: string;
  meeting_id: string | null;
  present_count: number;
  note: string | null;
  version: number;
  file_id: string | null;
  file_name: string | null;
  content_type: string | null;
  size: number | null;
  sha256: string | null;
  uploaded_at: Date | string | null;
  member_count: number;
  studied_count: number;
}

export const studyStatusOf = (studiedOn: string | null, dueOn: string, today: string) =>
  studiedOn ? 'done' : today > dueOn ? 'overdue' : 'pending';

const presentTarget = (r: TargetRow, today: string): StudyTarget => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  status: studyStatusOf(r.studied_on, r.due_on, today),
  studiedOn: r.studied_on,
  late: r.studied_on !== null && r.studied_on > r.due_on,
  meetingId: r.meeting_id,
  presentCount: r.present_count,
  memberCount: r.member_count,
  studiedMemberCount: r.studied_count,
  planFile:
    r.file_id && r.file_name && r.content_type && r.sha256 && r.uploaded_at
      ? {
          id: r.file_id,
          fileName: r.file_name,
          contentType: r.content_type,
          size: Number(r.size),
          sha256: r.sha256,
          uploadedAt: new Date(r.uploaded_at).toISOString(),
        }
      : null,
  note: r.note,
  version: r.version,
});

/** One assignment with the targets the user sees, each with its numbers; unseen → 404. */
export async function assignmentDetail(
  db: Db | Tx,
  access: StudyAccess,
  id: string,
): Promise<z.infer<typeof studyAssignmentDetail>> {
  const today = todayIso();
  const pick = sql`select a.id from ${studyAssignments} a join ${documents} d on d.id = a.document_id
    where a.id = ${id} and ${documentShown(access)}`;
  const [summary] = await summaries(db, access, pick, null, today);
  if (!summary) throw new AppError(404, 'NOT_FOUND');
  const targets = await queryRows<TargetRow>(
    db,
    sql`with page as (select ${id}::uuid as id),
      studied as (
        select x.target_id, count(distinct x.member_id)::int as n
        from ${studiedFacts(visibleTargets(access, null))} x group by x.target_id)
      select t.id, t.unit_id, u.name as unit_name, t.studied_on::text as studied_on, a.due_on::text as due_on,
        t.meeting_id, t.present_count, t.note, t.version,
        f.id as file_id, f.file_name, f.content_type, f.size, f.sha256, f.created_at as uploaded_at,
        ${calledCountOf(sql`t.unit_id`)} as member_count, coalesce(st.n, 0)::int as studied_count
      from ${studyTargets} t
      join ${studyAssignments} a on a.id = t.assignment_id
      join ${unitLabels} u on u.id = t.unit_id
      left join ${documentFiles} f on f.id = t.plan_file_id
      left join studied st on st.target_id = t.id
      where t.assignment_id = ${id} and ${visibleTargets(access, null)}
      order by u.sort_key, t.id`,
  );
  return {
    ...presentSummary(summary),
    targets: targets.map((t) => presentTarget(t, today)),
    canWrite: scopeIncludes(access.write, summary.unit_path),
  };
}

/** The assignment a reminder is about: unseen → 404; not the user's to remind → 403. */
export async function checkedAssignment(db: Db, access: StudyAccess, id: string) {
  const [row] = await queryRows<{
    id: string;
    document_id: string;
    unit_path: string;
    due_on: string;
    unit_name: string;
    number_text: string | null;
    summary: string;
  }>(
    db,
    sql`select a.id, a.document_id, a.unit_path::text as unit_path, a.due_on::text as due_on, u.name as unit_name,
        d.number_text, d.summary
      from ${studyAssignments} a join ${documents} d on d.id = a.document_id join ${unitLabels} u on u.id = a.unit_id
      where a.id = ${id} and ${documentShown(access)}
        and exists (select 1 from ${studyTargets} t where t.assignment_id = a.id and ${visibleTargets(access, null)})`,
  );
  if (!row) throw new AppError(404, 'NOT_FOUND');
  if (!scopeIncludes(access.write, row.unit_path)) throw new AppError(403, 'FORBIDDEN');
  return {
    assignment: {
      id: row.id,
      documentId: row.document_id,
      unitPath: row.unit_path,
      dueOn: row.due_on,
      unitName: row.unit_name,
    },
    doc: { numberText: row.number_text, summary: row.summary },
  };
}

const listCap = 200;

/** What the user has to do: targets to record in the write scope; documents assigned to the member's cell. */
export async function myStudyOf(db: Db, access: StudyAccess): Promise<z.infer<typeof myStudy>> {
  const today = todayIso();
  const toRecord = await queryRows<{
    target_id: string;
    assignment_id: string;
    document_id: string;
    number_text: string | null;
    summary: string;
    unit_id: string;
    unit_name: string;
    due_on: string;
  }>(
    db,
    sql`select t.id as target_id, a.id as assignment_id, a.document_id, d.number_text, d.summary, t.unit_id,
        u.name as unit_name, a.due_on::text as due_on
      from ${studyTargets} t
      join ${studyAssignments} a on a.id = t.assignment_id
      join ${documents} d on d.id = a.document_id
      join ${unitLabels} u on u.id = t.unit_id
      where t.studied_on is null and ${inScope(sql`t.unit_path`, access.write)} and ${documentShown(access)}
      order by a.due_on, u.sort_key, t.id
      limit ${listCap}`,
  );
  const toRead = access.member
    ? await queryRows<{
        document_id: string;
        number_text: string | null;
        type: DocumentType;
        summary: string;
        due_on: string;
        read_at: Date | string | null;
      }>(
        db,
        sql`select d.id as document_id, d.number_text, d.type, d.summary, min(a.due_on)::text as due_on, r.created_at as read_at
          from ${studyTargets} t
          join ${studyAssignments} a on a.id = t.assignment_id
          join ${documents} d on d.id = a.document_id
          left join ${documentReads} r on r.document_id = d.id and r.member_id = ${access.member.id}
          where ${access.member.unitPath}::ltree <@ t.unit_path and ${documentShown(access)}
          group by d.id, r.created_at
          order by (r.created_at is not null), min(a.due_on), d.id
          limit ${listCap}`,
      )
    : [];
  return {
    toRecord: toRecord.map((r) => ({
      targetId: r.target_id,
      assignmentId: r.assignment_id,
      documentId: r.document_id,
      documentNumberText: r.number_text,
      documentSummary: r.summary,
      unitId: r.unit_id,
      unitName: r.unit_name,
      dueOn: r.due_on,
      status: studyStatusOf(null, r.due_on, today),
    })),
    toRead: toRead.map((r) => ({
      documentId: r.document_id,
      documentNumberText: r.number_text,
      documentType: r.type,
      documentSummary: r.summary,
      dueOn: r.due_on,
      readOn: r.read_at ? new Date(r.read_at).toISOString() : null,
    })),
  };
}

/** The plan file of a target, or 404 when the cell has not sent one. */
export async function planFileOf(db: Db, planFileId: string | null) {
  if (!planFileId) throw new AppError(404, 'STUDY_NO_PLAN');
  const [row] = await queryRows<{ file_name: string; content_type: string; storage_key: string }>(
    db,
    sql`select file_name, content_type, storage_key from ${documentFiles} where id = ${planFileId}`,
  );
  if (!row) throw new AppError(404, 'STUDY_NO_PLAN');
  return { fileName: row.file_name, contentType: row.content_type, key: row.storage_key };
}
