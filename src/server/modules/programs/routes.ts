import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sessionRoutes } from './session-routes';

/** The programs module: work programs, tasks, working sessions with the superior committee, petitions. */
export const programsRoutes: FastifyPluginAsyncZod = async (app) => {
  // One registration per area (program-routes, task-routes, session-routes, petition-routes).
  await app.register(sessionRoutes);
};
