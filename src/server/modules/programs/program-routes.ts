import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams, okResult } from '../../../contracts/common';
import {
  createProgramBody,
  createProgramItemBody,
  itemParams,
  linkProgramDocumentBody,
  openDocumentItems,
  openDocumentItemsQuery,
  programDetail,
  programItemStatusBody,
  programList,
  programsQuery,
  updateProgramBody,
  updateProgramItemBody,
} from '../../../contracts/programs';
import { allow } from '../../platform/access/policy';
import { AppError } from '../../platform/errors/app-error';
import { mutate, type Writer } from '../../platform/mutate';
import { todayIso } from '../org/calendar';
import { meetingUnit } from '../org/meeting-units-read';
import { linkDocument, unlinkDocument } from './for-documents';
import {
  checkedItem,
  checkedProgram,
  checkUnitReach,
  type ProgramAccess,
  type ProgramItemRow,
  type ProgramRow,
  programAccessOf,
} from './program-access';
import { addItem, deleteItem, setItemStatus, updateItem } from './program-items';
import { programDetail as detailOf, listPrograms, openDocumentItemsOf } from './program-queries';
import { createProgram, deleteProgram, programHolder, updateProgram } from './program-service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['programs'];
const readers = allow.anyRole;
const writers = allow.roles('admin', 'committee', 'cell_secretary');

export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  const detail = async (access: ProgramAccess, id: string) => {
    const found = await detailOf(app.db, access, id, todayIso());
    if (!found) throw new AppError(404, 'NOT_FOUND');
    return found;
  };
  const readUnit = async (access: ProgramAccess, unitId: string) => {
    const unit = await meetingUnit(app.db, unitId);
    if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
    checkUnitReach(access, unit.path, 'read');
    return unit;
  };
  /** A write on an item: checked (404/403/409) and done in one audited transaction; answers the program. */
  const onItem = async (
    req: Parameters<typeof programAccessOf>[0],
    itemId: string,
    version: number | undefined,
    work: (w: Writer, program: ProgramRow, item: ProgramItemRow) => Promise<unknown>,
  ) => {
    const access = programAccessOf(req);
    const programId = await mutate(app.db, req.ctx, async (w) => {
      const { program, item } = await checkedItem(w.tx, access, itemId, version);
      await work(w, program, item);
      return program.id;
    });
    return detail(access, programId);
  };

  app.get(
    '/programs',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Chương trình làm việc của một tổ chức đảng và các cơ quan của nó',
        querystring: programsQuery,
        response: { 200: programList, ...errors },
      },
    },
    async (req) => {
      const access = programAccessOf(req);
      const unit = await readUnit(access, req.query.unitId);
      return listPrograms(app.db, access, unit, req.query, todayIso());
    },
  );

  app.post(
    '/programs',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Lập chương trình làm việc năm (có thể sao chép từ năm trước)',
        body: createProgramBody,
        response: { 201: programDetail, ...errors },
      },
    },
    async (req, reply) => {
      const access = programAccessOf(req);
      const unit = await meetingUnit(app.db, req.body.unitId);
      if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
      checkUnitReach(access, unit.path, 'write');
      const id = await mutate(app.db, req.ctx, async (w) => {
        const holder = await programHolder(w.tx, req.body.unitId, req.body.bodyId ?? null);
        return createProgram(w, holder.unit, holder.body, req.body);
      });
      return reply.status(201).send(await detail(access, id));
    },
  );

  app.get(
    '/programs/items/open-documents',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Văn bản dự kiến ban hành chưa có văn bản (để chọn khi soạn dự thảo)',
        querystring: openDocumentItemsQuery,
        response: { 200: openDocumentItems, ...errors },
      },
    },
    async (req) => {
      const access = programAccessOf(req);
      const unit = await meetingUnit(app.db, req.query.unitId);
      if (!unit) throw new AppError(404, 'NOT_FOUND', { field: 'unitId' });
      checkUnitReach(access, unit.path, 'write');
      return openDocumentItemsOf(app.db, unit.id, req.query.type);
    },
  );

  app.get(
    '/programs/:id',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Một chương trình làm việc: các nội dung theo tháng, tỷ lệ đúng hạn theo quý',
        params: idParams,
        response: { 200: programDetail, ...errors },
      },
    },
    async (req) => detail(programAccessOf(req), req.params.id),
  );

  app.patch(
    '/programs/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Sửa tên, ghi chú của chương trình',
        params: idParams,
        body: updateProgramBody,
        response: { 200: programDetail, ...errors },
      },
    },
    async (req) => {
      const access = programAccessOf(req);
      await mutate(app.db, req.ctx, async (w) =>
        updateProgram(
          w,
          await checkedProgram(w.tx, access, req.params.id, 'write', req.body.version),
          req.body,
        ),
      );
      return detail(access, req.params.id);
    },
  );

  app.delete(
    '/programs/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Xóa chương trình (khi chưa có nội dung nào hoàn thành)',
        params: idParams,
        response: { 200: okResult, ...errors },
      },
    },
    async (req) => {
      const access = programAccessOf(req);
      await mutate(app.db, req.ctx, async (w) =>
        deleteProgram(w, await checkedProgram(w.tx, access, req.params.id, 'write')),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/programs/:id/items',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Thêm nội dung: văn bản dự kiến ban hành hoặc hoạt động, hạn theo tháng hoặc quý',
        params: idParams,
        body: createProgramItemBody,
        response: { 201: programDetail, ...errors },
      },
    },
    async (req, reply) => {
      const access = programAccessOf(req);
      await mutate(app.db, req.ctx, async (w) =>
        addItem(w, await checkedProgram(w.tx, access, req.params.id, 'write'), req.body),
      );
      return reply.status(201).send(await detail(access, req.params.id));
    },
  );

  app.patch(
    '/programs/items/:itemId',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Sửa một nội dung',
        params: itemParams,
        body: updateProgramItemBody,
        response: { 200: programDetail, ...errors },
      },
    },
    async (req) =>
      onItem(req, req.params.itemId, req.body.version, (w, p, i) => updateItem(w, p, i, req.body)),
  );

  app.delete(
    '/programs/items/:itemId',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Xóa một nội dung (chưa hoàn thành)',
        params: itemParams,
        response: { 200: programDetail, ...errors },
      },
    },
    async (req) => onItem(req, req.params.itemId, undefined, (w, p, i) => deleteItem(w, p, i)),
  );

  app.post(
    '/programs/items/:itemId/status',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Đánh dấu hoàn thành, đang thực hiện, hoặc hủy (có lý do)',
        params: itemParams,
        body: programItemStatusBody,
        response: { 200: programDetail, ...errors },
      },
    },
    async (req) =>
      onItem(req, req.params.itemId, req.body.version, (w, p, i) =>
        setItemStatus(w, p, i, req.body, todayIso()),
      ),
  );

  app.post(
    '/programs/items/:itemId/document',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Gắn văn bản trong sổ văn bản; văn bản đã ban hành thì nội dung hoàn thành',
        params: itemParams,
        body: linkProgramDocumentBody,
        response: { 200: programDetail, ...errors },
      },
    },
    async (req) =>
      onItem(req, req.params.itemId, req.body.version, (w, p, i) =>
        linkDocument(w, p, i, req.body.documentId),
      ),
  );

  app.delete(
    '/programs/items/:itemId/document',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Gỡ văn bản khỏi nội dung',
        params: itemParams,
        response: { 200: programDetail, ...errors },
      },
    },
    async (req) => onItem(req, req.params.itemId, undefined, (w, p, i) => unlinkDocument(w, p, i)),
  );
};
