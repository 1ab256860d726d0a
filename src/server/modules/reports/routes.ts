import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { aggregateRoutes } from './aggregate-routes';
import { completenessRoutes } from './completeness-routes';
import { formRoutes } from './form-routes';
import { submissionRoutes } from './submission-routes';
import { synthesisRoutes } from './synthesis-routes';
import { themeRoutes } from './theme-routes';

/**
 * The reports module: forms, submissions and their review, completeness and timeliness, aggregation,
 * ideological-situation themes, synthesis drafting. Each area registers its plugin here.
 */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(formRoutes);
  await app.register(submissionRoutes);
  await app.register(aggregateRoutes);
  await app.register(synthesisRoutes);
  await app.register(completenessRoutes);
  await app.register(themeRoutes);
};
