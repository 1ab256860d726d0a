import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a hash covers: everything in the row except its id and its own hash. */
export interface ChainedFields {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  scopePath: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  prevHash: string;
}

/** JSON with object keys sorted at every depth, so the same value hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function chainHash(fields: ChainedFields): string {
  const { prevHash, at, ...rest } = fields;
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson({ ...rest, at: at.toISOString() }))
    .digest('hex');
}

/** Plain JSON (dates as ISO strings, no undefined) — what jsonb will give back. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
