import type { Tx } from '../../db/client';
import { usersWithRoleAt } from '../../platform/auth/role-holders';
import type { Writer } from '../../platform/mutate';
import { notify } from '../../platform/notifications/service';
import { userOfMember } from '../members/for-petitions';
import { displayDate } from '../org/calendar';
import type { PetitionRow } from './petition-access';

const kindLabel = { proposal: 'Đề xuất', recommendation: 'Kiến nghị' } as const;

/** The users who follow a petition as its originator: the submitter and the originating member. */
async function originators(tx: Tx, row: PetitionRow, actorId: string | null): Promise<string[]> {
  const ids = new Set<string>();
  if (row.submittedBy) ids.add(row.submittedBy);
  if (row.fromMemberId) {
    const user = await userOfMember(tx, row.fromMemberId);
    if (user) ids.add(user);
  }
  if (actorId) ids.delete(actorId);
  return [...ids];
}

/** Tells the committee of the addressed unit that a petition came in. */
export async function noticeSubmitted(
  w: Writer,
  row: PetitionRow,
  fromName: string,
  toUnitId: string,
  publicUrl: string,
) {
  const committee = (await usersWithRoleAt(w.tx, toUnitId, ['committee', 'admin'])).filter(
    (id) => id !== w.ctx.actor?.id,
  );
  await notify(
    w,
    committee,
    {
      kind: 'petition.submitted',
      title: `${kindLabel[row.kind]} mới: ${row.subject}`,
      body: `${fromName} gửi ${kindLabel[row.kind].toLowerCase()} ngày ${displayDate(row.receivedOn)}. Hãy phân loại theo thẩm quyền và giải quyết.`,
      link: `/petitions/${row.id}`,
    },
    publicUrl,
  );
}

const stepText = (row: PetitionRow): string => {
  switch (row.status) {
    case 'handling':
      return 'đã được phân loại thuộc thẩm quyền của cấp ủy và đang được giải quyết.';
    case 'forwarded':
      return row.superiorAnswer
        ? `đã có ý kiến trả lời của cấp trên (${row.forwardedTo}).`
        : `đã được chuyển lên ${row.forwardedTo} ngày ${displayDate(row.forwardedOn ?? row.receivedOn)}.`;
    case 'resolved':
      return `đã được trả lời ngày ${displayDate(row.repliedOn ?? row.receivedOn)}.`;
    default:
      return row.authority === 'beyond'
        ? 'vượt thẩm quyền của cấp ủy, sẽ được chuyển lên cấp trên.'
        : 'đã được tiếp nhận.';
  }
};

/** Tells the originator where their petition stands after a step. */
export async function noticeProgress(w: Writer, row: PetitionRow, publicUrl: string) {
  await notify(
    w,
    await originators(w.tx, row, w.ctx.actor?.id ?? null),
    {
      kind: 'petition.progress',
      title: `${kindLabel[row.kind]}: ${row.subject}`,
      body: `${kindLabel[row.kind]} "${row.subject}" ${stepText(row)}`,
      link: `/petitions/${row.id}`,
    },
    publicUrl,
  );
}
