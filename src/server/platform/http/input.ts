import type { FastifyInstance } from 'fastify';
import { hasForbiddenCharacters, toNfc } from '../../../domain/text';
import { AppError } from '../errors/app-error';

/**
 * Walks a parsed body/query/params: NFC-normalises every string (DOMAIN.md §11) and rejects characters the
 * database cannot store, naming the field. Returns the normalised value.
 */
function normalise(value: unknown, path: string): unknown {
  if (typeof value === 'string') {
    if (hasForbiddenCharacters(value))
      throw new AppError(400, 'INVALID_CHARACTER', { field: path || 'body' });
    return toNfc(value);
  }
  // A raw upload (an Excel file) is bytes, not text: left as it came.
  if (Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map((v, i) => normalise(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (hasForbiddenCharacters(k)) throw new AppError(400, 'INVALID_CHARACTER', { field: path || 'body' });
      out[k] = normalise(v, path ? `${path}.${k}` : k);
    }
    return out;
  }
  return value;
}

export function registerInputNormalisation(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (req.body !== undefined) req.body = normalise(req.body, '');
    if (req.query && typeof req.query === 'object') req.query = normalise(req.query, '') as typeof req.query;
    if (req.params && typeof req.params === 'object')
      req.params = normalise(req.params, '') as typeof req.params;
  });
}
