import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  admissionBoardQuery,
  admissionBoard as admissionBoardSchema,
  admissionCase,
  admissionStepBody,
  nominateBody,
  openCaseBody,
  setTargetBody,
  targetsQuery,
  targetsTable as targetsTableSchema,
} from '../../../contracts/admission';
import { apiError, idParams, okResult } from '../../../contracts/common';
import type { Db } from '../../db/client';
import { scopeFor, scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { personFact } from '../members/for-admission';
import { unitForMembers } from '../members/units-read';
import { memberAccess } from '../members/visibility';
import { todayIso } from '../org/calendar';
import { admissionBoard, findCase, presentCase, targetsTable } from './queries';
import { nominate, openCase, recordStep, setTarget } from './service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['admission'];
/** Candidates' records are for those who read whole member records: every role but `member`. */
const readers = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');
const writers = allow.roles('admin', 'committee', 'cell_secretary');
/** The committee sets the cells' targets; a cell does not set its own. */
const targetSetters = allow.roles('admin', 'committee');

const scopes = (req: FastifyRequest) => {
  const grants = requireAuth(req).grants;
  const readerGrants = grants.filter((g) => g.role !== 'member');
  return {
    read: scopeFor(readerGrants, 'read'),
    write: scopeFor(readerGrants, 'write'),
    targets: scopeFor(
      grants.filter((g) => g.role === 'admin' || g.role === 'committee'),
      'write',
    ),
    /** Whom the user may name as an introducer: any member they see. */
    see: scopeFor(grants, 'read'),
  };
};

/** A unit named in the request: unreadable → 404, readable but not writable → 403, both naming the field. */
async function checkedUnit(db: Db, req: FastifyRequest, unitId: string, write: 'write' | 'targets' | null) {
  const unit = await unitForMembers(db, unitId);
  const s = scopes(req);
  if (!unit || !scopeIncludes(s.read, unit.path)) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  if (write && !scopeIncludes(s[write], unit.path)) throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
  return unit;
}

async function visibleCase(db: Db, req: FastifyRequest, id: string, write: boolean) {
  const found = await findCase(db, id);
  const s = scopes(req);
  if (!found || !scopeIncludes(s.read, found.person.unitPath)) throw new AppError(404, 'NOT_FOUND');
  const canEdit = scopeIncludes(s.write, found.person.unitPath);
  if (write && !canEdit) throw new AppError(403, 'FORBIDDEN');
  return { found, canEdit };
}

export const admissionRoutes: FastifyPluginAsyncZod = async (app) => {
  const presented = async (req: FastifyRequest, id: string) => {
    const { found, canEdit } = await visibleCase(app.db, req, id, false);
    return presentCase(app.db, found, todayIso(), canEdit);
  };

  app.get(
    '/admission/cases',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Bảng theo dõi phát triển đảng viên: hồ sơ đang mở, việc cần làm tiếp, hạn, quá hạn trước',
        querystring: admissionBoardQuery,
        response: { 200: admissionBoardSchema, ...errors },
      },
    },
    async (req) => {
      const unit = req.query.unitId ? await checkedUnit(app.db, req, req.query.unitId, null) : null;
      return admissionBoard(app.db, scopes(req).read, unit?.path ?? null, todayIso());
    },
  );

  app.post(
    '/admission/cases',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Thêm quần chúng ưu tú (vào sổ đảng viên với trạng thái quần chúng ưu tú)',
        body: nominateBody,
        response: { 201: admissionCase, ...errors },
      },
    },
    async (req, reply) => {
      await checkedUnit(app.db, req, req.body.unitId, 'write');
      const access = memberAccess(requireAuth(req));
      const today = todayIso();
      const created = await mutate(app.db, req.ctx, (w) => nominate(w, access, req.body, today));
      return reply.status(201).send(await presented(req, created.id));
    },
  );

  app.post(
    '/admission/cases/open',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Mở hồ sơ cho người đã có trong danh sách với trạng thái quần chúng ưu tú',
        body: openCaseBody,
        response: { 201: admissionCase, ...errors },
      },
    },
    async (req, reply) => {
      const person = await personFact(app.db, req.body.memberId);
      const s = scopes(req);
      if (!person || !scopeIncludes(s.read, person.unitPath))
        throw new AppError(404, 'NOT_FOUND', { field: 'memberId' });
      if (!scopeIncludes(s.write, person.unitPath))
        throw new AppError(403, 'FORBIDDEN', { field: 'memberId' });
      const created = await mutate(app.db, req.ctx, (w) => openCase(w, req.body, todayIso()));
      return reply.status(201).send(await presented(req, created.id));
    },
  );

  app.get(
    '/admission/cases/:id',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Hồ sơ phát triển đảng viên: các bước đã làm, việc tiếp theo và hạn',
        params: idParams,
        response: { 200: admissionCase, ...errors },
      },
    },
    async (req) => presented(req, req.params.id),
  );

  app.post(
    '/admission/cases/:id/steps',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi nhận một bước (có ngày) của hồ sơ phát triển đảng viên',
        params: idParams,
        body: admissionStepBody,
        response: { 200: admissionCase, ...errors },
      },
    },
    async (req) => {
      await visibleCase(app.db, req, req.params.id, true);
      const see = scopes(req).see;
      await mutate(app.db, req.ctx, (w) =>
        recordStep(w, req.params.id, req.body, {
          today: todayIso(),
          canSee: (path) => scopeIncludes(see, path),
        }),
      );
      return presented(req, req.params.id);
    },
  );

  app.get(
    '/admission/targets',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Chỉ tiêu kết nạp đảng viên của các chi bộ trong năm và số đã kết nạp',
        querystring: targetsQuery,
        response: { 200: targetsTableSchema, ...errors },
      },
    },
    async (req) => {
      const unit = await checkedUnit(app.db, req, req.query.unitId, null);
      const setters = scopes(req).targets;
      return targetsTable(app.db, unit, req.query.year, (path) => scopeIncludes(setters, path));
    },
  );

  app.put(
    '/admission/targets',
    {
      config: { policy: targetSetters },
      schema: {
        tags,
        summary: 'Đặt chỉ tiêu kết nạp của một chi bộ cho một năm',
        body: setTargetBody,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      const unit = await checkedUnit(app.db, req, req.body.unitId, 'targets');
      if (unit.kind !== 'cell') throw new AppError(400, 'ADMISSION_NOT_A_CELL', { field: 'unitId' });
      await mutate(app.db, req.ctx, (w) => setTarget(w, req.body, unit.path));
      return { ok: true as const };
    },
  );
};
