import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../contracts/report-forms';
import { checkValues, ruleLabel } from './report-values';

const definition: FormDefinition = {
  sections: [
    {
      key: 'figures',
      title: 'Số liệu',
      fields: [
        {
          kind: 'number',
          key: 'members',
          label: 'Tổng số đảng viên',
          help: null,
          unit: 'người',
          integer: true,
          min: 0,
          max: null,
          aggregate: 'sum',
          source: null,
          required: true,
          retired: false,
        },
        {
          kind: 'number',
          key: 'present',
          label: 'Số có mặt',
          help: null,
          unit: 'người',
          integer: true,
          min: 0,
          max: 500,
          aggregate: 'sum',
          source: null,
          required: false,
          retired: false,
        },
        {
          kind: 'number',
          key: 'old',
          label: 'Mục cũ',
          help: null,
          unit: null,
          integer: true,
          min: 0,
          max: null,
          aggregate: 'sum',
          source: null,
          required: true,
          retired: true,
        },
        {
          kind: 'table',
          key: 'ages',
          label: 'Độ tuổi',
          help: null,
          required: false,
          retired: false,
          columns: [
            { key: 'n', label: 'Số người', kind: 'number' },
            { key: 'note', label: 'Ghi chú', kind: 'text' },
          ],
          rows: [
            { key: 'young', label: 'Dưới 35' },
            { key: 'older', label: 'Từ 35' },
          ],
          maxRows: 20,
        },
        {
          kind: 'text',
          key: 'results',
          label: 'Kết quả',
          help: null,
          maxLength: 20,
          required: true,
          retired: false,
        },
      ],
    },
  ],
  rules: [{ key: 'present_le', left: 'present', op: '<=', right: ['members'], label: null }],
};

const codes = (values: Record<string, unknown>, mode: 'draft' | 'submit') =>
  checkValues(definition, values as never, mode).issues.map((i) => `${i.field}:${i.code}`);

describe('report values', () => {
  it('keeps a half-typed draft that has the right shape', () => {
    expect(codes({ members: 12, present: 30 }, 'draft')).toEqual([]);
    expect(codes({ members: 1.5 }, 'draft')).toEqual([]);
  });

  it('refuses in a draft what can never be right: unknown fields, text for a number, long text, odd table rows', () => {
    expect(codes({ bogus: 1 }, 'draft')).toEqual(['bogus:REPORT_FIELD_UNKNOWN']);
    expect(codes({ members: '12' }, 'draft')).toEqual(['members:REPORT_NOT_A_NUMBER']);
    expect(codes({ results: 'x'.repeat(21) }, 'draft')).toEqual(['results:REPORT_TEXT_TOO_LONG']);
    expect(codes({ ages: [{ row: 'middle', cells: { n: 1 } }] }, 'draft')).toEqual([
      'ages:REPORT_TABLE_INVALID',
    ]);
    expect(codes({ ages: [{ row: 'young', cells: { n: 'a' } }] }, 'draft')).toEqual([
      'ages:REPORT_TABLE_INVALID',
    ]);
    expect(codes({ ages: [{ row: 'young', cells: { other: 1 } }] }, 'draft')).toEqual([
      'ages:REPORT_TABLE_INVALID',
    ]);
  });

  it('asks a report being sent for every required field, whole numbers and bounds, but not the retired ones', () => {
    expect(codes({}, 'submit')).toEqual(['members:REPORT_FIELD_REQUIRED', 'results:REPORT_FIELD_REQUIRED']);
    expect(codes({ members: 1.5, results: 'Tốt' }, 'submit')).toEqual(['members:REPORT_NOT_WHOLE']);
    expect(codes({ members: -1, results: 'Tốt' }, 'submit')).toEqual(['members:REPORT_BELOW_MIN']);
    expect(codes({ members: 600, present: 501, results: 'Tốt' }, 'submit')).toEqual([
      'present:REPORT_ABOVE_MAX',
    ]);
    expect(codes({ members: 10, results: '   ' }, 'submit')).toEqual(['results:REPORT_FIELD_REQUIRED']);
  });

  it('checks the rules between numbers once every number is sound, naming the rule', () => {
    const { issues } = checkValues(definition, { members: 10, present: 12, results: 'Tốt' }, 'submit');
    expect(issues).toEqual([
      {
        field: 'present',
        code: 'REPORT_RULE_FAILED',
        params: { rule: 'Số có mặt <= Tổng số đảng viên', left: 12, right: 10 },
      },
    ]);
    expect(codes({ members: 10, present: 10, results: 'Tốt' }, 'submit')).toEqual([]);
    // A rule with a blank side is left to the required check.
    expect(codes({ members: 10, results: 'Tốt' }, 'submit')).toEqual([]);
  });

  it('keeps blanks as null', () => {
    expect(checkValues(definition, { results: '' }, 'draft').values).toEqual({ results: null });
  });

  it('names a rule by its own label when it has one', () => {
    const rule = {
      key: 'r',
      left: 'present',
      op: '<=' as const,
      right: ['members'],
      label: 'Có mặt ≤ tổng số',
    };
    expect(ruleLabel(rule, definition)).toBe('Có mặt ≤ tổng số');
  });
});
