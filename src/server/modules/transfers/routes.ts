import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  cancelTransferBody,
  destinations,
  destinationsQuery,
  incomingTransferBody,
  issueTransferBody,
  receiveTransferBody,
  startTransferBody,
  transfer,
  transferPage,
  transfersListQuery,
} from '../../../contracts/transfers';
import type { Db } from '../../db/client';
import { scopeFor, scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { attachment } from '../../platform/http/attachment';
import { mutate } from '../../platform/mutate';
import { findMember } from '../members/queries';
import { memberAccess } from '../members/visibility';
import { todayIso } from '../org/calendar';
import { transferLetter } from './letter';
import {
  actingPath,
  canRead,
  findTransfer,
  listTransfers,
  presentTransfer,
  type TransferAccess,
} from './queries';
import { cancelTransfer, issueTransfer, receiveTransfer, recordIncoming, startTransfer } from './service';
import { destinationUnits, transferUnit } from './units-read';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['transfers'];
/** Transfers are the business of cell secretaries and committees; members and viewers do not see them. */
const readers = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');
const writers = allow.roles('admin', 'committee', 'cell_secretary');

function accessOf(req: FastifyRequest): TransferAccess {
  const grants = requireAuth(req).grants.filter((g) => g.role !== 'member');
  return { read: scopeFor(grants, 'read'), write: scopeFor(grants, 'write') };
}

/** A unit named in the request: outside the read scope 404, readable but not writable 403, naming the field. */
async function checkedUnit(db: Db, access: TransferAccess, id: string, field: string, write: boolean) {
  const unit = await transferUnit(db, id);
  if (!unit || !scopeIncludes(access.read, unit.path)) throw new AppError(404, 'NOT_FOUND', { field });
  if (write && !scopeIncludes(access.write, unit.path)) throw new AppError(403, 'FORBIDDEN', { field });
  return unit;
}

/** The transfer a request is about: unseen → 404; seen but not the user's to act on → 403. */
async function checkedTransfer(
  db: Db,
  access: TransferAccess,
  id: string,
  action?: 'issue' | 'receive' | 'cancel',
) {
  const row = await findTransfer(db, id);
  if (!row || !canRead(access, row)) throw new AppError(404, 'NOT_FOUND');
  if (action) {
    const path = actingPath(row, action);
    if (!path || !scopeIncludes(access.write, path)) throw new AppError(403, 'FORBIDDEN');
  }
  return row;
}

export const transferRoutes: FastifyPluginAsyncZod = async (app) => {
  const present = async (access: TransferAccess, id: string) => {
    const row = await findTransfer(app.db, id);
    if (!row) throw new AppError(404, 'NOT_FOUND');
    return presentTransfer(row, access, todayIso());
  };

  app.get(
    '/transfers',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Chuyển sinh hoạt đảng: chuyển đi, chờ tiếp nhận, sinh hoạt tạm thời, đã xong',
        querystring: transfersListQuery,
        response: { 200: transferPage, ...errors },
      },
    },
    async (req) => {
      const access = accessOf(req);
      const unitPath = req.query.unitId
        ? (await checkedUnit(app.db, access, req.query.unitId, 'unitId', false)).path
        : null;
      return listTransfers(app.db, access, req.query, unitPath, todayIso());
    },
  );

  app.get(
    '/transfers/destinations',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Tổ chức đảng có thể chuyển đến (tìm theo tên)',
        querystring: destinationsQuery,
        response: { 200: destinations, ...errors },
      },
    },
    async (req) => ({ items: await destinationUnits(app.db, req.query.q) }),
  );

  app.get(
    '/transfers/:id',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Một lần chuyển sinh hoạt đảng',
        params: idParams,
        response: { 200: transfer, ...errors },
      },
    },
    async (req) => {
      const access = accessOf(req);
      return presentTransfer(await checkedTransfer(app.db, access, req.params.id), access, todayIso());
    },
  );

  app.get(
    '/transfers/:id/letter.docx',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Giấy giới thiệu sinh hoạt đảng (.docx)',
        params: idParams,
        // The file is binary: no 200 schema (Fastify sends a Buffer as it is, without a serializer).
        response: errors,
      },
    },
    async (req, reply) => {
      const access = accessOf(req);
      const row = await checkedTransfer(app.db, access, req.params.id);
      const { file, name } = await transferLetter(app.db, row);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(name))
        .send(file as never);
    },
  );

  app.post(
    '/transfers',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Bắt đầu chuyển sinh hoạt đảng của một đảng viên',
        body: startTransferBody,
        response: { 201: transfer, ...errors },
      },
    },
    async (req, reply) => {
      const access = accessOf(req);
      const member = await findMember(app.db, req.body.memberId);
      if (!member || !scopeIncludes(access.read, member.unitPath))
        throw new AppError(404, 'NOT_FOUND', { field: 'memberId' });
      if (!scopeIncludes(access.write, member.unitPath))
        throw new AppError(403, 'FORBIDDEN', { field: 'memberId' });
      const created = await mutate(app.db, req.ctx, (w) => startTransfer(w, req.body));
      return reply.status(201).send(await present(access, created.id));
    },
  );

  app.post(
    '/transfers/incoming',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi nhận giấy giới thiệu của đảng viên chuyển đến từ ngoài hệ thống',
        body: incomingTransferBody,
        response: { 201: transfer, ...errors },
      },
    },
    async (req, reply) => {
      const access = accessOf(req);
      await checkedUnit(app.db, access, req.body.toUnitId, 'toUnitId', true);
      const created = await mutate(app.db, req.ctx, (w) => recordIncoming(w, req.body, todayIso()));
      return reply.status(201).send(await present(access, created.id));
    },
  );

  app.post(
    '/transfers/:id/issue',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Cấp giấy giới thiệu sinh hoạt đảng',
        params: idParams,
        body: issueTransferBody,
        response: { 200: transfer, ...errors },
      },
    },
    async (req) => {
      const access = accessOf(req);
      await checkedTransfer(app.db, access, req.params.id, 'issue');
      await mutate(app.db, req.ctx, (w) => issueTransfer(w, req.params.id, req.body, todayIso()));
      return present(access, req.params.id);
    },
  );

  app.post(
    '/transfers/:id/receive',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Tiếp nhận đảng viên (hoặc ghi nhận đã chuyển xong ra ngoài hệ thống)',
        params: idParams,
        body: receiveTransferBody,
        response: { 200: transfer, ...errors },
      },
    },
    async (req) => {
      const access = accessOf(req);
      await checkedTransfer(app.db, access, req.params.id, 'receive');
      const members = memberAccess(requireAuth(req));
      await mutate(app.db, req.ctx, (w) => receiveTransfer(w, members, req.params.id, req.body, todayIso()));
      return present(access, req.params.id);
    },
  );

  app.post(
    '/transfers/:id/cancel',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Hủy việc chuyển sinh hoạt đảng',
        params: idParams,
        body: cancelTransferBody,
        response: { 200: transfer, ...errors },
      },
    },
    async (req) => {
      const access = accessOf(req);
      await checkedTransfer(app.db, access, req.params.id, 'cancel');
      await mutate(app.db, req.ctx, (w) => cancelTransfer(w, req.params.id, req.body));
      return present(access, req.params.id);
    },
  );
};
