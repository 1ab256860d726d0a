import { describe, expect, it } from 'vitest';
import { errorTarget, isTarget } from './error-target';

describe('errorTarget', () => {
  it('finds a field by its position in the definition or by its key', () => {
    const byPath = errorTarget('definition.sections.1.fields.2.min');
    expect(byPath).toEqual({ section: 1, field: 2 });
    expect(isTarget(byPath, 1, 2, 'a')).toBe(true);
    expect(isTarget(byPath, 1, 1, 'a')).toBe(false);
    const byKey = errorTarget('results');
    expect(isTarget(byKey, 0, 0, 'results')).toBe(true);
    expect(isTarget(byKey, 0, 0, 'members')).toBe(false);
  });

  it('names nothing for other errors', () => {
    expect(errorTarget(undefined)).toBeNull();
    expect(errorTarget('definition.rules.0.left')).toBeNull();
    expect(errorTarget('definition')).toEqual({ key: 'definition' });
  });
});
