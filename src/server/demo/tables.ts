import { getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { memberStatusEvents, members, memberUnitHistory } from '../modules/members/schema';
import { positions, unitBodies, unitEvents, units, unitTerms, unitVersions } from '../modules/org/schema';
import type { BulkWriter } from './loader';
import type { BodyRow, PositionRow, TermRow } from './offices';
import type { MemberRecord, StatusEvent, UnitPeriod } from './people';
import type { UnitEventRow, UnitRow, UnitVersionRow } from './tree';

/**
 * The generator's rows as the loader writes them: each table with its columns (names taken from the Drizzle
 * schema, so a renamed column breaks the build, not the load) and a function from a record to its values.
 * Columns left out take their defaults (generated ids of history rows, timestamps, versions).
 */

export type Cell = string | number | null;

export interface TableSpec<R> {
  name: string;
  columns: readonly string[];
  values(row: R): Cell[];
}

function spec<R>(table: PgTable, columns: PgColumn[], values: (row: R) => Cell[]): TableSpec<R> {
  return { name: getTableName(table), columns: columns.map((c) => c.name), values };
}

export const unitTable = spec<UnitRow>(
  units,
  [
    units.id,
    units.parentId,
    units.kind,
    units.name,
    units.sortKey,
    units.code,
    units.path,
    units.level,
    units.foundedOn,
    units.dissolvedOn,
    units.successorId,
  ],
  (u) => [
    u.id,
    u.parentId,
    u.kind,
    u.name,
    u.sortKey,
    u.code,
    u.path,
    u.level,
    u.foundedOn,
    u.dissolvedOn,
    u.successorId,
  ],
);

export const unitVersionTable = spec<UnitVersionRow>(
  unitVersions,
  [
    unitVersions.unitId,
    unitVersions.validFrom,
    unitVersions.validTo,
    unitVersions.parentId,
    unitVersions.kind,
    unitVersions.name,
    unitVersions.sortKey,
    unitVersions.code,
    unitVersions.path,
    unitVersions.level,
  ],
  (v) => [v.unitId, v.validFrom, v.validTo, v.parentId, v.kind, v.name, v.sortKey, v.code, v.path, v.level],
);

export const unitEventTable = spec<UnitEventRow>(
  unitEvents,
  [
    unitEvents.unitId,
    unitEvents.kind,
    unitEvents.effectiveOn,
    unitEvents.decisionRef,
    unitEvents.note,
    unitEvents.details,
  ],
  (e) => [e.unitId, e.kind, e.effectiveOn, e.decisionRef, e.note, JSON.stringify(e.details)],
);

export const termTable = spec<TermRow>(
  unitTerms,
  [
    unitTerms.id,
    unitTerms.unitId,
    unitTerms.label,
    unitTerms.startsOn,
    unitTerms.endsOn,
    unitTerms.nextCongressDueOn,
  ],
  (t) => [t.id, t.unitId, t.label, t.startsOn, t.endsOn, t.nextCongressDueOn],
);

export const bodyTable = spec<BodyRow>(
  unitBodies,
  [unitBodies.id, unitBodies.unitId, unitBodies.kind, unitBodies.name],
  (b) => [b.id, b.unitId, b.kind, b.name],
);

export const memberTable = spec<MemberRecord>(
  members,
  [
    members.id,
    members.fullName,
    members.sortKey,
    members.searchText,
    members.birthDate,
    members.sex,
    members.ethnicityCode,
    members.religionCode,
    members.citizenId,
    members.hometownOld,
    members.hometownNew,
    members.residenceOld,
    members.residenceNew,
    members.admissionDate,
    members.officialDate,
    members.cardNumber,
    members.recordNumber,
    members.unitId,
    members.unitPath,
    members.generalEducation,
    members.professionalDegree,
    members.major,
    members.academicTitle,
    members.theoryLevel,
    members.job,
    members.workplace,
    members.phone,
    members.email,
    members.status,
    members.statusSince,
  ],
  (m) => [
    m.id,
    m.fullName,
    m.sortKey,
    m.searchText,
    m.birthDate,
    m.sex,
    m.ethnicityCode,
    m.religionCode,
    m.citizenId,
    m.hometownOld,
    m.hometownNew,
    m.residenceOld,
    m.residenceNew,
    m.admissionDate,
    m.officialDate,
    m.cardNumber,
    m.recordNumber,
    m.unitId,
    m.unitPath,
    m.generalEducation,
    m.professionalDegree,
    m.major,
    m.academicTitle,
    m.theoryLevel,
    m.job,
    m.workplace,
    m.phone,
    m.email,
    m.status,
    m.statusSince,
  ],
);

export const statusEventTable = spec<StatusEvent & { memberId: string }>(
  memberStatusEvents,
  [
    memberStatusEvents.memberId,
    memberStatusEvents.status,
    memberStatusEvents.effectiveOn,
    memberStatusEvents.decisionRef,
    memberStatusEvents.note,
  ],
  (e) => [e.memberId, e.status, e.effectiveOn, e.decisionRef, e.note],
);

export const unitHistoryTable = spec<UnitPeriod & { memberId: string }>(
  memberUnitHistory,
  [
    memberUnitHistory.memberId,
    memberUnitHistory.unitId,
    memberUnitHistory.fromDate,
    memberUnitHistory.toDate,
    memberUnitHistory.reason,
  ],
  (h) => [h.memberId, h.unitId, h.fromDate, h.toDate, h.reason],
);

export const positionTable = spec<PositionRow>(
  positions,
  [
    positions.id,
    positions.unitId,
    positions.bodyId,
    positions.termId,
    positions.memberId,
    positions.title,
    positions.startsOn,
    positions.endsOn,
    positions.decisionRef,
  ],
  (p) => [p.id, p.unitId, p.bodyId, p.termId, p.memberId, p.title, p.startsOn, p.endsOn, p.decisionRef],
);

/** Parents before children: the loader flushes its buffers in this order, so foreign keys always resolve. */
export const loadOrder: ReadonlyArray<TableSpec<never>> = [
  unitTable,
  unitVersionTable,
  unitEventTable,
  termTable,
  bodyTable,
  memberTable,
  statusEventTable,
  unitHistoryTable,
  positionTable,
] as ReadonlyArray<TableSpec<never>>;

/** A member's rows: the register row, its status events and its unit periods. */
export function addMember(writer: BulkWriter, member: MemberRecord): void {
  writer.add(memberTable, member);
  for (const event of member.events) writer.add(statusEventTable, { ...event, memberId: member.id });
  for (const period of member.history) writer.add(unitHistoryTable, { ...period, memberId: member.id });
}
