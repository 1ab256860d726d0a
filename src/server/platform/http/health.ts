import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import pkg from '../../../../package.json' with { type: 'json' };
import { health } from '../../../contracts/health';
import { appliedMigrationCount, expectedMigrationCount } from '../../db/migrate';
import { allow } from '../access/policy';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const expected = expectedMigrationCount();
  app.get(
    '/health',
    {
      config: { policy: allow.public },
      schema: {
        tags: ['operations'],
        summary: 'Tình trạng hệ thống',
        response: { 200: health, 503: health },
      },
    },
    async (_req, reply) => {
      let applied = 0;
      let reachable = true;
      try {
        await app.db.execute(sql`select 1`);
        applied = await appliedMigrationCount(app.database);
      } catch {
        reachable = false;
      }
      const current = reachable && applied === expected;
      const body = {
        status: current ? ('ok' as const) : ('degraded' as const),
        database: reachable ? ('ok' as const) : ('unreachable' as const),
        engine: app.database.engine,
        migrations: { applied, expected, current },
        version: pkg.version,
      };
      return reply.status(current ? 200 : 503).send(body);
    },
  );
};
