import { asc, eq, inArray } from 'drizzle-orm';
import type { MemberStatus } from '../../../domain/member-codes';
import { endingStatuses, type PartyAge, type PartyGap, partyAge } from '../../../domain/party-age';
import type { Tx } from '../../db/client';
import { memberPartyGaps } from './schema';

/** What party age needs of a member record. */
export interface PartyAgeSubject {
  id: string;
  admissionDate: string | null;
  status: MemberStatus;
  statusSince: string;
}

/** The recorded gaps of members, by member. */
export async function gapsOf(tx: Tx, memberIds: readonly string[]): Promise<Map<string, PartyGap[]>> {
  const found = new Map<string, PartyGap[]>();
  if (memberIds.length === 0) return found;
  const rows = await tx
    .select({
      memberId: memberPartyGaps.memberId,
      from: memberPartyGaps.fromDate,
      to: memberPartyGaps.toDate,
      reason: memberPartyGaps.reason,
    })
    .from(memberPartyGaps)
    .where(
      memberIds.length === 1
        ? eq(memberPartyGaps.memberId, memberIds[0] as string)
        : inArray(memberPartyGaps.memberId, [...memberIds]),
    )
    .orderBy(asc(memberPartyGaps.fromDate));
  for (const { memberId, ...gap } of rows) found.set(memberId, [...(found.get(memberId) ?? []), gap]);
  return found;
}

/** Party age of a member on a date from the record and its gaps (frozen at death, removal, expulsion). */
export function partyAgeOf(
  subject: PartyAgeSubject,
  gaps: readonly PartyGap[],
  today: string,
): PartyAge | null {
  if (!subject.admissionDate) return null;
  const endedOn = endingStatuses.includes(subject.status) ? subject.statusSince : null;
  return partyAge({ admissionDate: subject.admissionDate, gaps, endedOn }, today);
}

/**
 * Completed years of party age of a member today, gaps deducted: the members module shows it on the profile
 * (service function of the lifecycle module, so the members module never reads these tables).
 */
export async function partyAgeYearsOf(
  tx: Tx,
  subject: PartyAgeSubject,
  today: string,
): Promise<number | null> {
  if (!subject.admissionDate) return null;
  const gaps = (await gapsOf(tx, [subject.id])).get(subject.id) ?? [];
  return partyAgeOf(subject, gaps, today)?.years ?? null;
}
