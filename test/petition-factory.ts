import { inArray } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';
import { todayIso } from '../src/server/modules/org/calendar';
import { units } from '../src/server/modules/org/schema';
import { petitionEvents, petitions } from '../src/server/modules/programs/schema';

type Stage = 'received' | 'beyond' | 'handling' | 'forwarded' | 'answered';

/** A petition from a cell to a committee put straight into the tables, at a stage of its handling. */
export async function petitionRow(db: Db, fromUnitId: string, toUnitId: string, stage: Stage = 'received') {
  const rows = await db
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(inArray(units.id, [fromUnitId, toUnitId]));
  const path = (id: string) => rows.find((r) => r.id === id)?.path as string;
  const today = todayIso();
  const forwarded = stage === 'forwarded' || stage === 'answered';
  const [row] = await db
    .insert(petitions)
    .values({
      kind: 'proposal',
      fromUnitId,
      fromPath: path(fromUnitId),
      toUnitId,
      toPath: path(toUnitId),
      subject: 'Đề nghị cấp tài liệu học tập',
      content: 'Chi bộ đề nghị cấp bổ sung tài liệu học tập nghị quyết.',
      receivedOn: today,
      authority: stage === 'received' ? null : stage === 'handling' ? 'within' : 'beyond',
      status: stage === 'beyond' ? 'received' : forwarded ? 'forwarded' : stage,
      forwardedTo: forwarded ? 'Quận ủy' : null,
      forwardedOn: forwarded ? today : null,
      superiorAnswer: stage === 'answered' ? 'Đồng ý' : null,
      answeredOn: stage === 'answered' ? today : null,
    })
    .returning({ id: petitions.id, version: petitions.version });
  if (!row) throw new Error('no petition');
  await db.insert(petitionEvents).values({ petitionId: row.id, kind: 'submitted', on: today });
  return row;
}
