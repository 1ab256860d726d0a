import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client';
import { documentReads, studyAssignments, studyAttendees, studyTargets } from '../modules/documents/schema';
import { addDays } from './calendar';
import { Random } from './random';

interface CellFacts {
  id: string;
  path: string;
}

/**
 * The study of resolutions as a committee finds it mid-way: Nghị quyết 57 given to every cell 25 days ago with
 * 5 days left (most cells done, their members present or having read it in the app), and an older assignment
 * past its deadline with a few cells still behind. The demo secretary's cell has not recorded the first one:
 * recording it is their job of the day.
 */
export async function seedStudy(
  tx: Tx,
  options: {
    seed: string;
    today: string;
    committee: { id: string; path: string };
    documentIds: [current: string, older: string];
    officeCellId: string;
  },
): Promise<Record<string, number>> {
  const rnd = Random.of(options.seed, 'study');
  const cells = await queryRows<CellFacts>(
    tx,
    sql`select id, path::text as path from org_units where kind = 'cell' and dissolved_on is null
      and path <@ ${options.committee.path}::ltree order by code`,
  );
  const people = await queryRows<{ id: string; unit_id: string }>(
    tx,
    sql`select id, unit_id from members where unit_path <@ ${options.committee.path}::ltree
      and status in ('probationary', 'official') order by id`,
  );
  const byCell = new Map<string, string[]>();
  for (const p of people) byCell.set(p.unit_id, [...(byCell.get(p.unit_id) ?? []), p.id]);
  const plans = [
    {
      documentId: options.documentIds[0],
      assignedOn: addDays(options.today, -25),
      dueOn: addDays(options.today, 5),
      done: 0.7,
    },
    {
      documentId: options.documentIds[1],
      assignedOn: addDays(options.today, -75),
      dueOn: addDays(options.today, -30),
      done: 0.9,
    },
  ];
  const counts = {
    document_study_assignments: 0,
    document_study_targets: 0,
    document_study_attendees: 0,
    document_reads: 0,
  };
  for (const [index, plan] of plans.entries()) {
    const [assignment] = await tx
      .insert(studyAssignments)
      .values({
        documentId: plan.documentId,
        unitId: options.committee.id,
        unitPath: options.committee.path,
        dueOn: plan.dueOn,
        note: 'Các chi bộ tổ chức học tập trong kỳ sinh hoạt gần nhất và gửi kế hoạch thực hiện về Văn phòng Đảng ủy.',
        createdAt: new Date(`${plan.assignedOn}T09:00:00+07:00`),
      })
      .returning({ id: studyAssignments.id });
    if (!assignment) throw new Error('insert returned nothing');
    counts.document_study_assignments += 1;
    const attendees: { targetId: string; memberId: string }[] = [];
    const reads = new Set<string>();
    for (const cell of cells) {
      const members = byCell.get(cell.id) ?? [];
      const done = !(index === 0 && cell.id === options.officeCellId) && rnd.chance(plan.done);
      const span = Math.max(
        1,
        Math.round((Date.parse(plan.dueOn) - Date.parse(plan.assignedOn)) / 86_400_000),
      );
      const studiedOn = done ? addDays(plan.assignedOn, rnd.int(1, Math.min(span, 24))) : null;
      const present = done ? members.filter(() => rnd.chance(0.88)) : [];
      const [target] = await tx
        .insert(studyTargets)
        .values({
          assignmentId: assignment.id,
          unitId: cell.id,
          unitPath: cell.path,
          studiedOn,
          presentCount: present.length,
          recordedAt: studiedOn ? new Date(`${studiedOn}T20:00:00+07:00`) : null,
        })
        .returning({ id: studyTargets.id });
      if (!target) throw new Error('insert returned nothing');
      counts.document_study_targets += 1;
      for (const memberId of present) attendees.push({ targetId: target.id, memberId });
      for (const memberId of members) if (rnd.chance(done ? 0.35 : 0.15)) reads.add(memberId);
    }
    for (let i = 0; i < attendees.length; i += 1000)
      await tx.insert(studyAttendees).values(attendees.slice(i, i + 1000));
    const readRows = [...reads].map((memberId) => ({ documentId: plan.documentId, memberId }));
    for (let i = 0; i < readRows.length; i += 1000)
      await tx.insert(documentReads).values(readRows.slice(i, i + 1000));
    counts.document_study_attendees += attendees.length;
    counts.document_reads += readRows.length;
  }
  return counts;
}
