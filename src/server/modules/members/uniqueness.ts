import { and, eq, ne, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { members } from './schema';
import { type MemberAccess, visibilityOf } from './visibility';

/**
 * Citizen ID and party card number identify one person each. A duplicate is refused with 409 naming the
 * field; the message names the other member only to a user who may read that member.
 */

const uniqueFields = {
  citizenId: {
    column: members.citizenId,
    code: 'MEMBER_DUPLICATE_CITIZEN_ID',
    index: 'members_citizen_id_uq',
  },
  cardNumber: {
    column: members.cardNumber,
    code: 'MEMBER_DUPLICATE_CARD_NUMBER',
    index: 'members_card_number_uq',
  },
} as const;
type UniqueField = keyof typeof uniqueFields;

function duplicateError(field: UniqueField, holder: string | null): AppError {
  return new AppError(409, uniqueFields[field].code, { field, params: holder ? { name: holder } : {} });
}

export async function assertUnique(
  tx: Tx,
  access: MemberAccess | null,
  values: { citizenId?: string | null; cardNumber?: string | null },
  exceptId?: string,
): Promise<void> {
  for (const field of Object.keys(uniqueFields) as UniqueField[]) {
    const value = values[field];
    if (!value) continue;
    const conditions: SQL[] = [eq(uniqueFields[field].column, value)];
    if (exceptId) conditions.push(ne(members.id, exceptId));
    const [other] = await tx
      .select({ fullName: members.fullName, unitPath: members.unitPath, userId: members.userId })
      .from(members)
      .where(and(...conditions))
      .limit(1);
    if (other) throw duplicateError(field, access && visibilityOf(access, other) ? other.fullName : null);
  }
}

/** A concurrent write can still hit the unique index after the check: the same 409, never a 500. */
export function uniqueViolation(error: unknown): AppError | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, constraint, message } = e as { code?: unknown; constraint?: unknown; message?: unknown };
    if (code === '23505') {
      const text = `${String(constraint ?? '')} ${String(message ?? '')}`;
      for (const field of Object.keys(uniqueFields) as UniqueField[])
        if (text.includes(uniqueFields[field].index)) return duplicateError(field, null);
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
