import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  classifyPetitionBody,
  createPetitionBody,
  forwardPetitionBody,
  petitionAddressees,
  petitionAddresseesQuery,
  petitionAnswerBody,
  petitionDetail,
  petitionPage,
  petitionRegisterStats,
  petitionStatsQuery,
  petitionsQuery,
  replyPetitionBody,
} from '../../../contracts/petitions';
import { scopeIncludes } from '../../platform/access/grants';
import { allow } from '../../platform/access/policy';
import { scopeOf } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate, type Writer } from '../../platform/mutate';
import { ancestorsOf, petitionUnit } from '../org/for-petitions';
import { checkedPetition, type PetitionAccess, type PetitionRow, petitionAccessOf } from './petition-access';
import { petitionDetail as detailOf, listPetitions, petitionStats } from './petition-queries';
import { sendingPlace } from './petition-sender';
import {
  classifyPetition,
  createPetition,
  forwardPetition,
  recordPetitionAnswer,
  replyToPetition,
} from './petition-service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['petitions'];
/**
 * Every role: a plain member sends petitions in their own name and follows them. Who may see or handle which
 * petition is checked in the handlers (and in SQL for lists).
 */
const everyone = allow.anyRole;

/** A unit whose register the user reads (roles other than `member`), else 404 naming the field. */
async function registerUnit(app: Parameters<FastifyPluginAsyncZod>[0], access: PetitionAccess, id: string) {
  const unit = await petitionUnit(app.db, id);
  if (!unit || !scopeIncludes(access.read, unit.path))
    throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
  return unit;
}

/** Petitions and recommendations (đề xuất, kiến nghị) sent upward by cells and members. */
export const petitionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/petitions',
    {
      config: { policy: everyone },
      schema: {
        tags,
        summary: 'Gửi đề xuất, kiến nghị lên cấp ủy cấp trên',
        description:
          'Đảng viên gửi với danh nghĩa cá nhân từ chi bộ của mình (asMember), hoặc cấp ủy chi bộ gửi với danh nghĩa chi bộ.',
        body: createPetitionBody,
        response: { 201: petitionDetail, ...errors },
      },
    },
    async (req, reply) => {
      const access = await petitionAccessOf(app.db, req);
      const body = req.body;
      const { from, memberId, senderName } = await sendingPlace(app.db, req, access, body);
      const to = await petitionUnit(app.db, body.toUnitId);
      if (!to)
        throw new AppError(400, 'PETITION_NOT_SUPERIOR', { field: 'toUnitId', params: { unit: from.name } });
      const id = await mutate(app.db, req.ctx, (w) =>
        createPetition(w, { body, from, to, memberId, senderName }, app.config.publicUrl),
      );
      reply.code(201);
      return detailOf(app.db, access, id);
    },
  );

  app.get(
    '/petitions',
    {
      config: { policy: everyone },
      schema: {
        tags,
        summary: 'Sổ theo dõi đề xuất, kiến nghị của cấp ủy, hoặc đề xuất, kiến nghị của tôi',
        querystring: petitionsQuery,
        response: { 200: petitionPage, ...errors },
      },
    },
    async (req) => {
      const access = await petitionAccessOf(app.db, req);
      const under = req.query.unitId ? (await registerUnit(app, access, req.query.unitId)).path : null;
      return listPetitions(app.db, access, req.query, under);
    },
  );

  app.get(
    '/petitions/stats',
    {
      config: { policy: everyone },
      schema: {
        tags,
        summary: 'Số đề xuất, kiến nghị theo trạng thái và theo thời gian chưa giải quyết',
        querystring: petitionStatsQuery,
        response: { 200: petitionRegisterStats, ...errors },
      },
    },
    async (req) => {
      const access = await petitionAccessOf(app.db, req);
      const unit = await registerUnit(app, access, req.query.unitId);
      return petitionStats(app.db, access, unit.path);
    },
  );

  app.get(
    '/petitions/addressees',
    {
      config: { policy: everyone },
      schema: {
        tags,
        summary: 'Các cấp ủy cấp trên mà một tổ chức đảng gửi đề xuất, kiến nghị tới',
        querystring: petitionAddresseesQuery,
        response: { 200: petitionAddressees, ...errors },
      },
    },
    async (req) => {
      const from = await petitionUnit(app.db, req.query.fromUnitId);
      if (!from || !scopeIncludes(scopeOf(req, 'read'), from.path))
        throw new AppError(404, 'NOT_FOUND', { field: 'fromUnitId' });
      return { items: await ancestorsOf(app.db, from.path) };
    },
  );

  app.get(
    '/petitions/:id',
    {
      config: { policy: everyone },
      schema: {
        tags,
        summary: 'Một đề xuất, kiến nghị và quá trình giải quyết',
        params: idParams,
        response: { 200: petitionDetail, ...errors },
      },
    },
    async (req) => detailOf(app.db, await petitionAccessOf(app.db, req), req.params.id),
  );

  /** A handling step of the addressed committee: checked, applied in one audited transaction, detail back. */
  const step = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    apply: (w: Writer, row: PetitionRow, input: z.infer<B>, publicUrl: string) => Promise<unknown>,
    description?: string,
  ) =>
    app.post(
      `/petitions/:id/${path}`,
      {
        config: { policy: everyone },
        schema: {
          tags,
          summary,
          description,
          params: idParams,
          body,
          response: { 200: petitionDetail, ...errors },
        },
      },
      async (req) => {
        const access = await petitionAccessOf(app.db, req);
        await mutate(app.db, req.ctx, async (w) =>
          apply(
            w,
            await checkedPetition(w.tx, access, req.params.id, 'handle'),
            req.body as z.infer<B>,
            app.config.publicUrl,
          ),
        );
        return detailOf(app.db, access, req.params.id);
      },
    );

  step(
    'classify',
    'Phân loại đề xuất, kiến nghị theo thẩm quyền',
    classifyPetitionBody,
    classifyPetition,
    'Thuộc thẩm quyền: cấp ủy giải quyết. Vượt thẩm quyền: chờ chuyển lên cấp trên.',
  );
  step(
    'forward',
    'Chuyển đề xuất, kiến nghị vượt thẩm quyền lên cấp trên',
    forwardPetitionBody,
    forwardPetition,
  );
  step('answer', 'Ghi nhận ý kiến trả lời của cấp trên', petitionAnswerBody, recordPetitionAnswer);
  step('reply', 'Trả lời nơi gửi đề xuất, kiến nghị (kết thúc)', replyPetitionBody, replyToPetition);
};
