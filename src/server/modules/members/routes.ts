import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  createMemberBody,
  member,
  memberFacets,
  memberFilters,
  memberHistory as memberHistorySchema,
  memberPage,
  memberStatistics as memberStatisticsSchema,
  membersListQuery,
  memberView,
  moveMemberBody,
  statisticsQuery,
  statusEventBody,
  updateMemberBody,
} from '../../../contracts/members';
import type { Db } from '../../db/client';
import { scopeFor, scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { partyAgeYearsOf } from '../lifecycle/party-age-read';
import { todayIso } from '../org/calendar';
import { currentPositionsOf } from '../org/positions-read';
import { memberFacetCounts } from './facets';
import type { FilterContext } from './filters-sql';
import { memberHistory } from './history';
import { findMember, listMembers, presentMember, viewMember } from './queries';
import { addStatusEvent, createMember, moveMember, updateMember } from './service';
import { memberStatistics } from './statistics';
import { unitForMembers } from './units-read';
import { canEditMember, type MemberAccess, memberAccess, visibilityOf } from './visibility';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['members'];
const writers = allow.roles('admin', 'committee', 'cell_secretary');

const accessOf = (req: FastifyRequest) => memberAccess(requireAuth(req));

/**
 * A unit named in the request: outside what the user reads it does not exist (404), readable but not
 * writable is 403 — both naming the field.
 */
async function checkedUnit(db: Db, req: FastifyRequest, unitId: string, action: 'read' | 'write') {
  const unit = await unitForMembers(db, unitId);
  const grants = requireAuth(req).grants;
  if (!unit || !scopeIncludes(scopeFor(grants, 'read'), unit.path))
    throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  if (action === 'write' && !scopeIncludes(scopeFor(grants, 'write'), unit.path))
    throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
  return unit;
}

/** The member a write is about: invisible → 404, visible but not in the write scope → 403. */
async function writableMember(db: Db, access: MemberAccess, id: string) {
  const row = await findMember(db, id);
  if (!row || !visibilityOf(access, row)) throw new AppError(404, 'NOT_FOUND');
  if (!canEditMember(access, row.unitPath)) throw new AppError(403, 'FORBIDDEN');
  return row;
}

async function presented(db: Db, access: MemberAccess, id: string, today: string) {
  const row = await findMember(db, id);
  if (!row) throw new AppError(404, 'NOT_FOUND');
  const positions = (await currentPositionsOf(db, [id], today)).get(id) ?? [];
  return presentMember(row, access, positions, await partyAgeYearsOf(db, row, today));
}

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const filterContext = async (req: FastifyRequest, unitId: string | undefined): Promise<FilterContext> => ({
    access: accessOf(req),
    unitPath: unitId ? (await checkedUnit(app.db, req, unitId, 'read')).path : null,
    today: todayIso(),
  });

  app.get(
    '/members',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Danh sách đảng viên (tìm kiếm, lọc, theo thứ tự tên tiếng Việt)',
        querystring: membersListQuery,
        response: { 200: memberPage, ...errors },
      },
    },
    async (req) => listMembers(app.db, await filterContext(req, req.query.unitId), req.query),
  );

  app.get(
    '/members/facets',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Số đảng viên theo từng giá trị của mỗi bộ lọc',
        querystring: memberFilters,
        response: { 200: memberFacets, ...errors },
      },
    },
    async (req) => memberFacetCounts(app.db, req.query, await filterContext(req, req.query.unitId)),
  );

  app.get(
    '/members/statistics',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Thống kê đảng viên của một tổ chức và các tổ chức trực thuộc',
        querystring: statisticsQuery,
        response: { 200: memberStatisticsSchema, ...errors },
      },
    },
    async (req) => {
      const unit = await checkedUnit(app.db, req, req.query.unitId, 'read');
      // Figures by sex, age, ethnicity … are for those who read whole records, not the member role.
      if (!scopeIncludes(accessOf(req).full, unit.path))
        throw new AppError(403, 'FORBIDDEN', { field: 'unitId' });
      return memberStatistics(app.db, unit, { asOf: req.query.asOf, today: todayIso() });
    },
  );

  app.get(
    '/members/:id',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Hồ sơ đảng viên',
        params: idParams,
        response: { 200: memberView, ...errors },
      },
    },
    async (req) => viewMember(app.db, accessOf(req), req.params.id, todayIso()),
  );

  app.get(
    '/members/:id/history',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Lịch sử của đảng viên: trạng thái, nơi sinh hoạt, chức vụ, chỉnh sửa',
        params: idParams,
        response: { 200: memberHistorySchema, ...errors },
      },
    },
    async (req) => {
      const row = await findMember(app.db, req.params.id);
      if (!row || visibilityOf(accessOf(req), row) !== 'full') throw new AppError(404, 'NOT_FOUND');
      return memberHistory(app.db, row.id);
    },
  );

  app.post(
    '/members',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Thêm đảng viên',
        body: createMemberBody,
        response: { 201: member, ...errors },
      },
    },
    async (req, reply) => {
      await checkedUnit(app.db, req, req.body.unitId, 'write');
      const access = accessOf(req);
      const today = todayIso();
      const created = await mutate(app.db, req.ctx, (w) => createMember(w, access, req.body, today));
      return reply.status(201).send(await presented(app.db, access, created.id, today));
    },
  );

  app.patch(
    '/members/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Sửa hồ sơ đảng viên',
        params: idParams,
        body: updateMemberBody,
        response: { 200: member, ...errors },
      },
    },
    async (req) => {
      const access = accessOf(req);
      await writableMember(app.db, access, req.params.id);
      const today = todayIso();
      await mutate(app.db, req.ctx, (w) => updateMember(w, access, req.params.id, req.body, today));
      return presented(app.db, access, req.params.id, today);
    },
  );

  app.post(
    '/members/:id/status-events',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi nhận thay đổi trạng thái (có ngày hiệu lực)',
        params: idParams,
        body: statusEventBody,
        response: { 201: member, ...errors },
      },
    },
    async (req, reply) => {
      const access = accessOf(req);
      await writableMember(app.db, access, req.params.id);
      const today = todayIso();
      await mutate(app.db, req.ctx, (w) => addStatusEvent(w, req.params.id, req.body, today));
      return reply.status(201).send(await presented(app.db, access, req.params.id, today));
    },
  );

  app.post(
    '/members/:id/move',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Chuyển đảng viên sang tổ chức khác',
        params: idParams,
        body: moveMemberBody,
        response: { 200: member, ...errors },
      },
    },
    async (req) => {
      const access = accessOf(req);
      await writableMember(app.db, access, req.params.id);
      await checkedUnit(app.db, req, req.body.unitId, 'write');
      const today = todayIso();
      await mutate(app.db, req.ctx, (w) => moveMember(w, req.params.id, req.body, today));
      return presented(app.db, access, req.params.id, today);
    },
  );
};
