import { AppError } from '../errors/app-error';

/** Keyset cursors are the last row's sort key, opaque to clients. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => (typeof k === 'string' && k.length <= 400) || typeof k === 'number')
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw new AppError(400, 'VALIDATION', { field: 'cursor', params: { reason: 'không hợp lệ / invalid' } });
}

/**
 * The total of a keyset-paginated list. A first page that came back short already holds every row, so the
 * separate count query is skipped (the common case for a cell's lists).
 */
export async function pageTotal(
  firstPage: boolean,
  fetched: number,
  limit: number,
  countAll: () => Promise<number>,
): Promise<number> {
  return firstPage && fetched <= limit ? fetched : countAll();
}
