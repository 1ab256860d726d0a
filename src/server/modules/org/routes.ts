import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  createUnitBody,
  dissolveUnitBody,
  mergeUnitBody,
  moveUnitBody,
  renameUnitBody,
  unit,
  unitAncestors,
  unitEventPage,
  unitEventsQuery,
  unitPage,
  unitSearchQuery,
  unitSearchResult,
  unitsListQuery,
  updateUnitBody,
} from '../../../contracts/units';
import type { Db } from '../../db/client';
import type { Grant } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { assertUnitAccess, requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { listUnitEvents } from './events-read';
import { dissolveUnit, mergeUnit, moveUnit, renameUnit } from './history';
import { officeRoutes } from './offices-routes';
import { unitCreatorRoles } from './permissions';
import { findUnit, listUnits, presentUnits, readableAncestors } from './queries';
import { errors, tags } from './route-schemas';
import { createUnit, unitPath, updateUnit } from './service';
import { searchUnits } from './unit-search';

/** The unit as the API shows it today; 404 when it does not exist. */
async function presentOne(db: Db, id: string, grants: readonly Grant[]) {
  const found = await findUnit(db, id);
  if (!found) throw new AppError(404, 'NOT_FOUND');
  const [presented] = await presentUnits(db, [found], grants);
  if (!presented) throw new AppError(404, 'NOT_FOUND');
  return presented;
}

/** Write access to the unit a change targets (new parent, successor); the error names that field. */
function assertTargetAccess(req: FastifyRequest, path: string | null, field: string): void {
  try {
    assertUnitAccess(req, path, 'write');
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.statusCode, error.code, { field });
    throw error;
  }
}

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/units',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Danh sách tổ chức đảng (cây hiện tại hoặc tại một ngày)',
        querystring: unitsListQuery,
        response: { 200: unitPage, ...errors },
      },
    },
    async (req) => {
      const { parentId } = req.query;
      if (parentId) assertUnitAccess(req, await unitPath(app.db, parentId), 'read');
      return listUnits(app.db, requireAuth(req).grants, req.query);
    },
  );

  app.get(
    '/units/search',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Tìm tổ chức đảng theo tên (không cần dấu) trong phạm vi được xem',
        querystring: unitSearchQuery,
        response: { 200: unitSearchResult, ...errors },
      },
    },
    async (req) => {
      const { q, within, limit } = req.query;
      let withinPath: string | undefined;
      if (within) {
        const path = await unitPath(app.db, within);
        assertUnitAccess(req, path, 'read');
        withinPath = path ?? undefined;
      }
      return { items: await searchUnits(app.db, requireAuth(req).grants, { q, withinPath, limit }) };
    },
  );

  app.get(
    '/units/:id',
    {
      config: { policy: allow.anyRole },
      schema: { tags, summary: 'Một tổ chức đảng', params: idParams, response: { 200: unit, ...errors } },
    },
    async (req) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'read');
      return presentOne(app.db, req.params.id, requireAuth(req).grants);
    },
  );

  app.get(
    '/units/:id/ancestors',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Các tổ chức cấp trên (đường dẫn)',
        params: idParams,
        response: { 200: unitAncestors, ...errors },
      },
    },
    async (req) => {
      const path = await unitPath(app.db, req.params.id);
      assertUnitAccess(req, path, 'read');
      return { items: await readableAncestors(app.db, requireAuth(req).grants, path as string) };
    },
  );

  app.get(
    '/units/:id/events',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Lịch sử thay đổi của tổ chức',
        params: idParams,
        querystring: unitEventsQuery,
        response: { 200: unitEventPage, ...errors },
      },
    },
    async (req) => {
      const path = await unitPath(app.db, req.params.id);
      assertUnitAccess(req, path, 'read');
      return listUnitEvents(
        app.db,
        requireAuth(req).grants,
        { id: req.params.id, path: path as string },
        req.query,
      );
    },
  );

  app.post(
    '/units',
    {
      config: { policy: allow.roles(...unitCreatorRoles) },
      schema: {
        tags,
        summary: 'Thành lập tổ chức trực thuộc',
        body: createUnitBody,
        response: { 201: unit, ...errors },
      },
    },
    async (req, reply) => {
      assertTargetAccess(req, await unitPath(app.db, req.body.parentId), 'parentId');
      const created = await mutate(app.db, req.ctx, (w) => createUnit(w, req.body));
      return reply.status(201).send(await presentOne(app.db, created.id, requireAuth(req).grants));
    },
  );

  app.patch(
    '/units/:id',
    {
      config: { policy: allow.roles('admin', 'committee', 'cell_secretary') },
      schema: {
        tags,
        summary: 'Sửa lỗi chính tả tên, mã tổ chức (không ghi sự kiện)',
        params: idParams,
        body: updateUnitBody,
        response: { 200: unit, ...errors },
      },
    },
    async (req) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'write');
      await mutate(app.db, req.ctx, (w) => updateUnit(w, req.params.id, req.body));
      return presentOne(app.db, req.params.id, requireAuth(req).grants);
    },
  );

  const restructure = { policy: allow.roles(...unitCreatorRoles) };

  app.post(
    '/units/:id/rename',
    {
      config: restructure,
      schema: {
        tags,
        summary: 'Đổi tên tổ chức theo quyết định',
        params: idParams,
        body: renameUnitBody,
        response: { 200: unit, ...errors },
      },
    },
    async (req) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'write');
      await mutate(app.db, req.ctx, (w) => renameUnit(w, req.params.id, req.body));
      return presentOne(app.db, req.params.id, requireAuth(req).grants);
    },
  );

  app.post(
    '/units/:id/move',
    {
      config: restructure,
      schema: {
        tags,
        summary: 'Chuyển tổ chức sang trực thuộc tổ chức khác',
        params: idParams,
        body: moveUnitBody,
        response: { 200: unit, ...errors },
      },
    },
    async (req) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'write');
      assertTargetAccess(req, await unitPath(app.db, req.body.parentId), 'parentId');
      await mutate(app.db, req.ctx, (w) => moveUnit(w, req.params.id, req.body));
      return presentOne(app.db, req.params.id, requireAuth(req).grants);
    },
  );

  app.post(
    '/units/:id/merge',
    {
      config: restructure,
      schema: {
        tags,
        summary: 'Sáp nhập tổ chức vào tổ chức khác',
        params: idParams,
        body: mergeUnitBody,
        response: { 200: unit, ...errors },
      },
    },
    async (req) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'write');
      assertTargetAccess(req, await unitPath(app.db, req.body.successorId), 'successorId');
      await mutate(app.db, req.ctx, (w) => mergeUnit(w, req.params.id, req.body));
      return presentOne(app.db, req.params.id, requireAuth(req).grants);
    },
  );

  app.post(
    '/units/:id/dissolve',
    {
      config: restructure,
      schema: {
        tags,
        summary: 'Giải thể tổ chức',
        params: idParams,
        body: dissolveUnitBody,
        response: { 200: unit, ...errors },
      },
    },
    async (req) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'write');
      await mutate(app.db, req.ctx, (w) => dissolveUnit(w, req.params.id, req.body));
      return presentOne(app.db, req.params.id, requireAuth(req).grants);
    },
  );

  await app.register(officeRoutes);
};
