import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  badgeLists as badgeListsSchema,
  badgeProposalQuery,
  badgesQuery,
  decisionBody,
  gapBody,
  illnessBody,
  memberLifecycle,
  recordAwardsBody,
  recordedAwards,
  removalProposal,
} from '../../../contracts/lifecycle';
import type { Db } from '../../db/client';
import { scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { requireAuth } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { findMember } from '../members/queries';
import { unitForMembers } from '../members/units-read';
import { canEditMember, type MemberAccess, memberAccess, visibilityOf } from '../members/visibility';
import { todayIso } from '../org/calendar';
import { badgeProposalDocx, badgeProposalXlsx } from './documents';
import {
  badgeListsOf,
  lifecycleOf,
  noRemovalFacts,
  type RemovalFactsProvider,
  removalProposalOf,
} from './queries';
import { addGap, gapById, recordAwards, recordDecision, removeGap, setIllness } from './service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['lifecycle'];
const writers = allow.roles('admin', 'committee', 'cell_secretary');
/** Badge lists are for readers of whole records: every role but the plain member's. */
const badgeReaders = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');

const accessOf = (req: FastifyRequest) => memberAccess(requireAuth(req));

async function readableMember(db: Db, access: MemberAccess, id: string) {
  const row = await findMember(db, id);
  if (!row || visibilityOf(access, row) !== 'full') throw new AppError(404, 'NOT_FOUND');
  return row;
}

/** The member a write is about: invisible → 404, visible but not in the write scope → 403. */
async function writableMember(db: Db, access: MemberAccess, id: string) {
  const row = await findMember(db, id);
  if (!row || !visibilityOf(access, row)) throw new AppError(404, 'NOT_FOUND');
  if (!canEditMember(access, row.unitPath)) throw new AppError(403, 'FORBIDDEN');
  return row;
}

/** The unit of a badge list: outside the whole-record read scope it does not exist (404). */
async function readableUnit(db: Db, req: FastifyRequest, unitId: string) {
  const unit = await unitForMembers(db, unitId);
  if (!unit || !scopeIncludes(accessOf(req).full, unit.path))
    throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  return unit;
}

const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export interface LifecycleRouteOptions {
  removalFacts?: RemovalFactsProvider;
}

export const lifecycleRoutes: FastifyPluginAsyncZod<LifecycleRouteOptions> = async (app, options) => {
  const facts = options.removalFacts ?? noRemovalFacts;
  const view = async (req: FastifyRequest, id: string) => {
    const access = accessOf(req);
    const row = await readableMember(app.db, access, id);
    return lifecycleOf(app.db, row, canEditMember(access, row.unitPath), todayIso());
  };

  app.get(
    '/members/:id/lifecycle',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Tuổi đảng (trừ thời gian gián đoạn), các quyết định, Huy hiệu Đảng của đảng viên',
        params: idParams,
        response: { 200: memberLifecycle, ...errors },
      },
    },
    async (req) => view(req, req.params.id),
  );

  app.post(
    '/members/:id/decisions',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi quyết định miễn sinh hoạt, thôi miễn, xóa tên, khai trừ, từ trần',
        params: idParams,
        body: decisionBody,
        response: { 201: memberLifecycle, ...errors },
      },
    },
    async (req, reply) => {
      await writableMember(app.db, accessOf(req), req.params.id);
      const today = todayIso();
      await mutate(app.db, req.ctx, (w) => recordDecision(w, req.params.id, req.body, today));
      return reply.status(201).send(await view(req, req.params.id));
    },
  );

  app.get(
    '/members/:id/removal-proposal',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Đề nghị xóa tên lập sẵn theo quy định (khi có dữ liệu sinh hoạt và đảng phí)',
        params: idParams,
        response: { 200: removalProposal, ...errors },
      },
    },
    async (req) => {
      const row = await writableMember(app.db, accessOf(req), req.params.id);
      return removalProposalOf(app.db, row, facts, todayIso());
    },
  );

  app.post(
    '/members/:id/party-gaps',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi thời gian gián đoạn sinh hoạt đảng (trừ vào tuổi đảng)',
        params: idParams,
        body: gapBody,
        response: { 201: memberLifecycle, ...errors },
      },
    },
    async (req, reply) => {
      await writableMember(app.db, accessOf(req), req.params.id);
      const today = todayIso();
      await mutate(app.db, req.ctx, (w) => addGap(w, req.params.id, req.body, today));
      return reply.status(201).send(await view(req, req.params.id));
    },
  );

  app.delete(
    '/party-gaps/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Xóa một thời gian gián đoạn đã ghi',
        params: idParams,
        response: { 200: memberLifecycle, ...errors },
      },
    },
    async (req) => {
      const gap = await gapById({ tx: app.db }, req.params.id);
      if (!gap) throw new AppError(404, 'NOT_FOUND');
      await writableMember(app.db, accessOf(req), gap.memberId);
      await mutate(app.db, req.ctx, (w) => removeGap(w, req.params.id));
      return view(req, gap.memberId);
    },
  );

  app.put(
    '/members/:id/illness',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi nhận đảng viên bị bệnh nặng (được xét tặng Huy hiệu Đảng sớm)',
        params: idParams,
        body: illnessBody,
        response: { 200: memberLifecycle, ...errors },
      },
    },
    async (req) => {
      await writableMember(app.db, accessOf(req), req.params.id);
      const today = todayIso();
      await mutate(app.db, req.ctx, (w) => setIllness(w, req.params.id, req.body, today));
      return view(req, req.params.id);
    },
  );

  app.get(
    '/badges',
    {
      config: { policy: badgeReaders },
      schema: {
        tags,
        summary: 'Danh sách đảng viên đủ tuổi đảng nhận Huy hiệu Đảng trong bốn đợt tới',
        querystring: badgesQuery,
        response: { 200: badgeListsSchema, ...errors },
      },
    },
    async (req) => badgeListsOf(app.db, await readableUnit(app.db, req, req.query.unitId), todayIso()),
  );

  app.get(
    '/badges/proposal',
    {
      config: { policy: badgeReaders },
      schema: {
        tags,
        summary: 'Tải danh sách đề nghị tặng Huy hiệu Đảng (.xlsx hoặc .docx)',
        querystring: badgeProposalQuery,
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const unit = await readableUnit(app.db, req, req.query.unitId);
      const today = todayIso();
      const lists = await badgeListsOf(app.db, unit, today);
      const list = lists.awardDates.find((d) => d.awardDate === req.query.awardDate);
      if (!list)
        throw new AppError(400, 'LIFECYCLE_AWARD_DATE', {
          field: 'awardDate',
          params: {
            dates: lists.awardDates.map((d) => d.awardDate.split('-').reverse().join('/')).join(', '),
          },
        });
      const proposal = {
        unitName: unit.name,
        awardDate: list.awardDate,
        entries: list.groups
          .flatMap((g) => g.members)
          .filter((e) => req.query.includeOverdue === 'true' || !e.longOverdue),
        citation: lists.citation,
        place: req.query.place ?? 'Hà Nội',
        today,
      };
      const name = `De-nghi-Huy-hieu-Dang-${list.awardDate}`;
      if (req.query.format === 'xlsx') {
        const file = await badgeProposalXlsx(proposal);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', attachment(`${name}.xlsx`))
          .send(file);
      }
      const file = await badgeProposalDocx(proposal);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(`${name}.docx`))
        .send(file);
    },
  );

  app.post(
    '/badges/awards',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Ghi nhận đảng viên đã được tặng Huy hiệu Đảng',
        body: recordAwardsBody,
        response: { 201: recordedAwards, ...errors },
      },
    },
    async (req, reply) => {
      const access = accessOf(req);
      const found = new Map<string, NonNullable<Awaited<ReturnType<typeof findMember>>>>();
      for (const [index, award] of req.body.awards.entries()) {
        if (found.has(award.memberId)) continue;
        const row = await findMember(app.db, award.memberId);
        if (!row || !visibilityOf(access, row))
          throw new AppError(404, 'NOT_FOUND', { field: `awards.${index}.memberId` });
        if (!canEditMember(access, row.unitPath))
          throw new AppError(403, 'FORBIDDEN', { field: `awards.${index}.memberId` });
        found.set(row.id, row);
      }
      const today = todayIso();
      const recorded = await mutate(app.db, req.ctx, (w) => recordAwards(w, req.body, found, today));
      return reply.status(201).send({ recorded });
    },
  );
};
