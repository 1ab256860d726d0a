import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../contracts/report-forms';
import type { DueReport } from '../../../contracts/reports';
import { checkValues } from '../../../domain/report-values';
import { mayReview } from './access';
import { orderByDeadline, orderDue } from './dueOrder';
import {
  addRow,
  hasPrefillSources,
  issuesByField,
  prefillOf,
  removeRow,
  reportIssues,
  setCell,
  stateToValues,
  tableRows,
  valuesToState,
} from './formState';
import { homeStatus } from './homeStatus';
import { daysLeft, dueAction } from './labels';
import { historyFilterOf, parseReportsSearch } from './search';

const definition: FormDefinition = {
  sections: [
    {
      key: 'main',
      title: 'Tình hình chung',
      fields: [
        {
          kind: 'number',
          key: 'members',
          label: 'Số đảng viên',
          help: null,
          unit: 'người',
          integer: true,
          min: 0,
          max: null,
          aggregate: 'sum',
          source: 'members.total',
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
          max: null,
          aggregate: 'sum',
          source: null,
          required: false,
          retired: false,
        },
        {
          kind: 'text',
          key: 'results',
          label: 'Kết quả',
          help: null,
          maxLength: 100,
          required: true,
          retired: false,
        },
        {
          kind: 'table',
          key: 'ages',
          label: 'Độ tuổi',
          help: null,
          columns: [{ key: 'count', label: 'Số người', kind: 'number' }],
          rows: [
            { key: 'under30', label: 'Dưới 30' },
            { key: 'over30', label: 'Từ 30' },
          ],
          maxRows: 20,
          required: false,
          retired: false,
        },
        {
          kind: 'table',
          key: 'opinions',
          label: 'Ý kiến',
          help: null,
          columns: [
            { key: 'theme', label: 'Chủ đề', kind: 'theme' },
            { key: 'content', label: 'Nội dung', kind: 'text' },
          ],
          rows: [],
          maxRows: 3,
          required: false,
          retired: false,
        },
      ],
    },
  ],
  rules: [{ key: 'present_le_members', left: 'present', op: '<=', right: ['members'], label: null }],
};

describe('report values in the page', () => {
  it('lays fixed tables out in the form order and keeps free rows as stored', () => {
    const state = valuesToState(definition, {
      members: 12,
      ages: [{ row: 'over30', cells: { count: 9 } }],
      opinions: [{ cells: { content: 'Giá điện' } }],
    });
    expect(state.ages).toEqual([
      { row: 'under30', cells: {} },
      { row: 'over30', cells: { count: 9 } },
    ]);
    expect(state.opinions).toEqual([{ cells: { content: 'Giá điện' } }]);
    expect(state.present).toBeNull();
    expect(state.results).toBeNull();
  });

  it('saves blanks as null, every column of a row, and leaves blank free rows out', () => {
    let opinions = addRow(addRow([]));
    opinions = setCell(opinions, 1, 'content', 'Đường sá xuống cấp');
    const state = { ...valuesToState(definition, {}), members: 10, results: '', opinions };
    const values = stateToValues(definition, state);
    expect(values.results).toBeNull();
    expect(values.opinions).toEqual([{ cells: { theme: null, content: 'Đường sá xuống cấp' } }]);
    expect(values.ages).toEqual([
      { row: 'under30', cells: { count: null } },
      { row: 'over30', cells: { count: null } },
    ]);
    // What the page sends passes the shape check the server runs on a draft.
    expect(checkValues(definition, values, 'draft').issues).toEqual([]);
  });

  it('drops keys the form does not have', () => {
    const values = stateToValues(definition, { members: 3, stray: 'x' });
    expect(values).toEqual({ members: 3 });
  });

  it('adds, edits and removes free rows without touching the others', () => {
    const rows = setCell(setCell(addRow(addRow([])), 0, 'content', 'A'), 1, 'content', 'B');
    expect(removeRow(rows, 0)).toEqual([{ cells: { content: 'B' } }]);
    expect(rows[0]).toEqual({ cells: { content: 'A' } });
  });

  it('reads a fixed table even when the stored value is not a table', () => {
    const ages = definition.sections[0]?.fields[3];
    if (ages?.kind !== 'table') throw new Error('fixture');
    expect(tableRows(ages, 'junk')).toHaveLength(2);
  });

  it('puts each issue on its field, a table row issue on its table', () => {
    const { issues } = checkValues(definition, { present: 20, members: 10, results: 'Tốt' }, 'submit');
    const byField = issuesByField([
      ...issues,
      { field: 'ages.under30', code: 'REPORT_TABLE_INVALID', params: {} },
    ]);
    expect(byField.get('present')?.map((i) => i.code)).toEqual(['REPORT_RULE_FAILED']);
    expect(byField.get('ages')?.map((i) => i.code)).toEqual(['REPORT_TABLE_INVALID']);
    expect(byField.has('members')).toBe(false);
  });

  it('shows a failed rule while required fields are still blank, the blanks only once sending was tried', () => {
    const values = { members: 10, present: 12 };
    expect(reportIssues(definition, values, false).map((i) => i.code)).toEqual(['REPORT_RULE_FAILED']);
    expect(reportIssues(definition, values, true).map((i) => [i.field, i.code])).toEqual([
      ['present', 'REPORT_RULE_FAILED'],
      ['results', 'REPORT_FIELD_REQUIRED'],
    ]);
    expect(reportIssues(definition, { members: 10, present: 9, results: 'Tốt' }, true)).toEqual([]);
  });

  it('says where a figure came from and whether the user changed it', () => {
    const prefill = {
      members: { source: 'members.total' as const, value: 12, computedAt: '2026-03-31T00:00:00Z' },
    };
    expect(prefillOf('members', 12, prefill)).toEqual({
      source: 'members.total',
      computed: 12,
      changed: false,
    });
    expect(prefillOf('members', 13, prefill)?.changed).toBe(true);
    expect(prefillOf('members', null, prefill)?.changed).toBe(true);
    expect(prefillOf('present', 3, prefill)).toBeNull();
    expect(hasPrefillSources(definition)).toBe(true);
  });
});

