import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChainedFields, canonicalJson, chainHash, GENESIS_HASH, toJsonValue } from './chain';

const row = (over: Partial<ChainedFields> = {}): ChainedFields => ({
  at: new Date('2026-11-22T05:00:00.123Z'),
  actorId: null,
  actorName: 'admin',
  ip: '127.0.0.1',
  requestId: 'r1',
  action: 'unit.updated',
  entity: 'unit',
  entityId: 'u1',
  scopePath: 'u1',
  before: { name: 'Chi bộ A', version: 1 },
  after: { name: 'Chi bộ A1', version: 2 },
  reason: null,
  prevHash: GENESIS_HASH,
  ...over,
});

describe('canonicalJson', () => {
  it('does not depend on key order, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('survives a JSON round trip like the one through jsonb', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        (value) => canonicalJson(toJsonValue(value)) === canonicalJson(JSON.parse(JSON.stringify(value))),
      ),
    );
  });
});

describe('chainHash', () => {
  it('changes when any covered field or the previous hash changes', () => {
    const base = chainHash(row());
    expect(chainHash(row())).toBe(base);
    expect(chainHash(row({ reason: 'x' }))).not.toBe(base);
    expect(chainHash(row({ after: { name: 'Chi bộ A2', version: 2 } }))).not.toBe(base);
    expect(chainHash(row({ at: new Date('2026-11-22T05:00:00.124Z') }))).not.toBe(base);
    expect(chainHash(row({ prevHash: 'f'.repeat(64) }))).not.toBe(base);
  });
});
