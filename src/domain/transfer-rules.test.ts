import { describe, expect, it } from 'vitest';
import { calendarOf, vietnamCalendar2025to2027 } from './holidays-vn';
import {
  duesMonthText,
  issueDueOn,
  issueIsLate,
  nextDeadline,
  presentDueOn,
  receiptIsLate,
  temporaryPeriodViolation,
  transferRulesOn,
} from './transfer-rules';
import { emptyCalendar } from './working-days';

const vn = calendarOf(vietnamCalendar2025to2027);

describe('transfer rule sets', () => {
  it('picks the set in force on a date and cites its regulation', () => {
    expect(transferRulesOn('2024-01-01').citation).toContain('24-QĐ/TW');
    expect(transferRulesOn('2025-06-01').citation).toContain('294-QĐ/TW');
    expect(transferRulesOn('2000-01-01').effectiveFrom).toBe('2021-07-30');
    expect(transferRulesOn('2026-01-01')).toMatchObject({
      issueWithinWorkingDays: 60,
      presentWithinWorkingDays: 30,
    });
  });
});

describe('deadlines in working days across Tết 2026', () => {
  it('gives 60 working days from the move to issue the letter, skipping Tết (16–20/02/2026)', () => {
    // Monday 05/01/2026: twelve weeks later without holidays, one week more for the five days of Tết.
    expect(issueDueOn('2026-01-05', emptyCalendar)).toBe('2026-03-30');
    expect(issueDueOn('2026-01-05', vn)).toBe('2026-04-06');
  });

  it('gives 30 working days from the letter date to present it', () => {
    expect(presentDueOn('2026-02-10', emptyCalendar)).toBe('2026-03-24');
    expect(presentDueOn('2026-02-10', vn)).toBe('2026-03-31');
  });

  it('counts an official letter late only after the 60th working day', () => {
    expect(issueIsLate('official', '2026-01-05', '2026-04-06', vn)).toBe(false);
    expect(issueIsLate('official', '2026-01-05', '2026-04-07', vn)).toBe(true);
    // Without the holidays the same letter would already have been late on 31/03.
    expect(issueIsLate('official', '2026-01-05', '2026-03-31', emptyCalendar)).toBe(true);
    expect(issueIsLate('official', '2026-01-05', '2026-03-31', vn)).toBe(false);
    expect(issueIsLate('temporary', '2026-01-05', '2026-12-31', vn)).toBe(false);
  });

  it('counts a receipt late after the 30th working day from the letter', () => {
    expect(receiptIsLate('2026-02-10', '2026-03-31', vn)).toBe(false);
    expect(receiptIsLate('2026-02-10', '2026-04-01', vn)).toBe(true);
  });
});

describe('what is due next', () => {
  const base = { kind: 'official' as const, moveDate: '2026-01-05', issueDueOn: '2026-04-06' };
  it('is the letter while a draft, overdue after its day', () => {
    expect(nextDeadline({ ...base, status: 'draft' }, '2026-04-06')).toEqual({
      kind: 'issue',
      dueOn: '2026-04-06',
      overdue: false,
    });
    expect(nextDeadline({ ...base, status: 'draft' }, '2026-04-07')?.overdue).toBe(true);
  });
  it('is the presentation once issued, and nothing once received or cancelled', () => {
    const issued = {
      ...base,
      status: 'issued' as const,
      letterDate: '2026-02-10',
      presentDueOn: '2026-03-31',
    };
    expect(nextDeadline(issued, '2026-04-01')).toEqual({
      kind: 'present',
      dueOn: '2026-03-31',
      overdue: true,
    });
    expect(nextDeadline({ ...issued, status: 'received' }, '2026-04-01')).toBeNull();
    expect(nextDeadline({ ...issued, status: 'cancelled' }, '2026-04-01')).toBeNull();
  });
  it('is the end of a temporary stay while it lasts', () => {
    const stay = {
      ...base,
      kind: 'temporary' as const,
      status: 'received' as const,
      periodTo: '2026-09-30',
    };
    expect(nextDeadline(stay, '2026-05-01')).toEqual({
      kind: 'period_end',
      dueOn: '2026-09-30',
      overdue: false,
    });
    expect(nextDeadline(stay, '2026-10-01')).toBeNull();
  });
});

describe('the period of a temporary transfer', () => {
  const temp = (purpose: 'work' | 'study', periodFrom: string, periodTo: string) =>
    temporaryPeriodViolation({ kind: 'temporary', purpose, periodFrom, periodTo });

  it('accepts 3 months up to one day short of a year for work', () => {
    expect(temp('work', '2026-01-15', '2026-04-15')).toBeNull();
    expect(temp('work', '2026-01-15', '2027-01-14')).toBeNull();
  });

  it('refuses less than 3 months or a whole year for work, naming the end date', () => {
    expect(temp('work', '2026-01-15', '2026-04-14')).toMatchObject({
      code: 'TRANSFER_PERIOD',
      field: 'periodTo',
      params: { rule: 'range', min: 3, max: 12 },
    });
    expect(temp('work', '2026-01-15', '2027-01-15')).toMatchObject({ field: 'periodTo' });
  });

  it('allows study up to two years', () => {
    expect(temp('study', '2026-01-15', '2027-06-30')).toBeNull();
    expect(temp('study', '2026-01-15', '2028-01-15')).toBeNull();
    expect(temp('study', '2026-01-15', '2028-01-16')).toMatchObject({
      params: { rule: 'study_range', max: 24 },
    });
    expect(temp('study', '2026-01-15', '2026-03-01')).toMatchObject({ params: { rule: 'study_range' } });
  });

  it('needs both dates in order, and none for an official transfer', () => {
    expect(
      temporaryPeriodViolation({ kind: 'temporary', purpose: 'work', periodFrom: null, periodTo: null }),
    ).toMatchObject({ field: 'periodFrom' });
    expect(
      temporaryPeriodViolation({ kind: 'temporary', purpose: 'work', periodFrom: '2026-01-01' }),
    ).toMatchObject({ field: 'periodTo' });
    expect(temp('work', '2026-05-01', '2026-04-01')).toMatchObject({ code: 'TRANSFER_PERIOD_ORDER' });
    expect(temporaryPeriodViolation({ kind: 'official', purpose: 'work' })).toBeNull();
  });
});

it('writes the dues month as mm/yyyy', () => {
  expect(duesMonthText('2026-03')).toBe('03/2026');
});
