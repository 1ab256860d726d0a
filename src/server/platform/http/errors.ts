import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { type FieldArea, fieldLabel } from '../i18n/fields';
import { type MessageKey, translate } from '../i18n/messages';
import { issueReason } from '../i18n/zod-issue';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Where the route's field names are read first (see `fieldLabel`). */
    fieldArea?: FieldArea;
  }
}

const labelOf = (req: FastifyRequest, path: string) =>
  fieldLabel(path, req.locale, req.routeOptions?.config?.fieldArea);

function send(
  reply: FastifyReply,
  req: FastifyRequest,
  status: number,
  code: MessageKey,
  extra: { field?: string; params?: Record<string, string | number> } = {},
) {
  const params = { ...extra.params };
  if (extra.field && params.label === undefined) params.label = labelOf(req, extra.field);
  const body: { code: string; message: string; field?: string } = {
    code,
    message: translate(req.locale, code, params),
  };
  if (extra.field) body.field = extra.field;
  return reply.status(status).send(body);
}

const fastifyCodes: Record<string, MessageKey> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      return send(reply, req, error.statusCode, error.code, error.options);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const path =
        first?.instancePath.split('/').filter(Boolean).join('.') || (error.validationContext ?? 'body');
      // The provider flattens each zod issue into { keyword, instancePath, params }; rebuild the issue.
      const issue = first
        ? ({ ...first.params, code: first.keyword, path: path.split('.') } as unknown as z.core.$ZodIssue)
        : undefined;
      const reason = issue ? issueReason(issue, req.locale) : '';
      return send(reply, req, 400, 'VALIDATION', {
        field: path,
        params: { reason, label: labelOf(req, path) },
      });
    }
    if (error.code === 'FST_ERR_RATE_LIMIT' || error.statusCode === 429) {
      return send(reply, req, 429, 'RATE_LIMITED');
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return send(reply, req, error.statusCode ?? 400, mapped);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, req, error.statusCode, error.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST');
    }
    req.log.error({ err: error }, 'unhandled error');
    return send(reply, req, 500, 'INTERNAL');
  });

  app.setNotFoundHandler((req, reply) => send(reply, req, 404, 'ROUTE_NOT_FOUND'));
}
