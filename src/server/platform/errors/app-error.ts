import type { MessageKey } from '../i18n/messages';

/** An expected failure: becomes `{ code, message, field }` with the message in the caller's language. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: MessageKey,
    readonly options: { field?: string; params?: Record<string, string | number> } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const staleVersion = () => new AppError(409, 'STALE_VERSION', { field: 'version' });
