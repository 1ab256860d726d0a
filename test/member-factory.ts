import { eq } from 'drizzle-orm';
import type { MemberStatus, Sex } from '../src/domain/member-codes';
import { memberDerivedColumns } from '../src/domain/member-search';
import type { Db } from '../src/server/db/client';
import { memberStatusEvents, members, memberUnitHistory } from '../src/server/modules/members/schema';
import { units } from '../src/server/modules/org/schema';

let counter = 0;

export interface MemberSeed {
  fullName?: string;
  birthDate?: string;
  sex?: Sex;
  status?: MemberStatus;
  admissionDate?: string | null;
  officialDate?: string | null;
  /** The day the member joined the unit (unit history) and the status took effect. */
  since?: string;
  citizenId?: string | null;
  cardNumber?: string | null;
  phone?: string | null;
  userId?: string | null;
  ethnicityCode?: string;
  theoryLevel?: 'none' | 'elementary' | 'intermediate' | 'advanced' | 'bachelor' | null;
  professionalDegree?: 'bachelor' | 'master' | 'doctor' | null;
}

/** Inserts a member of a unit with consistent dates, its unit history and status event (tests only). */
export async function makeMember(db: Db, unitId: string, seed: MemberSeed = {}) {
  counter++;
  const [unit] = await db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  if (!unit) throw new Error(`no unit ${unitId}`);
  const fullName = seed.fullName ?? `Nguyễn Văn Thử ${counter}`;
  const status = seed.status ?? 'official';
  const admissionDate = seed.admissionDate === undefined ? '2010-05-19' : seed.admissionDate;
  const officialDate =
    seed.officialDate === undefined ? (status === 'official' ? '2011-05-19' : null) : seed.officialDate;
  const since = seed.since ?? officialDate ?? admissionDate ?? '2020-01-01';
  const citizenId = seed.citizenId === undefined ? `0010${String(counter).padStart(8, '0')}` : seed.citizenId;
  const row = {
    fullName,
    birthDate: seed.birthDate ?? '1980-03-15',
    sex: seed.sex ?? 'male',
    ethnicityCode: seed.ethnicityCode ?? '01',
    citizenId,
    cardNumber: seed.cardNumber ?? null,
    phone: seed.phone ?? null,
    admissionDate,
    officialDate,
    unitId,
    unitPath: unit.path,
    status,
    statusSince: since,
    userId: seed.userId ?? null,
    theoryLevel: seed.theoryLevel ?? null,
    professionalDegree: seed.professionalDegree ?? null,
    ...memberDerivedColumns({ fullName, citizenId, cardNumber: seed.cardNumber, phone: seed.phone }),
  };
  const [created] = await db.insert(members).values(row).returning();
  if (!created) throw new Error('no member');
  await db.insert(memberUnitHistory).values({ memberId: created.id, unitId, fromDate: since });
  await db.insert(memberStatusEvents).values({ memberId: created.id, status, effectiveOn: since });
  return created;
}

/** Inserts many members of one unit by name in batches (bulk property tests); returns them with their ids. */
export async function makeMembers(db: Db, unitId: string, names: readonly string[]) {
  const [unit] = await db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  if (!unit) throw new Error(`no unit ${unitId}`);
  const created: { id: string; fullName: string }[] = [];
  for (let start = 0; start < names.length; start += 500) {
    const rows = names.slice(start, start + 500).map((fullName) => ({
      fullName,
      birthDate: '1980-03-15',
      sex: 'male' as const,
      unitId,
      unitPath: unit.path,
      status: 'official' as const,
      admissionDate: '2010-05-19',
      officialDate: '2011-05-19',
      statusSince: '2011-05-19',
      citizenId: null,
      ...memberDerivedColumns({ fullName }),
    }));
    const inserted = await db
      .insert(members)
      .values(rows)
      .returning({ id: members.id, fullName: members.fullName });
    await db
      .insert(memberUnitHistory)
      .values(inserted.map((m) => ({ memberId: m.id, unitId, fromDate: '2011-05-19' })));
    await db
      .insert(memberStatusEvents)
      .values(
        inserted.map((m) => ({ memberId: m.id, status: 'official' as const, effectiveOn: '2011-05-19' })),
      );
    created.push(...inserted);
  }
  return created;
}
