import { asc, count } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles';
import type { UnitKind } from '../../src/contracts/units';
import type { Db } from '../../src/server/db/client';
import { memberStatusEvents, members, memberUnitHistory } from '../../src/server/modules/members/schema';
import {
  positions,
  unitBodies,
  unitEvents,
  units,
  unitTerms,
  unitVersions,
} from '../../src/server/modules/org/schema';
import { createUnit } from '../../src/server/modules/org/service';
import { auditLog } from '../../src/server/platform/audit/schema';
import { systemContext } from '../../src/server/platform/context';
import { mutate } from '../../src/server/platform/mutate';
import { makeUser, PASSWORD } from '../factories';
import { Agent, type TestApp } from '../harness';

/** Founds a unit on a past date, as a committee records its history after the fact. */
export function found(db: Db, parentId: string | null, kind: UnitKind, name: string, effectiveOn: string) {
  return mutate(db, systemContext('test'), (w) =>
    createUnit(w, { parentId, kind, name, code: `C${Math.random().toString(36).slice(2, 8)}`, effectiveOn }),
  );
}

/** A user holding `role` at `unitId`, signed in. */
export async function signedIn(t: TestApp, username: string, grants: Array<{ role: Role; unitId: string }>) {
  await makeUser(t.database.db, grants, { username });
  const agent = new Agent(t.app);
  const res = await agent.login(username, PASSWORD);
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
  return agent;
}

/** Everything the org and members modules store, to prove a refused request wrote nothing. */
export async function orgFingerprint(db: Db): Promise<string> {
  const tables = await Promise.all([
    db.select().from(units).orderBy(asc(units.id)),
    db.select().from(unitVersions).orderBy(asc(unitVersions.id)),
    db.select().from(unitEvents).orderBy(asc(unitEvents.id)),
    db.select().from(unitTerms).orderBy(asc(unitTerms.id)),
    db.select().from(unitBodies).orderBy(asc(unitBodies.id)),
    db.select().from(positions).orderBy(asc(positions.id)),
    db.select().from(members).orderBy(asc(members.id)),
    db.select().from(memberUnitHistory).orderBy(asc(memberUnitHistory.id)),
    db.select().from(memberStatusEvents).orderBy(asc(memberStatusEvents.id)),
    db.select({ n: count() }).from(auditLog),
  ]);
  return JSON.stringify(tables);
}
