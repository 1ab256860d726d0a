import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built web app and answers unknown non-API GETs with index.html (client-side routes). */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  if (!existsSync(join(webDist, 'index.html'))) {
    app.log.warn({ webDist }, 'web app not built; serving the API only');
    return;
  }
  await app.register(fastifyStatic, {
    root: webDist,
    // No routes of its own: the one route below serves files and the SPA fallback under a declared policy.
    serve: false,
    index: false,
    maxAge: '1h',
    setHeaders(res, path) {
      if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  app.get('/*', { config: { policy: { kind: 'public' } }, schema: { hide: true } }, async (req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api') {
      return reply.callNotFound();
    }
    let file: string;
    try {
      file = decodeURIComponent(req.url.split('?')[0] ?? '/');
    } catch {
      return reply.callNotFound();
    }
    if (file.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(file)) {
      return reply.sendFile(file.slice(1));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
