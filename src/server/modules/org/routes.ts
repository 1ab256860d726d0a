import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams } from '../../../contracts/common';
import { createUnitBody, unit, unitPage, unitsListQuery, updateUnitBody } from '../../../contracts/units';
import { allow } from '../../platform/access/policy';
import { assertUnitAccess, requireAuth } from '../../platform/access/request';
import { mutate } from '../../platform/mutate';
import { unitCreatorRoles } from './permissions';
import { findUnit, listUnits, presentUnit } from './queries';
import { createUnit, unitPath, updateUnit } from './service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['org'];

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/units',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Danh sách tổ chức đảng',
        querystring: unitsListQuery,
        response: { 200: unitPage, ...errors },
      },
    },
    async (req) => {
      const { parentId, limit, cursor } = req.query;
      if (parentId) assertUnitAccess(req, await unitPath(app.db, parentId), 'read');
      return listUnits(app.db, requireAuth(req).grants, { parentId, limit, cursor });
    },
  );

  app.get(
    '/units/:id',
    {
      config: { policy: allow.anyRole },
      schema: { tags, summary: 'Một tổ chức đảng', params: idParams, response: { 200: unit, ...errors } },
    },
    async (req) => {
      const found = await findUnit(app.db, req.params.id);
      assertUnitAccess(req, found?.path, 'read');
      return presentUnit(found as NonNullable<typeof found>, requireAuth(req).grants);
    },
  );

  app.post(
    '/units',
    {
      config: { policy: allow.roles(...unitCreatorRoles) },
      schema: {
        tags,
        summary: 'Tạo tổ chức trực thuộc',
        body: createUnitBody,
        response: { 201: unit, ...errors },
      },
    },
    async (req, reply) => {
      assertUnitAccess(req, await unitPath(app.db, req.body.parentId), 'write');
      const created = await mutate(app.db, req.ctx, (w) => createUnit(w, req.body));
      const found = await findUnit(app.db, created.id);
      return reply.status(201).send(presentUnit(found as NonNullable<typeof found>, requireAuth(req).grants));
    },
  );

  app.patch(
    '/units/:id',
    {
      config: { policy: allow.roles('admin', 'committee', 'cell_secretary') },
      schema: {
        tags,
        summary: 'Sửa tên, mã tổ chức',
        params: idParams,
        body: updateUnitBody,
        response: { 200: unit, ...errors },
      },
    },
    async (req) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'write');
      await mutate(app.db, req.ctx, (w) => updateUnit(w, req.params.id, req.body));
      const found = await findUnit(app.db, req.params.id);
      return presentUnit(found as NonNullable<typeof found>, requireAuth(req).grants);
    },
  );
};
