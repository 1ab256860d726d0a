import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  createDocumentBody,
  createIssuerBody,
  documentDetail,
  documentIssuer,
  documentIssuers,
  documentLinkBody,
  documentPage,
  documentsListQuery,
  expireDocumentBody,
  issueDocumentBody,
  nextNumber,
  nextNumberQuery,
  numberRegister,
  numberRegisterQuery,
  updateDocumentBody,
  versionBody,
  withdrawDocumentBody,
} from '../../../contracts/documents';
import { scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { todayIso } from '../org/calendar';
import { meetingUnit } from '../org/meeting-units-read';
import { checkedDocument, type DocumentAccess, documentAccessOf } from './access';
import { documentFileRoutes } from './files-routes';
import { createIssuer, issuerById, listIssuers, resolveIssuer } from './issuers';
import { numberRegisterOf } from './number-register';
import { peekNumber } from './numbering';
import { documentDetail as detailOf, listDocuments } from './queries';
import { referenceRoutes } from './references-routes';
import {
  addLink,
  approveDocument,
  createDocument,
  expireDocument,
  issueDocument,
  removeLink,
  updateDocument,
  withdrawDocument,
} from './service';
import { wordRoutes } from './word-routes';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['documents'];
const readers = allow.anyRole;
const writers = allow.roles('admin', 'committee', 'cell_secretary');
const linkParams = z.object({ id: z.uuid(), linkId: z.uuid() });

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const grantPaths = (req: Parameters<typeof requireAuth>[0]) => requireAuth(req).grants.map((g) => g.path);
  const detail = async (access: DocumentAccess, id: string) => {
    const found = await detailOf(app.db, access, id);
    if (!found) throw new AppError(404, 'NOT_FOUND');
    return found;
  };
  /** A write on one document: access checked first (404/403), then the work in one audited transaction. */
  const onDocument = async (
    req: Parameters<typeof documentAccessOf>[1],
    id: string,
    work: Parameters<typeof mutate>[2],
  ) => {
    const access = await documentAccessOf(app.db, req);
    await checkedDocument(app.db, access, id, 'write');
    await mutate(app.db, req.ctx, work);
    return detail(access, id);
  };

  app.get(
    '/documents/issuers',
    {
      config: { policy: readers },
      schema: { tags, summary: 'Danh mục cơ quan ban hành', response: { 200: documentIssuers, ...errors } },
    },
    async (req) => ({ items: await listIssuers(app.db, grantPaths(req)) }),
  );

  app.post(
    '/documents/issuers',
    {
      config: { policy: allow.roles('admin', 'committee') },
      schema: {
        tags,
        summary: 'Thêm cơ quan ban hành',
        description: 'Cơ quan thuộc một tổ chức trong hệ thống (unitId) cần quyền ghi ở tổ chức đó.',
        body: createIssuerBody,
        response: { 201: documentIssuer, ...errors },
      },
    },
    async (req, reply) => {
      const access = await documentAccessOf(app.db, req);
      let path: string | null = null;
      if (req.body.unitId) {
        const unit = await meetingUnit(app.db, req.body.unitId);
        if (!unit || !scopeIncludes(access.read, unit.path))
          throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
        if (!scopeIncludes(access.write, unit.path))
          throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
        path = unit.path;
      }
      const id = await mutate(app.db, req.ctx, (w) => createIssuer(w, req.body, path));
      const created = await issuerById(app.db, id);
      if (!created) throw new Error('issuer vanished');
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/documents',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Sổ văn bản đến và đi',
        querystring: documentsListQuery,
        response: { 200: documentPage, ...errors },
      },
    },
    async (req) => {
      const access = await documentAccessOf(app.db, req);
      let unitPath: string | null = null;
      if (req.query.unitId) {
        const unit = await meetingUnit(app.db, req.query.unitId);
        if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
        unitPath = unit.path;
      }
      return listDocuments(app.db, access, req.query, unitPath);
    },
  );

  app.post(
    '/documents',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Vào sổ văn bản đến, hoặc soạn văn bản đi',
        body: createDocumentBody,
        response: { 201: documentDetail, ...errors },
      },
    },
    async (req, reply) => {
      const access = await documentAccessOf(app.db, req);
      const unit = await meetingUnit(app.db, req.body.ownerUnitId);
      if (!unit || !scopeIncludes(access.read, unit.path))
        throw new AppError(404, 'NOT_FOUND', { field: 'ownerUnitId' });
      if (!scopeIncludes(access.write, unit.path))
        throw new AppError(403, 'FORBIDDEN', { field: 'ownerUnitId' });
      const id = await mutate(app.db, req.ctx, (w) =>
        createDocument(w, req.body, grantPaths(req), todayIso()),
      );
      return reply.status(201).send(await detail(access, id));
    },
  );

  app.get(
    '/documents/next-number',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Số tiếp theo sẽ được cấp (xem trước)',
        querystring: nextNumberQuery,
        response: { 200: nextNumber, ...errors },
      },
    },
    async (req) => {
      const issuer = await resolveIssuer(app.db, { issuerId: req.query.issuerId }, grantPaths(req));
      const unit = issuer.unitId ? await meetingUnit(app.db, issuer.unitId) : null;
      if (unit && !scopeIncludes((await documentAccessOf(app.db, req)).write, unit.path))
        throw new AppError(404, 'NOT_FOUND', { field: 'issuerId' });
      return peekNumber(app.db, {
        issuer,
        type: req.query.type,
        congress: req.query.congress,
        issuedOn: req.query.issuedOn,
      });
    },
  );

  app.get(
    '/documents/numbers',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Sổ cấp số văn bản của một cơ quan ban hành (cả số đã hủy)',
        querystring: numberRegisterQuery,
        response: { 200: numberRegister, ...errors },
      },
    },
    async (req) => numberRegisterOf(app.db, await documentAccessOf(app.db, req), req.query),
  );

  app.get(
    '/documents/:id',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Một văn bản',
        params: idParams,
        response: { 200: documentDetail, ...errors },
      },
    },
    async (req) => detail(await documentAccessOf(app.db, req), req.params.id),
  );

  app.patch(
    '/documents/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Sửa văn bản (văn bản đi: trước khi ban hành)',
        params: idParams,
        body: updateDocumentBody,
        response: { 200: documentDetail, ...errors },
      },
    },
    async (req) =>
      onDocument(req, req.params.id, (w) => updateDocument(w, req.params.id, req.body, grantPaths(req))),
  );

  const transitions = [
    ['approve', 'Duyệt dự thảo', versionBody, (w, id, b) => approveDocument(w, id, b.version)],
    ['issue', 'Ban hành: cấp số theo nhiệm kỳ', issueDocumentBody, (w, id, b) => issueDocument(w, id, b)],
    [
      'withdraw',
      'Thu hồi văn bản đã ban hành (số được giữ, đánh dấu hủy)',
      withdrawDocumentBody,
      (w, id, b) => withdrawDocument(w, id, b.version, b.reason),
    ],
    [
      'expire',
      'Đánh dấu hết hiệu lực',
      expireDocumentBody,
      (w, id, b) => expireDocument(w, id, b.version, b.reason),
    ],
  ] as const satisfies readonly (readonly [
    string,
    string,
    z.ZodType,
    // biome-ignore lint/suspicious/noExplicitAny: each row pairs a body schema with its own handler
    (w: Parameters<Parameters<typeof mutate>[2]>[0], id: string, body: any) => Promise<void>,
  ])[];
  for (const [action, summary, body, run] of transitions) {
    app.post(
      `/documents/:id/${action}`,
      {
        config: { policy: writers },
        schema: { tags, summary, params: idParams, body, response: { 200: documentDetail, ...errors } },
      },
      async (req) => onDocument(req, req.params.id, (w) => run(w, req.params.id, req.body)),
    );
  }

  app.post(
    '/documents/:id/links',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Liên kết: thay thế / thực hiện / hướng dẫn văn bản khác',
        params: idParams,
        body: documentLinkBody,
        response: { 200: documentDetail, ...errors },
      },
    },
    async (req) => {
      const access = await documentAccessOf(app.db, req);
      const from = await checkedDocument(app.db, access, req.params.id, 'write');
      const to = await checkedDocument(app.db, access, req.body.targetId, 'read').catch(() => {
        throw new AppError(404, 'NOT_FOUND', { field: 'targetId' });
      });
      await mutate(app.db, req.ctx, (w) => addLink(w, from, req.body.kind, to));
      return detail(access, req.params.id);
    },
  );

  app.delete(
    '/documents/:id/links/:linkId',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Gỡ một liên kết',
        params: linkParams,
        response: { 200: documentDetail, ...errors },
      },
    },
    async (req) => {
      const access = await documentAccessOf(app.db, req);
      const from = await checkedDocument(app.db, access, req.params.id, 'write');
      await mutate(app.db, req.ctx, (w) => removeLink(w, from, req.params.linkId));
      return detail(access, req.params.id);
    },
  );

  await app.register(documentFileRoutes);
  await app.register(referenceRoutes);
  await app.register(wordRoutes);
};
