import { describe, expect, it } from 'vitest';
import { type Grant, isInside, scopeFor, scopeIncludes } from './grants';

const grant = (role: Grant['role'], path: string): Grant => ({ role, unitId: path, unitName: path, path });

describe('scopeFor', () => {
  it('gives subtree reach to committee and unit-only reach to member', () => {
    const grants = [grant('committee', 'a.b'), grant('member', 'a.c')];
    const read = scopeFor(grants, 'read');
    expect(scopeIncludes(read, 'a.b.x')).toBe(true);
    expect(scopeIncludes(read, 'a.c')).toBe(true);
    expect(scopeIncludes(read, 'a.c.x')).toBe(false);
    expect(scopeIncludes(read, 'a')).toBe(false);
  });

  it('gives no write reach to viewer, inspector or member', () => {
    const grants = [grant('viewer', 'a'), grant('inspector', 'a'), grant('member', 'a')];
    expect(scopeFor(grants, 'write')).toEqual({ subtrees: [], exact: [] });
    expect(scopeFor(grants, 'read').subtrees).toEqual(['a']);
  });

  it('gives admin actions to admin only', () => {
    expect(scopeFor([grant('committee', 'a')], 'admin').subtrees).toEqual([]);
    expect(scopeFor([grant('admin', 'a')], 'admin').subtrees).toEqual(['a']);
  });
});

describe('isInside', () => {
  it('does not confuse a sibling whose label starts the same', () => {
    expect(isInside('a.bc', 'a.b')).toBe(false);
    expect(isInside('a.b.c', 'a.b')).toBe(true);
    expect(isInside('a.b', 'a.b')).toBe(true);
  });
});
