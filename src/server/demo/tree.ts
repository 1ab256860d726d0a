import type { UnitEventKind, UnitKind } from '../../contracts/units';
import { textSortKey } from '../../domain/name-sort';
import { pathLabel } from '../modules/org/service';

/**
 * The organisation tree of the demo with its dated history, built in memory (the reference data is small)
 * and turned into the rows of org_units, org_unit_versions and org_unit_events. Versions follow from the
 * history: a unit gets a new version row when its own parent, name or code changes, or when an ancestor's
 * move changes its path.
 */

interface Period {
  from: string;
  parentId: string | null;
  name: string;
  code: string;
}

interface UnitHistory {
  id: string;
  kind: UnitKind;
  foundedOn: string;
  dissolvedOn: string | null;
  successorId: string | null;
  periods: Period[];
}

export interface UnitRow {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  name: string;
  sortKey: string;
  code: string;
  path: string;
  level: number;
  foundedOn: string;
  dissolvedOn: string | null;
  successorId: string | null;
}

export interface UnitVersionRow {
  unitId: string;
  validFrom: string;
  validTo: string | null;
  parentId: string | null;
  kind: UnitKind;
  name: string;
  sortKey: string;
  code: string;
  path: string;
  level: number;
}

export interface UnitEventRow {
  unitId: string;
  kind: UnitEventKind;
  effectiveOn: string;
  decisionRef: string | null;
  note: string | null;
  details: Record<string, unknown>;
}

interface Placed {
  from: string;
  to: string | null;
  parentId: string | null;
  name: string;
  code: string;
  path: string;
  level: number;
}

export class TreeHistory {
  private readonly units = new Map<string, UnitHistory>();
  readonly events: UnitEventRow[] = [];
  private readonly placed = new Map<string, Placed[]>();

  private get(id: string): UnitHistory {
    const unit = this.units.get(id);
    if (!unit) throw new Error(`no unit ${id}`);
    return unit;
  }

  private current(id: string): Period {
    return this.get(id).periods.at(-1) as Period;
  }

  create(input: {
    id: string;
    kind: UnitKind;
    name: string;
    code: string;
    parentId: string | null;
    foundedOn: string;
    decisionRef?: string;
  }): string {
    if (input.parentId) {
      const parent = this.get(input.parentId);
      if (parent.foundedOn > input.foundedOn) throw new Error(`${input.name} founded before its parent`);
    }
    this.units.set(input.id, {
      id: input.id,
      kind: input.kind,
      foundedOn: input.foundedOn,
      dissolvedOn: null,
      successorId: null,
      periods: [{ from: input.foundedOn, parentId: input.parentId, name: input.name, code: input.code }],
    });
    this.events.push({
      unitId: input.id,
      kind: 'created',
      effectiveOn: input.foundedOn,
      decisionRef: input.decisionRef ?? null,
      note: null,
      details: {
        name: input.name,
        code: input.code,
        parentId: input.parentId,
        parentName: input.parentId ? this.current(input.parentId).name : null,
      },
    });
    return input.id;
  }

  rename(id: string, on: string, name: string, decisionRef: string, code?: string): void {
    const before = this.current(id);
    this.get(id).periods.push({ ...before, from: on, name, code: code ?? before.code });
    this.events.push({
      unitId: id,
      kind: 'renamed',
      effectiveOn: on,
      decisionRef,
      note: null,
      details: { oldName: before.name, newName: name, oldCode: before.code, newCode: code ?? before.code },
    });
  }

  move(id: string, on: string, parentId: string, decisionRef: string, note?: string): void {
    const before = this.current(id);
    this.get(id).periods.push({ ...before, from: on, parentId });
    this.events.push({
      unitId: id,
      kind: 'moved',
      effectiveOn: on,
      decisionRef,
      note: note ?? null,
      details: {
        oldParentId: before.parentId,
        oldParentName: before.parentId ? this.current(before.parentId).name : null,
        newParentId: parentId,
        newParentName: this.current(parentId).name,
      },
    });
  }

