import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { petitionRoutes } from './petition-routes';
import { programRoutes } from './program-routes';
import { sessionRoutes } from './session-routes';
import { taskRoutes } from './task-routes';

/** The programs module: work programs, tasks, working sessions with the superior committee, petitions. */
export const programsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(taskRoutes);
  await app.register(petitionRoutes);
  await app.register(programRoutes);
  await app.register(sessionRoutes);
};
