import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  closeTaskBody,
  createTaskBody,
  myTasks as myTasksResponse,
  reopenTaskBody,
  taskBoardQuery,
  taskBoard as taskBoardResponse,
  taskDetail as taskDetailResponse,
  taskListQuery,
  taskPage,
  taskProgressBody,
  updateTaskBody,
} from '../../../contracts/tasks';
import { allow } from '../../platform/access/policy';
import { assertUnitAccess } from '../../platform/access/request';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { todayIso } from '../org/calendar';
import { meetingUnit } from '../org/meeting-units-read';
import { taskAccessOf } from './task-access';
import { taskFileRoutes } from './task-file-routes';
import { listTasks, myTasks, taskBoard, taskDetail } from './task-queries';
import { closeTask, reopenTask, reportProgress } from './task-reports';
import { createTask, updateTask } from './task-service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['tasks'];
const writers = allow.roles('admin', 'committee', 'cell_secretary');

/** Tasks from conclusions: board, lists, the task page, progress reports, closing and reopening. */
export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  const env = () => ({ today: todayIso(), publicUrl: app.config.publicUrl });
  const readableUnit = async (req: Parameters<typeof assertUnitAccess>[0], unitId: string) => {
    const unit = await meetingUnit(app.db, unitId);
    assertUnitAccess(req, unit?.path, 'read');
    return unit as NonNullable<typeof unit>;
  };

  app.get(
    '/tasks/board',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Bảng nhiệm vụ của đơn vị: quá hạn, đến hạn tuần này, đã hoàn thành',
        querystring: taskBoardQuery,
        response: { 200: taskBoardResponse, ...errors },
      },
    },
    async (req) => {
      const unit = await readableUnit(req, req.query.unitId);
      return taskBoard(app.db, await taskAccessOf(app.db, req), unit, req.query, todayIso());
    },
  );

  app.get(
    '/tasks',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Danh sách nhiệm vụ của đơn vị',
        querystring: taskListQuery,
        response: { 200: taskPage, ...errors },
      },
    },
    async (req) => {
      const unit = await readableUnit(req, req.query.unitId);
      return listTasks(app.db, await taskAccessOf(app.db, req), unit, req.query, todayIso());
    },
  );

  app.get(
    '/tasks/mine',
    {
      config: { policy: allow.anyRole },
      schema: { tags, summary: 'Nhiệm vụ giao cho tôi', response: { 200: myTasksResponse, ...errors } },
    },
    async (req) => myTasks(app.db, await taskAccessOf(app.db, req), todayIso()),
  );

  app.post(
    '/tasks',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Giao nhiệm vụ',
        body: createTaskBody,
        response: { 200: taskDetailResponse, ...errors },
      },
    },
    async (req) => {
      const access = await taskAccessOf(app.db, req);
      const id = await mutate(app.db, req.ctx, (w) => createTask(w, access, req.body, env()));
      return taskDetail(app.db, access, id, todayIso());
    },
  );

  app.get(
    '/tasks/:id',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Chi tiết nhiệm vụ',
        params: idParams,
        response: { 200: taskDetailResponse, ...errors },
      },
    },
    async (req) => taskDetail(app.db, await taskAccessOf(app.db, req), req.params.id, todayIso()),
  );

  app.patch(
    '/tasks/:id',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Sửa nhiệm vụ (thời hạn, người thực hiện, nhiệm vụ cha)',
        params: idParams,
        body: updateTaskBody,
        response: { 200: taskDetailResponse, ...errors },
      },
    },
    async (req) => {
      const access = await taskAccessOf(app.db, req);
      await mutate(app.db, req.ctx, (w) => updateTask(w, access, req.params.id, req.body, env()));
      return taskDetail(app.db, access, req.params.id, todayIso());
    },
  );

  app.post(
    '/tasks/:id/progress',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Báo cáo tiến độ (100% là hoàn thành)',
        params: idParams,
        body: taskProgressBody,
        response: { 200: taskDetailResponse, ...errors },
      },
    },
    async (req) => {
      const access = await taskAccessOf(app.db, req);
      await mutate(app.db, req.ctx, (w) => reportProgress(w, access, req.params.id, req.body, env()));
      return taskDetail(app.db, access, req.params.id, todayIso());
    },
  );

  app.post(
    '/tasks/:id/close',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags,
        summary: 'Hoàn thành hoặc hủy nhiệm vụ (hủy cần lý do)',
        params: idParams,
        body: closeTaskBody,
        response: { 200: taskDetailResponse, ...errors },
      },
    },
    async (req) => {
      const access = await taskAccessOf(app.db, req);
      if (req.body.status === 'cancelled' && access.write.subtrees.length + access.write.exact.length === 0)
        throw new AppError(403, 'FORBIDDEN');
      await mutate(app.db, req.ctx, (w) => closeTask(w, access, req.params.id, req.body, env()));
      return taskDetail(app.db, access, req.params.id, todayIso());
    },
  );

  app.post(
    '/tasks/:id/reopen',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Mở lại nhiệm vụ đã đóng',
        params: idParams,
        body: reopenTaskBody,
        response: { 200: taskDetailResponse, ...errors },
      },
    },
    async (req) => {
      const access = await taskAccessOf(app.db, req);
      await mutate(app.db, req.ctx, (w) => reopenTask(w, access, req.params.id, req.body, env()));
      return taskDetail(app.db, access, req.params.id, todayIso());
    },
  );

  await app.register(taskFileRoutes);
};
