import type { Config } from '../../config';
import type { Database, Db } from '../../db/client';
import type { AuthState } from '../auth/session-store';
import type { RequestContext } from '../context';
import type { FileStore } from '../files/store';
import type { Locale } from '../i18n/locale';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    db: Db;
    config: Config;
    /** Attached files on disk (documents, study plans). */
    files: FileStore;
    /** Every route registered, with its policy, for the policy-coverage test. */
    routeCatalog: Array<{ method: string; url: string; hasPolicy: boolean }>;
  }
  interface FastifyRequest {
    auth: AuthState | null;
    locale: Locale;
    ctx: RequestContext;
  }
}
