import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { documents } from './schema';

export interface ProgramDocumentRef {
  id: string;
  numberText: string | null;
  summary: string;
  ownerPath: string;
}

/** The facts of a registry entry the programs module shows (a report presented at a working session). */
export async function documentForPrograms(tx: Db | Tx, id: string): Promise<ProgramDocumentRef | null> {
  const [row] = await tx
    .select({
      id: documents.id,
      numberText: documents.numberText,
      summary: documents.summary,
      ownerPath: documents.ownerPath,
    })
    .from(documents)
    .where(eq(documents.id, id))
    .limit(1);
  return row ?? null;
}
