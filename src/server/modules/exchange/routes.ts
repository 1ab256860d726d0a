import { PassThrough } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  exportQuery,
  importRowsPage,
  importRowsQuery,
  importStarted,
  importSummary as importSummarySchema,
  importUploadQuery,
  MAX_IMPORT_BYTES,
  mappingBody,
  memberSources,
  XLSX_CONTENT_TYPE,
} from '../../../contracts/exchange';
import type { Db } from '../../db/client';
import { scopeFor, scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { findMember } from '../members/queries';
import { unitForMembers } from '../members/units-read';
import { memberAccess, visibilityOf } from '../members/visibility';
import { todayIso } from '../org/calendar';
import { writeMemberWorkbook } from './export';
import {
  acceptImport,
  cancelImport,
  type Importer,
  importRows,
  importSummary,
  memberSourcesOf,
  ownImport,
  remapImport,
  startImport,
} from './service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError, 413: apiError };
const tags = ['exchange'];
const writers = allow.roles('admin', 'committee', 'cell_secretary');
/** Roles that read whole records (the `member` role sees cell-mates as a summary only). */
const readers = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');

/** Content types an upload may arrive with; the bytes decide what it is. */
const uploadTypes = [XLSX_CONTENT_TYPE, 'application/vnd.ms-excel', 'application/octet-stream'];
const megabytes = `${Math.round(MAX_IMPORT_BYTES / 1024 / 1024)} MB`;

async function checkedUnit(db: Db, req: FastifyRequest, unitId: string, action: 'read' | 'write') {
  const unit = await unitForMembers(db, unitId);
  const grants = requireAuth(req).grants;
  if (!unit || !scopeIncludes(scopeFor(grants, 'read'), unit.path))
    throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  if (action === 'write' && !scopeIncludes(scopeFor(grants, 'write'), unit.path))
    throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
  return unit;
}

/** `Member list.xlsx` → an ASCII fallback and the UTF-8 name for Content-Disposition. */
const disposition = (name: string) =>
  `attachment; filename="${name
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    uploadTypes,
    { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
    (_req, body, done) => done(null, body),
  );

  const importerOf = (req: FastifyRequest): Importer => {
    const auth = requireAuth(req);
    return {
      db: app.db,
      log: req.log,
      ctx: req.ctx,
      access: memberAccess(auth),
      userId: auth.user.id,
      today: todayIso(),
    };
  };

  app.post(
    '/exchange/imports',
    {
      config: { policy: writers },
      bodyLimit: MAX_IMPORT_BYTES,
      onRequest: async (req) => {
        const length = Number(req.headers['content-length'] ?? 0);
        if (length > MAX_IMPORT_BYTES)
          throw new AppError(413, 'EXCHANGE_FILE_TOO_LARGE', { field: 'file', params: { max: megabytes } });
      },
      schema: {
        tags,
        summary: 'Tải lên tệp Excel danh sách đảng viên để kiểm tra trước khi nhập',
        description: `Nội dung yêu cầu là chính tệp .xlsx (Content-Type ${XLSX_CONTENT_TYPE}), tối đa ${megabytes}.`,
        querystring: importUploadQuery,
        response: { 202: importStarted, ...errors },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError(415, 'EXCHANGE_UPLOAD_TYPE', { field: 'file' });
      const unit = await checkedUnit(app.db, req, req.query.unitId, 'write');
      if (unit.dissolvedOn) throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
      const started = await startImport(importerOf(req), unit, req.query.fileName, req.body);
      return reply.status(202).send(started);
    },
  );

  app.get(
    '/exchange/imports/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Tình trạng và kết quả kiểm tra của một lần nhập',
        params: idParams,
        response: { 200: importSummarySchema, ...errors },
      },
    },
    async (req) => importSummary(app.db, await ownImport(app.db, importerOf(req), req.params.id)),
  );

  app.get(
    '/exchange/imports/:id/rows',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Các dòng của tệp: dòng lỗi (số dòng, cột, lý do), dòng cập nhật (thay đổi từng trường)',
        params: idParams,
        querystring: importRowsQuery,
        response: { 200: importRowsPage, ...errors },
      },
    },
    async (req) => importRows(app.db, await ownImport(app.db, importerOf(req), req.params.id), req.query),
  );

  app.put(
    '/exchange/imports/:id/mapping',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghép các cột của tệp với các cột của danh sách, rồi kiểm tra lại',
        params: idParams,
        body: mappingBody,
        response: { 202: importStarted, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(202)
        .send(await remapImport(importerOf(req), req.params.id, req.body.mapping, req.body.save)),
  );

  app.post(
    '/exchange/imports/:id/accept',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Nhập các dòng hợp lệ vào hồ sơ (một giao dịch)',
        params: idParams,
        response: { 200: importSummarySchema, ...errors },
      },
    },
    async (req) => acceptImport(app.db, req.ctx, importerOf(req), req.params.id),
  );

  app.post(
    '/exchange/imports/:id/cancel',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Hủy lần nhập (không ghi gì vào hồ sơ)',
        params: idParams,
        response: { 200: importSummarySchema, ...errors },
      },
    },
    async (req) => cancelImport(app.db, req.ctx, importerOf(req), req.params.id),
  );

  app.get(
    '/exchange/members/:id/sources',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Nguồn của các trường trong hồ sơ đảng viên (lần nhập từ Excel nào, tệp, dòng, thời gian)',
        params: idParams,
        response: { 200: memberSources, ...errors },
      },
    },
    async (req) => {
      const row = await findMember(app.db, req.params.id);
      if (!row || visibilityOf(memberAccess(requireAuth(req)), row) !== 'full')
        throw new AppError(404, 'NOT_FOUND');
      return memberSourcesOf(app.db, row.id);
    },
  );

  app.get(
    '/exchange/export',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Xuất danh sách đảng viên (theo bộ lọc) ra tệp Excel',
        querystring: exportQuery,
        produces: [XLSX_CONTENT_TYPE],
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (req, reply) => {
      const { columns, ...filters } = req.query;
      const unitPath = filters.unitId ? (await checkedUnit(app.db, req, filters.unitId, 'read')).path : null;
      const context = { access: memberAccess(requireAuth(req)), unitPath, today: todayIso() };
      const out = new PassThrough();
      void writeMemberWorkbook(app.db, filters, context, columns, out).catch((error: unknown) => {
        req.log.error({ err: error }, 'export failed');
        out.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', disposition(`Danh sách đảng viên ${context.today}.xlsx`))
        .header('cache-control', 'no-store')
        .send(out);
    },
  );
};
