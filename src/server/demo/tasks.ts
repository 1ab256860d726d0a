import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import { tasks } from '../modules/programs/schema';
import type { TaskAccess } from '../modules/programs/task-access';
import { closeTask, reportProgress } from '../modules/programs/task-reports';
import { createTask } from '../modules/programs/task-service';
import type { Writer } from '../platform/mutate';
import { addDays } from './calendar';

/**
 * Tasks as the committee finds them: those of the cells' closed meetings (as closing them in the product makes
 * them), and the follow-up of the committee's inspection of party dues, broken down into tasks for three cells
 * (one done, one under way, one overdue), with the demo secretary's cell among them.
 */
export async function seedTasks(
  w: Writer,
  options: {
    today: string;
    committee: { id: string; path: string };
    officeCellId: string;
    publicUrl: string;
  },
): Promise<Record<string, number>> {
  const [fromMeetings] = await queryRows<{ n: number }>(
    w.tx,
    sql`select dangbo_tasks_from_closed_meetings() as n`,
  );
  const scope = { subtrees: [options.committee.path], exact: [] };
  const access: TaskAccess = { read: scope, write: scope, userId: w.ctx.actor?.id ?? '', memberId: null };
  const cells = await queryRows<{ id: string; name: string }>(
    w.tx,
    sql`select id, name from org_units where kind = 'cell' and dissolved_on is null
      and path <@ ${options.committee.path}::ltree and id <> ${options.officeCellId} order by code limit 2`,
  );
  const { today } = options;
  const sourceDate = addDays(today, -40);
  const env = { today, publicUrl: options.publicUrl };
  const source = {
    sourceKind: 'inspection' as const,
    sourceTitle: `Kết luận kiểm tra việc thu, nộp, quản lý đảng phí năm 2026 của Ủy ban Kiểm tra Đảng ủy`,
    sourceText:
      'Các chi bộ được kiểm tra rà soát, thu bổ sung đảng phí còn thiếu theo Quy định 01-QĐ/TW, lập sổ theo dõi thu, nộp đảng phí đúng mẫu và báo cáo kết quả khắc phục về Ủy ban Kiểm tra.',
    sourceDate,
  };
  const parentId = await createTask(
    w,
    access,
    {
      ...source,
      ownerUnitId: options.committee.id,
      assigneeUnitId: options.committee.id,
      title: 'Khắc phục hạn chế về thu, nộp đảng phí sau kiểm tra',
      dueOn: addDays(today, 20),
    },
    env,
  );
  const plan = [
    { unitId: options.officeCellId, weight: 2, dueOn: addDays(today, 4), progress: 40 },
    { unitId: cells[0]?.id, weight: 1, dueOn: addDays(today, -8), progress: 100 },
    { unitId: cells[1]?.id, weight: 1, dueOn: addDays(today, -3), progress: 60 },
  ];
  for (const step of plan) {
    if (!step.unitId) continue;
    const id = await createTask(
      w,
      access,
      {
        ...source,
        ownerUnitId: options.committee.id,
        assigneeUnitId: step.unitId,
        parentId,
        weight: step.weight,
        title: 'Thu bổ sung đảng phí, lập sổ theo dõi đúng mẫu',
        dueOn: step.dueOn,
      },
      env,
    );
    if (step.progress === 100) {
      await closeTask(w, access, id, { status: 'done', version: 1 }, { ...env, today: addDays(today, -10) });
    } else {
      await reportProgress(
        w,
        access,
        id,
        { progress: step.progress, note: 'Đã rà soát sổ đảng phí, đang thu bổ sung.', version: 1 },
        env,
      );
    }
  }
  const [made] = await queryRows<{ n: number }>(w.tx, sql`select count(*)::int as n from ${tasks}`);
  return { tasks: made?.n ?? 0, tasks_from_meetings: fromMeetings?.n ?? 0 };
}