  /**
   * Merged into a successor: the unit ends that day and both units record the event, as the org module does;
   * its members move (the caller writes their history).
   */
  merge(id: string, on: string, successorId: string, decisionRef: string, membersMoved: number): void {
    const unit = this.get(id);
    unit.dissolvedOn = on;
    unit.successorId = successorId;
    const common = {
      successorId,
      successorName: this.current(successorId).name,
      membersMoved,
      childUnitsMoved: [],
    };
    this.events.push({
      unitId: id,
      kind: 'merged',
      effectiveOn: on,
      decisionRef,
      note: null,
      details: common,
    });
    this.events.push({
      unitId: successorId,
      kind: 'merged',
      effectiveOn: on,
      decisionRef,
      note: null,
      details: { ...common, mergedUnitId: id, mergedUnitName: this.current(id).name },
    });
  }

  /** Ends a unit whose members and child units have moved elsewhere (the caller moves them). */
  dissolve(id: string, on: string, decisionRef: string, note: string): void {
    this.get(id).dissolvedOn = on;
    this.events.push({
      unitId: id,
      kind: 'dissolved',
      effectiveOn: on,
      decisionRef,
      note,
      details: { name: this.current(id).name, positionsEnded: 0 },
    });
  }

  /** The unit's places in the tree over time, each with its full path. */
  private placements(id: string): Placed[] {
    const memo = this.placed.get(id);
    if (memo) return memo;
    const unit = this.get(id);
    const label = pathLabel(id);
    const out: Placed[] = [];
    unit.periods.forEach((period, i) => {
      const to = unit.periods[i + 1]?.from ?? unit.dissolvedOn;
      const own = { parentId: period.parentId, name: period.name, code: period.code };
      if (!period.parentId) {
        out.push({ ...own, from: period.from, to, path: label, level: 1 });
        return;
      }
      for (const p of this.placements(period.parentId)) {
        const from = p.from > period.from ? p.from : period.from;
        const until = p.to === null ? to : to === null ? p.to : p.to < to ? p.to : to;
        if (until !== null && until <= from) continue;
        out.push({ ...own, from, to: until, path: `${p.path}.${label}`, level: p.level + 1 });
      }
    });
    // A parent's rename does not change the child: join neighbouring periods that are the same.
    const merged: Placed[] = [];
    for (const p of out) {
      const last = merged.at(-1);
      if (last && last.to === p.from && last.path === p.path && last.name === p.name && last.code === p.code)
        last.to = p.to;
      else merged.push({ ...p });
    }
    this.placed.set(id, merged);
    return merged;
  }

  /** The unit's path today (or its last path, for a dissolved unit). */
  pathOf(id: string): string {
    return (this.placements(id).at(-1) as Placed).path;
  }

  nameOf(id: string): string {
    return this.current(id).name;
  }

  foundedOn(id: string): string {
    return this.get(id).foundedOn;
  }

  rows(): { units: UnitRow[]; versions: UnitVersionRow[] } {
    const units: UnitRow[] = [];
    const versions: UnitVersionRow[] = [];
    for (const unit of this.units.values()) {
      const placed = this.placements(unit.id);
      const last = placed.at(-1) as Placed;
      units.push({
        id: unit.id,
        parentId: last.parentId,
        kind: unit.kind,
        name: last.name,
        sortKey: textSortKey(last.name),
        code: last.code,
        path: last.path,
        level: last.level,
        foundedOn: unit.foundedOn,
        dissolvedOn: unit.dissolvedOn,
        successorId: unit.successorId,
      });
      for (const p of placed) {
        versions.push({
          unitId: unit.id,
          validFrom: p.from,
          validTo: p.to,
          parentId: p.parentId,
          kind: unit.kind,
          name: p.name,
          sortKey: textSortKey(p.name),
          code: p.code,
          path: p.path,
          level: p.level,
        });
      }
    }
    return { units, versions };
  }
}
