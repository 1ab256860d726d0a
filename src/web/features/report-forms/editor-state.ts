import type { z } from 'zod';
import type {
  FormDefinition,
  FormField,
  FormRule,
  NumberField,
  PrefillSource,
  TableField,
  TextField,
  tableColumn,
} from '../../../contracts/report-forms';
import type { UnitKind } from '../../../contracts/units';
import type { PeriodType } from '../../../domain/report-periods';
import { keyFromLabel } from './keys';

/**
 * The designer's working copy of a form. Every item carries a `uid` for React and `autoKey`: while true its key
 * follows its label (new items); keys of items loaded from the server are fixed, since past reports store their
 * data under them.
 */
interface Meta {
  uid: string;
  autoKey: boolean;
}
export type EditColumn = z.infer<typeof tableColumn> & Meta;
export type EditRow = { key: string; label: string } & Meta;
export type EditTable = Omit<TableField, 'columns' | 'rows'> & { columns: EditColumn[]; rows: EditRow[] };
export type EditField = (NumberField | TextField | EditTable) & Meta;
export type FieldKind = EditField['kind'];
export interface EditSection extends Meta {
  key: string;
  title: string;
  fields: EditField[];
}
export type EditRule = FormRule & { uid: string };

export interface FormSettings {
  ownerUnitId: string;
  code: string;
  name: string;
  periodType: PeriodType;
  submitterKinds: UnitKind[];
  dueDays: number;
  opensDaysBefore: number;
  startsOn: string;
  description: string;
  changeNote: string;
}

export interface EditorState {
  settings: FormSettings;
  sections: EditSection[];
  rules: EditRule[];
}

let uids = 0;
const uid = () => `u${++uids}`;

export const fieldKeys = (state: EditorState, except?: string): Set<string> =>
  new Set(state.sections.flatMap((s) => s.fields.filter((f) => f.uid !== except).map((f) => f.key)));

export const numberFields = (state: EditorState): NumberField[] =>
  state.sections.flatMap((s) => s.fields.filter((f): f is NumberField & Meta => f.kind === 'number'));

function newColumn(label: string, taken: Set<string>): EditColumn {
  return { uid: uid(), autoKey: true, key: keyFromLabel(label, taken, 'cot'), label, kind: 'number' };
}

export function newField(kind: FieldKind, label: string, taken: Set<string>): EditField {
  const base = { uid: uid(), autoKey: true, key: keyFromLabel(label, taken), label, help: null };
  const flags = { required: false, retired: false };
  if (kind === 'number')
    return {
      ...base,
      ...flags,
      kind,
      unit: null,
      integer: true,
      min: 0,
      max: null,
      aggregate: 'sum',
      source: null as PrefillSource | null,
    };
  if (kind === 'text') return { ...base, ...flags, kind, maxLength: 4000 };
  return { ...base, ...flags, kind, columns: [newColumn('Số lượng', new Set())], rows: [], maxRows: 20 };
}

export function newSection(title: string, taken: Set<string>, fieldLabel: string): EditSection {
  return {
    uid: uid(),
    autoKey: true,
    key: keyFromLabel(title, taken, 'phan'),
    title,
    fields: [newField('number', fieldLabel, new Set())],
  };
}

export const newColumnOf = (table: EditTable, label: string) =>
  newColumn(label, new Set(table.columns.map((c) => c.key)));

export const newRowOf = (table: EditTable, label: string): EditRow => ({
  uid: uid(),
  autoKey: true,
  key: keyFromLabel(label, new Set(table.rows.map((r) => r.key)), 'dong'),
  label,
});

/** A rule's key from its operands, unique among the form's rules. */
export function newRule(state: EditorState, left: string, right: string): EditRule {
  const taken = new Set(state.rules.map((r) => r.key));
  return {
    uid: uid(),
    key: keyFromLabel(`${left} le ${right}`, taken, 'quy_tac'),
    left,
    op: '<=',
    right: [right],
    label: null,
  };
}

/** After a new label: the key follows it while the key is still automatic. */
export function keyFollows<T extends Meta & { key: string }>(
  item: T,
  label: string,
  taken: Set<string>,
  fallback?: string,
) {
  if (item.autoKey) item.key = keyFromLabel(label, taken, fallback);
}

export function toEditor(definition: FormDefinition, settings: FormSettings): EditorState {
  const fixed = { autoKey: false };
  return {
    settings,
    sections: definition.sections.map((section) => ({
      ...section,
      ...fixed,
      uid: uid(),
      fields: section.fields.map((field): EditField => {
        if (field.kind !== 'table') return { ...field, ...fixed, uid: uid() };
        return {
          ...field,
          ...fixed,
          uid: uid(),
          columns: field.columns.map((c) => ({ ...c, ...fixed, uid: uid() })),
          rows: field.rows.map((r) => ({ ...r, ...fixed, uid: uid() })),
        };
      }),
    })),
    rules: definition.rules.map((rule) => ({ ...rule, uid: uid() })),
  };
}

const bare = <T extends Meta>({ uid: _u, autoKey: _a, ...rest }: T): Omit<T, keyof Meta> => rest;

function bareField(field: EditField): FormField {
  if (field.kind !== 'table') return bare(field) as NumberField | TextField;
  return { ...bare(field), columns: field.columns.map(bare), rows: field.rows.map(bare) };
}

export function toDefinition(state: EditorState): FormDefinition {
  return {
    sections: state.sections.map(({ uid: _u, autoKey: _a, fields, ...section }) => ({
      ...section,
      fields: fields.map(bareField),
    })),
    rules: state.rules.map(({ uid: _u, ...rule }) => rule),
  };
}

/** Moves item `index` of `list` by `step` (-1 up, +1 down), in place. */
export function move<T>(list: T[], index: number, step: -1 | 1) {
  const to = index + step;
  if (to < 0 || to >= list.length) return;
  const [item] = list.splice(index, 1);
  if (item !== undefined) list.splice(to, 0, item);
}
