import { infiniteQueryOptions } from '@tanstack/react-query';
import type { AuditEntry } from '../../../contracts/audit';
import { apiGet } from '../../app/api';
import type { AuditSearch } from '../../app/router';
import type { Page } from '../../app/types';

export type { AuditEntry };

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBadId: string | null;
}

export const isVerifyResult = (value: unknown): value is VerifyResult => {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.ok === 'boolean' && typeof record.checked === 'number';
};

export const auditQuery = (filters: AuditSearch) =>
  infiniteQueryOptions({
    queryKey: ['audit', filters] as const,
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<AuditEntry>>('/api/audit', { ...filters, limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field-by-field comparison of an entry's before/after snapshots (a whole-value row when they are not objects). */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (!isPlainObject(before) && !isPlainObject(after)) {
    if (before === null && after === null) return [];
    return [{ field: '', before, after, changed: !same(before, after) }];
  }
  const b = isPlainObject(before) ? before : {};
  const a = isPlainObject(after) ? after : {};
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields.map((field) => ({
    field,
    before: b[field],
    after: a[field],
    changed: !same(b[field], a[field]),
  }));
}
