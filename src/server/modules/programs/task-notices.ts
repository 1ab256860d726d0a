import type { ReminderStage } from '../../../domain/task-reminders';
import { usersWithRoleAt } from '../../platform/auth/role-holders';
import type { Writer } from '../../platform/mutate';
import { notify } from '../../platform/notifications/service';
import { memberPlaces } from '../members/for-programs';
import { displayDate } from '../org/calendar';
import type { TaskRow } from './task-access';

/** Those who carry a task: the member given it (when they sign in), else the assignee unit's secretaries. */
export async function carriersOf(w: Writer, task: TaskRow): Promise<string[]> {
  if (task.assigneeMemberId) {
    const member = (await memberPlaces(w.tx, [task.assigneeMemberId])).get(task.assigneeMemberId);
    if (member?.userId) return [member.userId];
  }
  return usersWithRoleAt(w.tx, task.assigneeUnitId, ['cell_secretary', 'committee']);
}

const others = (ids: string[], w: Writer) => ids.filter((id) => id !== w.ctx.actor?.id);

export async function noticeTaskAssigned(
  w: Writer,
  task: TaskRow,
  names: { owner: string; assignee: string },
  publicUrl: string,
) {
  await notify(
    w,
    others(await carriersOf(w, task), w),
    {
      kind: 'task.assigned',
      title: `Nhiệm vụ mới: ${task.title}`,
      body: [
        `${names.owner ? `${names.owner} giao` : 'Giao'} cho ${names.assignee}: ${task.title}.`,
        `Nguồn: ${task.sourceTitle}.`,
        `Thời hạn: ${displayDate(task.dueOn)}.`,
      ].join('\n'),
      link: `/tasks/${task.id}`,
    },
    publicUrl,
  );
}

/** Tells the assigning committee that a task was done. */
export async function noticeTaskDone(w: Writer, task: TaskRow, publicUrl: string) {
  const committee = await usersWithRoleAt(w.tx, task.ownerUnitId, ['committee']);
  await notify(
    w,
    others(committee, w),
    {
      kind: 'task.done',
      title: `Đã hoàn thành: ${task.title}`,
      body: `Nhiệm vụ "${task.title}" (thời hạn ${displayDate(task.dueOn)}) đã được báo cáo hoàn thành.`,
      link: `/tasks/${task.id}`,
    },
    publicUrl,
  );
}

const stageText: Record<ReminderStage, (dueOn: string) => string> = {
  upcoming: (dueOn) => `sắp đến hạn (${displayDate(dueOn)})`,
  due: () => 'đến hạn hôm nay',
  overdue: (dueOn) => `đã quá hạn từ ${displayDate(dueOn)}`,
};

/** A reminder before or after the deadline; once overdue the assigning committee is told as well. */
export async function noticeTaskReminder(w: Writer, task: TaskRow, stage: ReminderStage, publicUrl: string) {
  const carriers = await carriersOf(w, task);
  const committee = stage === 'overdue' ? await usersWithRoleAt(w.tx, task.ownerUnitId, ['committee']) : [];
  await notify(
    w,
    [...new Set([...carriers, ...committee])],
    {
      kind: 'task.reminder',
      title: `Nhắc nhiệm vụ: ${task.title}`,
      body: [
        `Nhiệm vụ "${task.title}" ${stageText[stage](task.dueOn)}.`,
        `Tiến độ hiện tại: ${task.progress}%.`,
        'Hãy cập nhật tiến độ hoặc báo cáo hoàn thành.',
      ].join('\n'),
      link: `/tasks/${task.id}`,
    },
    publicUrl,
  );
}
