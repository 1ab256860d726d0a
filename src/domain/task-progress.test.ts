import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChildProgress, isValidProgress, rollUp } from './task-progress';

describe('rolling up progress', () => {
  it('weighs children by their weight', () => {
    expect(
      rollUp([
        { progress: 50, weight: 1, status: 'open' },
        { progress: 0, weight: 3, status: 'open' },
      ]),
    ).toEqual({ progress: 13, allDone: false });
    expect(
      rollUp([
        { progress: 20, weight: 2, status: 'open' },
        { progress: 100, weight: 2, status: 'done' },
      ]),
    ).toEqual({ progress: 60, allDone: false });
  });

  it('counts a done child as 100 % and leaves cancelled children out', () => {
    expect(
      rollUp([
        { progress: 40, weight: 1, status: 'done' },
        { progress: 0, weight: 5, status: 'cancelled' },
      ]),
    ).toEqual({ progress: 100, allDone: true });
    expect(rollUp([{ progress: 10, weight: 1, status: 'cancelled' }])).toBeNull();
    expect(rollUp([])).toBeNull();
  });

  it('never shows 100 % before every child is done', () => {
    expect(
      rollUp([
        { progress: 99, weight: 1, status: 'open' },
        { progress: 100, weight: 99, status: 'done' },
      ]),
    ).toEqual({ progress: 99, allDone: false });
  });

  it('stays between the lowest and highest child', () => {
    const child = fc.record({
      progress: fc.integer({ min: 0, max: 100 }),
      weight: fc.integer({ min: 1, max: 100 }),
      status: fc.constantFrom('open', 'done', 'cancelled'),
    }) as fc.Arbitrary<ChildProgress>;
    fc.assert(
      fc.property(fc.array(child, { maxLength: 12 }), (children) => {
        const rolled = rollUp(children);
        const counted = children.filter((c) => c.status !== 'cancelled');
        if (counted.length === 0) return rolled === null;
        const values = counted.map((c) => (c.status === 'done' ? 100 : c.progress));
        const r = rolled as NonNullable<typeof rolled>;
        return (
          isValidProgress(r.progress) &&
          r.progress >= Math.min(...values) - 1 &&
          r.progress <= Math.max(...values) &&
          r.allDone === counted.every((c) => c.status === 'done')
        );
      }),
    );
  });
});

describe('valid progress', () => {
  it('is a whole percentage from 0 to 100', () => {
    expect([0, 55, 100].every(isValidProgress)).toBe(true);
    expect([-1, 101, 12.5, Number.NaN].some(isValidProgress)).toBe(false);
  });
});
