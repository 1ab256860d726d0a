import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { adminRoutes } from './modules/admin/routes';
import { admissionRoutes } from './modules/admission/routes';
import { calendarRoutes } from './modules/calendar/routes';
import { documentRoutes } from './modules/documents/routes';
import { studyRoutes } from './modules/documents/study-routes';
import { exchangeRoutes } from './modules/exchange/routes';
import type { RemovalFactsProvider } from './modules/lifecycle/queries';
import { lifecycleRoutes } from './modules/lifecycle/routes';
import { calendarFeedRoutes } from './modules/meetings/feed-routes';
import { meetingPanelRoutes } from './modules/meetings/panel-routes';
import { meetingRemovalFacts } from './modules/meetings/removal-facts';
import { meetingRoutes } from './modules/meetings/routes';
import { memberRoutes } from './modules/members/routes';
import { orgRoutes } from './modules/org/routes';
import { programsRoutes } from './modules/programs/routes';
import { reportsRoutes } from './modules/reports/routes';
import { transferRoutes } from './modules/transfers/routes';
import { registerGuard } from './platform/access/guard';
import { allow } from './platform/access/policy';
import { auditRoutes } from './platform/audit/routes';
import { authRoutes } from './platform/auth/routes';
import { FileStore } from './platform/files/store';
import { registerErrorHandling } from './platform/http/errors';
import { healthRoutes } from './platform/http/health';
import { registerInputNormalisation } from './platform/http/input';
import './platform/http/types';
import { registerWebApp } from './platform/http/web';
import { jobRoutes } from './platform/jobs/routes';
import { notificationRoutes } from './platform/notifications/routes';

export interface AppOptions {
  database: Database;
  config: Config;
  /** pino options or false; tests pass false. */
  logger?: boolean | object;
  /** Attendance and dues facts for removal proposals (the meetings and dues modules; tests inject them). */
  removalFacts?: RemovalFactsProvider;
}

/** Routes that plugins register themselves (API docs): public, declared here so none goes without a policy. */
const pluginRoutePrefixes = ['/api/docs'];

const contentSecurityPolicy = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  },
};

/** Builds the whole application without listening: the CLI starts it, tests inject requests into it. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', database);
  app.decorate('db', database.db);
  app.decorate('config', config);
  app.decorate('files', new FileStore(config.filesDir));
  app.decorate('routeCatalog', []);

  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { policy?: unknown };
    if (!config.policy && pluginRoutePrefixes.some((p) => route.url.startsWith(p))) {
      route.config = { ...route.config, policy: allow.public };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      app.routeCatalog.push({
        method,
        url: route.url,
        hasPolicy: Boolean((route.config as { policy?: unknown })?.policy),
      });
    }
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  registerErrorHandling(app);
  await app.register(fastifyHelmet, { contentSecurityPolicy });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  registerGuard(app);
  registerInputNormalisation(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Đảng bộ số API', version: '1', description: 'API của nền tảng Đảng bộ số' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dangbo_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(authRoutes, { prefix: '/auth' });
      await api.register(orgRoutes);
      await api.register(memberRoutes);
      await api.register(exchangeRoutes);
      await api.register(transferRoutes);
      await api.register(admissionRoutes);
      await api.register(calendarRoutes);
      await api.register(lifecycleRoutes, { removalFacts: options.removalFacts ?? meetingRemovalFacts });
      await api.register(meetingRoutes);
      await api.register(documentRoutes);
      await api.register(programsRoutes);
      await api.register(reportsRoutes);
      await api.register(studyRoutes);
      await api.register(meetingPanelRoutes);
      await api.register(calendarFeedRoutes);
      await api.register(notificationRoutes);
      await api.register(jobRoutes);
      await api.register(auditRoutes);
      await api.register(adminRoutes, { prefix: '/admin' });
    },
    { prefix: '/api' },
  );

  await registerWebApp(app, config.webDist);
  return app;
}
