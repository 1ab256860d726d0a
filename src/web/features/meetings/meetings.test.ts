import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { createMeetingBody } from '../../../contracts/meetings';
import { bodyFrom, formFieldOf, valuesFrom } from './formValues';
import { parseMeetingSearch, parseMeetingsSearch } from './search';
import { monthRange, shiftMonth, toInstant, vnDate, vnTime } from './time';

describe('meeting times are Vietnamese local times whatever the browser says', () => {
  it('reads an instant as its date and time in Asia/Ho_Chi_Minh', () => {
    // 23:30 UTC is already the next morning in Vietnam.
    expect(vnDate('2026-03-04T23:30:00Z')).toBe('2026-03-05');
    expect(vnTime('2026-03-04T23:30:00Z')).toBe('06:30');
  });

  it('writes a picked date and time with the +07:00 offset the API validates', () => {
    const instant = toInstant(dayjs('2026-03-05'), dayjs('2000-01-01T19:30:00'));
    expect(instant).toBe('2026-03-05T19:30:00+07:00');
    expect(new Date(instant).toISOString()).toBe('2026-03-05T12:30:00.000Z');
  });

  it('gives the first and last day of a month, and moves across years', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});

describe('the plan form', () => {
  const plan = {
    unitId: '5a3c1f1e-0000-4000-8000-0000000000aa',
    kind: 'regular' as const,
    topic: 'left over from a thematic draft',
    startsAt: '2026-04-05T19:30:00+07:00',
    endsAt: '2026-04-05T21:30:00+07:00',
    place: 'Hội trường',
    agenda: [{ title: 'Kiểm điểm tháng trước', dueOn: '2026-04-01' }, { title: '   ' }],
  };

  it('round-trips a drafted plan into a request the contract accepts', () => {
    const body = { ...bodyFrom(valuesFrom(plan)), unitId: plan.unitId };
    expect(createMeetingBody.safeParse(body).success).toBe(true);
    expect(body.startsAt).toBe(plan.startsAt);
    expect(body.endsAt).toBe(plan.endsAt);
    // A regular meeting has no theme; blank agenda rows are dropped.
    expect(body.topic).toBeNull();
    expect(body.agenda).toEqual([
      { title: 'Kiểm điểm tháng trước', preparedByMemberId: null, preparation: null, dueOn: '2026-04-01' },
    ]);
  });

  it('keeps the theme of a combined meeting', () => {
    const body = bodyFrom({ ...valuesFrom(plan), kind: 'combined', topic: '  Chuyên đề quý II ' });
    expect(body.topic).toBe('Chuyên đề quý II');
  });

  it('puts server errors about instants on the time fields', () => {
    expect(formFieldOf('startsAt')).toBe('startTime');
    expect(formFieldOf('endsAt')).toBe('endTime');
    expect(formFieldOf('agenda.0.title')).toBe('agenda.0.title');
  });
});

describe('addresses of the meetings pages', () => {
  it('keeps only valid months, views and tabs', () => {
    expect(parseMeetingsSearch({ month: '2026-13', view: 'grid', subtree: 'true', unitId: 'u' })).toEqual({
      unitId: 'u',
      month: undefined,
      view: undefined,
      subtree: true,
    });
    expect(parseMeetingsSearch({ month: '2026-02', view: 'list' })).toMatchObject({
      month: '2026-02',
      view: 'list',
    });
    expect(parseMeetingSearch({ tab: 'minutes' })).toEqual({ tab: 'minutes' });
    expect(parseMeetingSearch({ tab: 'secret' })).toEqual({ tab: undefined });
  });
});
