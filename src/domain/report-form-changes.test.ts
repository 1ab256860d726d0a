import { describe, expect, it } from 'vitest';
import { type FormDefinition, formDefinition, type TableField } from '../contracts/report-forms';
import { orphansOf, sameDefinition } from './report-form-changes';
import { definitionIssues } from './report-form-checks';

const base: FormDefinition = formDefinition.parse({
  sections: [
    {
      key: 'figures',
      title: 'Số liệu',
      fields: [
        { kind: 'number', key: 'members', label: 'Tổng số đảng viên' },
        { kind: 'number', key: 'present', label: 'Số dự sinh hoạt' },
        {
          kind: 'table',
          key: 'ages',
          label: 'Theo độ tuổi',
          columns: [
            { key: 'n', label: 'Số người', kind: 'number' },
            { key: 'note', label: 'Ghi chú', kind: 'text' },
          ],
          rows: [
            { key: 'young', label: 'Dưới 35' },
            { key: 'old', label: 'Từ 35' },
          ],
        },
      ],
    },
    { key: 'text', title: 'Đánh giá', fields: [{ kind: 'text', key: 'results', label: 'Kết quả' }] },
  ],
  rules: [{ key: 'present_le_members', left: 'present', op: '<=', right: ['members'] }],
});

const copy = (): FormDefinition => structuredClone(base);
const month = (definition: FormDefinition) => ({ periodType: 'month' as const, definition });
const codes = (after: FormDefinition, periodType: 'month' | 'quarter' = 'month') =>
  orphansOf(month(base), { periodType, definition: after }).map((o) => `${o.code}:${o.field}`);
const figures = (d: FormDefinition) => d.sections[0]?.fields ?? [];
const ages = (d: FormDefinition) => figures(d)[2] as TableField;

describe('orphansOf', () => {
  it('finds nothing when fields are added, relabelled, retired, moved or re-bounded', () => {
    const after = copy();
    const [members, present] = figures(after);
    if (members?.kind !== 'number' || !present) throw new Error('fixture');
    members.label = 'Đảng viên';
    members.max = 500;
    members.help = 'Tính đến cuối kỳ';
    present.retired = true;
    ages(after).columns.push({ key: 'women', label: 'Nữ', kind: 'number' });
    ages(after).rows.push({ key: 'older', label: 'Trên 60' });
    after.sections[1]?.fields.push(present);
    after.sections[0]?.fields.splice(1, 1);
    figures(after).push({ ...members, key: 'admitted', label: 'Kết nạp' });
    after.rules = [];
    expect(codes(after)).toEqual([]);
  });

  it('refuses removing a field, naming it', () => {
    const after = copy();
    after.sections.pop();
    const found = orphansOf(month(base), month(after));
    expect(found).toEqual([
      { field: 'results', code: 'REPORT_FORM_FIELD_REMOVED', params: { label: 'Kết quả', key: 'results' } },
    ]);
  });

  it("refuses changing a field's kind, a number's aggregate or integer", () => {
    const after = copy();
    figures(after)[0] = { kind: 'text', key: 'members', label: 'Tổng số', maxLength: 4000 } as never;
    const present = figures(after)[1];
    if (present?.kind !== 'number') throw new Error('fixture');
    present.aggregate = 'avg';
    present.integer = false;
    expect(codes(after)).toEqual([
      'REPORT_FORM_FIELD_KIND_CHANGED:members',
      'REPORT_FORM_AGGREGATE_CHANGED:present',
      'REPORT_FORM_INTEGER_CHANGED:present',
    ]);
  });

  it("refuses dropping or retyping a table's columns and dropping its fixed rows", () => {
    const after = copy();
    ages(after).columns = [{ key: 'n', label: 'Số người', kind: 'text' }];
    ages(after).rows = [{ key: 'young', label: 'Dưới 35' }];
    const found = orphansOf(month(base), month(after));
    expect(found.map((o) => o.code)).toEqual([
      'REPORT_FORM_COLUMNS_DROPPED',
      'REPORT_FORM_COLUMN_KIND_CHANGED',
      'REPORT_FORM_ROWS_DROPPED',
    ]);
    expect(found[0]?.params.columns).toBe('Ghi chú');
    expect(found[2]?.params.rows).toBe('Từ 35');
  });

  it('refuses turning fixed rows into free rows', () => {
    const after = copy();
    ages(after).rows = [];
    expect(codes(after)).toEqual(['REPORT_FORM_ROWS_MODE_CHANGED:ages']);
  });

  it('refuses a new period type', () => {
    expect(codes(copy(), 'quarter')).toEqual(['REPORT_FORM_PERIOD_TYPE_CHANGED:periodType']);
  });
});

describe('sameDefinition', () => {
  it('ignores key order and null against missing, sees any real change', () => {
    const reverse = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverse)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverse(x)]),
            )
          : v;
    const reordered = reverse(base) as FormDefinition;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(base));
    expect(sameDefinition(base, reordered)).toBe(true);
    const withoutHelp = copy();
    delete (figures(withoutHelp)[0] as { help?: unknown }).help;
    expect(sameDefinition(base, withoutHelp)).toBe(true);
    const relabelled = copy();
    (figures(relabelled)[0] as { label: string }).label = 'Khác';
    expect(sameDefinition(base, relabelled)).toBe(false);
  });
});

describe('definitionIssues', () => {
  it('accepts a sound definition and a field sharing its key with a section', () => {
    const after = copy();
    (after.sections[1]?.fields[0] as { key: string }).key = 'text';
    expect(definitionIssues(after)).toEqual([]);
  });

  it('names duplicate field keys across sections, columns, rows, sections and rules', () => {
    const after = copy();
    (after.sections[1]?.fields[0] as { key: string }).key = 'members';
    ages(after).columns.push({ key: 'n', label: 'Lặp', kind: 'number' });
    ages(after).rows.push({ key: 'old', label: 'Lặp' });
    after.sections.push({ key: 'figures', title: 'Lặp', fields: [] });
    after.rules.push(structuredClone(after.rules[0] as FormDefinition['rules'][number]));
    expect(definitionIssues(after).map((i) => `${i.code}:${i.path}`)).toEqual([
      'REPORT_FORM_SECTION_KEY_DUPLICATE:definition.sections',
      'REPORT_FORM_KEY_DUPLICATE:definition.sections.0.fields.0.key',
      'REPORT_FORM_COLUMN_DUPLICATE:definition.sections.0.fields.2.columns',
      'REPORT_FORM_ROW_DUPLICATE:definition.sections.0.fields.2.rows',
      'REPORT_FORM_RULE_KEY_DUPLICATE:definition.rules',
    ]);
  });

  it('names rule operands that are missing or not numbers, and min above max', () => {
    const after = copy();
    after.rules = [{ key: 'r', left: 'results', op: '<=', right: ['members', 'ghost'], label: null }];
    const members = figures(after)[0];
    if (members?.kind !== 'number') throw new Error('fixture');
    members.min = 10;
    members.max = 5;
    const found = definitionIssues(after);
    expect(found.map((i) => `${i.code}:${i.path}`)).toEqual([
      'REPORT_FORM_MIN_ABOVE_MAX:definition.sections.0.fields.0.min',
      'REPORT_FORM_RULE_FIELD_NOT_NUMBER:definition.rules.0.left',
      'REPORT_FORM_RULE_FIELD_UNKNOWN:definition.rules.0.right.1',
    ]);
    expect(found[1]?.params.label).toBe('Kết quả');
  });
});
