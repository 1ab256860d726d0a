import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  body,
  createBodyBody,
  createPositionBody,
  createTermBody,
  endPositionBody,
  position,
  term,
  unitOffices as unitOfficesShape,
} from '../../../contracts/units';
import { allow } from '../../platform/access/policy';
import { assertUnitAccess } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { createBody, createPosition, createTerm, endPosition } from './offices';
import { findPosition, positionUnitPath, presentTerm, unitOffices } from './offices-read';
import { findUnit } from './queries';
import { errors, tags } from './route-schemas';
import { unitPath } from './service';

/** A cell secretary manages the offices of their own cell; committees those of their whole subtree. */
const officeManagers = allow.roles('admin', 'committee', 'cell_secretary');

export const officeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/units/:id/offices',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Các cơ quan, người giữ chức vụ và nhiệm kỳ của tổ chức',
        params: idParams,
        response: { 200: unitOfficesShape, ...errors },
      },
    },
    async (req) => {
      const found = await findUnit(app.db, req.params.id);
      assertUnitAccess(req, found?.currentPath, 'read');
      return unitOffices(app.db, found as NonNullable<typeof found>);
    },
  );

  app.post(
    '/units/:id/terms',
    {
      config: { policy: officeManagers },
      schema: {
        tags,
        summary: 'Ghi nhận nhiệm kỳ',
        params: idParams,
        body: createTermBody,
        response: { 201: term, ...errors },
      },
    },
    async (req, reply) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'write');
      const created = await mutate(app.db, req.ctx, (w) => createTerm(w, req.params.id, req.body));
      return reply.status(201).send(presentTerm(created));
    },
  );

  app.post(
    '/units/:id/bodies',
    {
      config: { policy: officeManagers },
      schema: {
        tags,
        summary: 'Thêm cơ quan (Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra, Chi ủy, ban tham mưu)',
        params: idParams,
        body: createBodyBody,
        response: { 201: body, ...errors },
      },
    },
    async (req, reply) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'write');
      const { createdAt: _c, ...created } = await mutate(app.db, req.ctx, (w) =>
        createBody(w, req.params.id, req.body),
      );
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/units/:id/positions',
    {
      config: { policy: officeManagers },
      schema: {
        tags,
        summary: 'Giao chức vụ cho đảng viên',
        params: idParams,
        body: createPositionBody,
        response: { 201: position, ...errors },
      },
    },
    async (req, reply) => {
      assertUnitAccess(req, await unitPath(app.db, req.params.id), 'write');
      const created = await mutate(app.db, req.ctx, (w) => createPosition(w, req.params.id, req.body));
      const found = await findPosition(app.db, created.id);
      if (!found) throw new AppError(404, 'NOT_FOUND');
      return reply.status(201).send(found);
    },
  );

  app.post(
    '/positions/:id/end',
    {
      config: { policy: officeManagers },
      schema: {
        tags,
        summary: 'Kết thúc chức vụ',
        params: idParams,
        body: endPositionBody,
        response: { 200: position, ...errors },
      },
    },
    async (req) => {
      const path = await positionUnitPath(app.db, req.params.id);
      assertUnitAccess(req, path, 'write');
      await mutate(app.db, req.ctx, (w) => endPosition(w, req.params.id, path as string, req.body));
      const found = await findPosition(app.db, req.params.id);
      if (!found) throw new AppError(404, 'NOT_FOUND');
      return found;
    },
  );
};
