import type { BodyKind, PositionTitle } from '../../contracts/units';
import type { Random } from './random';

/** Congress terms, bodies and the offices members hold in them (org_terms, org_bodies, org_positions). */

export interface TermRow {
  id: string;
  unitId: string;
  label: string;
  startsOn: string;
  endsOn: string;
  nextCongressDueOn: string | null;
}

export interface BodyRow {
  id: string;
  unitId: string;
  kind: BodyKind;
  name: string;
}

export interface PositionRow {
  id: string;
  unitId: string;
  bodyId: string | null;
  termId: string | null;
  memberId: string;
  title: PositionTitle;
  startsOn: string;
  endsOn: string | null;
  decisionRef: string | null;
}

export const bodyNames: Record<BodyKind, string> = {
  executive_committee: 'Ban Chấp hành',
  standing_committee: 'Ban Thường vụ',
  inspection_commission: 'Ủy ban Kiểm tra',
  cell_committee: 'Chi ủy',
  advisory_board: 'Ban tham mưu',
};

export class Offices {
  readonly terms: TermRow[] = [];
  readonly bodies: BodyRow[] = [];
  readonly positions: PositionRow[] = [];
  constructor(private readonly rng: Random) {}

  term(unitId: string, startsOn: string, endsOn: string, current: boolean): TermRow {
    const row: TermRow = {
      id: this.rng.uuid(),
      unitId,
      label: `${startsOn.slice(0, 4)}-${endsOn.slice(0, 4)}`,
      startsOn,
      endsOn,
      nextCongressDueOn: current ? endsOn : null,
    };
    this.terms.push(row);
    return row;
  }

  body(unitId: string, kind: BodyKind, name: string = bodyNames[kind]): BodyRow {
    const row: BodyRow = { id: this.rng.uuid(), unitId, kind, name };
    this.bodies.push(row);
    return row;
  }

  /** An office for the whole of a term (open while the term is current). */
  hold(
    memberId: string,
    title: PositionTitle,
    where: { unitId: string; body?: BodyRow | null; term: TermRow; current: boolean },
    decisionRef: string | null,
  ): PositionRow {
    const row: PositionRow = {
      id: this.rng.uuid(),
      unitId: where.unitId,
      bodyId: where.body?.id ?? null,
      termId: where.term.id,
      memberId,
      title,
      startsOn: where.term.startsOn,
      endsOn: where.current ? null : where.term.endsOn,
      decisionRef,
    };
    this.positions.push(row);
    return row;
  }
}