describe('due reports', () => {
  it('offers to start, continue or view', () => {
    expect(dueAction({ submissionId: null, status: null })).toBe('create');
    expect(dueAction({ submissionId: 'x', status: 'draft' })).toBe('continue');
    expect(dueAction({ submissionId: 'x', status: 'returned' })).toBe('continue');
    expect(dueAction({ submissionId: 'x', status: 'submitted' })).toBe('view');
  });

  it('counts days to the deadline across a month end', () => {
    expect(daysLeft('2026-04-03', '2026-03-31')).toBe(3);
    expect(daysLeft('2026-04-03', '2026-04-03')).toBe(0);
    expect(daysLeft('2026-02-28', '2026-03-02')).toBe(-2);
  });

  it('offers review and paper entry to committees and administrators', () => {
    expect(mayReview([{ role: 'cell_secretary' }])).toBe(false);
    expect(mayReview([{ role: 'viewer' }, { role: 'committee' }])).toBe(true);
  });
});

describe('reports address', () => {
  const unitId = '0b6f8c1e-4a53-4f0e-9d3a-2f7f5a1c9e01';
  it('keeps well-formed filters and drops the rest', () => {
    expect(parseReportsSearch({ unitId, formId: unitId, periodKey: '2026-Q1', status: 'accepted' })).toEqual({
      unitId,
      formId: unitId,
      periodKey: '2026-Q1',
      status: 'accepted',
    });
    expect(parseReportsSearch({ unitId: 'x', periodKey: '2026-13x', status: 'lost' })).toEqual({
      unitId: undefined,
      formId: undefined,
      periodKey: undefined,
      status: undefined,
    });
    expect(parseReportsSearch({ periodKey: 2026 }).periodKey).toBe('2026');
  });

  it('asks the API only for the filters set', () => {
    expect(historyFilterOf({ unitId })).toEqual({ unitId });
    expect(historyFilterOf({ unitId, status: 'draft', periodKey: '2026-W05' })).toEqual({
      unitId,
      status: 'draft',
      periodKey: '2026-W05',
    });
  });
});

describe('due report order', () => {
  const due = (
    key: string,
    dueOn: string,
    timeliness: DueReport['timeliness'],
    status: DueReport['status'] = null,
  ) =>
    ({
      form: { id: 'f', code: 'TT', name: 'TT' },
      unit: { id: 'u', name: 'Chi bộ' },
      period: { type: 'month', key, start: `${key}-01`, end: `${key}-28`, label: key },
      opensOn: `${key}-20`,
      dueOn,
      submissionId: status ? key : null,
      status,
      timeliness,
    }) as DueReport;

  it('puts returned reports first, then drafts begun, open periods, overdue ones newest first', () => {
    const ordered = orderDue([
      due('2026-01', '2026-02-03', 'missing'),
      due('2026-09', '2026-10-03', 'missing'),
      due('2026-11', '2026-12-03', 'pending'),
      due('2026-05', '2026-06-03', 'missing', 'returned'),
      due('2026-10', '2026-11-03', 'on_time', 'submitted'),
    ]);
    expect(ordered.map((item) => item.period.key)).toEqual([
      '2026-05',
      '2026-11',
      '2026-09',
      '2026-01',
      '2026-10',
    ]);
  });

  it('orders the home card by deadline: the longest overdue first, then due soonest, sent ones last', () => {
    const ordered = orderByDeadline([
      due('2026-11', '2026-12-03', 'pending'),
      due('2026-10', '2026-11-03', 'on_time', 'submitted'),
      due('2026-09', '2026-10-03', 'missing'),
      due('2026-05', '2026-06-03', 'missing', 'returned'),
      due('2026-12', '2026-12-10', 'pending', 'draft'),
    ]);
    expect(ordered.map((item) => item.period.key)).toEqual([
      '2026-05',
      '2026-09',
      '2026-11',
      '2026-12',
      '2026-10',
    ]);
  });

  it('says on the home card how each stands: days overdue or left, returned, sent and waiting', () => {
    const t = ((key: string, params?: Record<string, unknown>) =>
      `${key}${params ? JSON.stringify(params) : ''}`) as unknown as Parameters<typeof homeStatus>[0];
    const today = '2026-12-02';
    expect(homeStatus(t, due('2026-10', '2026-11-28', 'missing'), today)).toEqual({
      tone: 'bad',
      text: 'reports.home.daysLate{"count":4}',
    });
    expect(homeStatus(t, due('2026-11', '2026-12-04', 'pending'), today)).toEqual({
      tone: 'warn',
      text: 'reports.home.daysLeft{"count":2}',
    });
    expect(homeStatus(t, due('2026-11', '2026-12-20', 'pending'), today).tone).toBe('off');
    expect(homeStatus(t, due('2026-11', today, 'pending'), today).text).toBe('reports.home.dueToday');
    expect(homeStatus(t, due('2026-09', '2026-11-30', 'missing', 'returned'), today)).toEqual({
      tone: 'bad',
      text: 'reports.home.returned{"deadline":"reports.home.daysLate{\\"count\\":2}"}',
    });
    expect(homeStatus(t, due('2026-10', '2026-11-03', 'on_time', 'submitted'), today)).toEqual({
      tone: 'warn',
      text: 'reports.statuses.submitted',
    });
  });
});
