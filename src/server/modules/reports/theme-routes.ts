import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, idParams } from '../../../contracts/common';
import {
  createReportThemeBody,
  reportTheme,
  reportThemeList,
  reportThemeStatusBody,
  reportThemesQuery,
  themeMentionPage,
  themeMentionsQuery,
  themeOverview,
  themeOverviewQuery,
  updateReportThemeBody,
} from '../../../contracts/report-themes';
import type { Tx } from '../../db/client';
import { allow } from '../../platform/access/policy';
import { AppError } from '../../platform/errors/app-error';
import { mutate } from '../../platform/mutate';
import { reportUnit } from '../org/report-units-read';
import { checkUnitReach, type ReportAccess, reportAccessOf } from './report-access';
import { checkedTheme } from './theme-access';
import { themeOverview as overviewOf, themeById, themeMentions, themesForUnit } from './theme-queries';
import { createTheme, setThemeStatus, updateTheme } from './theme-service';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['reports'];
const fieldArea = 'reportTheme' as const;
const readers = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');
const writers = allow.roles('admin', 'committee', 'cell_secretary');

/** A unit the request names, reached for `action`; unknown or unseen → 404 naming the field. */
async function reachedUnit(
  tx: Tx,
  access: ReportAccess,
  id: string,
  action: 'read' | 'write',
  field: string,
) {
  const unit = await reportUnit(tx, id);
  if (!unit) throw new AppError(404, 'NOT_FOUND', { field });
  checkUnitReach(access, unit.path, action, field);
  return unit;
}

/** Themes of opinion a committee follows across its units' ideological-situation reports. */
export const themeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/report-themes',
    {
      config: { policy: readers, fieldArea },
      schema: {
        tags,
        summary: 'Các chủ đề dư luận mà báo cáo của một tổ chức đảng được chọn',
        description: 'Chủ đề của tổ chức và của các cấp ủy cấp trên; đang theo dõi, đang xử lý trước.',
        querystring: reportThemesQuery,
        response: { 200: reportThemeList, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      const unit = await reachedUnit(app.db, access, req.query.unitId, 'read', 'unitId');
      return { items: await themesForUnit(app.db, access, unit.path) };
    },
  );

  app.post(
    '/report-themes',
    {
      config: { policy: writers, fieldArea },
      schema: {
        tags,
        summary: 'Thêm chủ đề dư luận cấp ủy theo dõi',
        body: createReportThemeBody,
        response: { 201: reportTheme, ...errors },
      },
    },
    async (req, reply) => {
      const access = reportAccessOf(req);
      const owner = await reachedUnit(app.db, access, req.body.ownerUnitId, 'write', 'ownerUnitId');
      const id = await mutate(app.db, req.ctx, (w) => createTheme(w, owner, req.body));
      reply.code(201);
      return themeById(app.db, access, id);
    },
  );

  app.put(
    '/report-themes/:id',
    {
      config: { policy: writers, fieldArea },
      schema: {
        tags,
        summary: 'Sửa tên, mô tả chủ đề dư luận',
        params: idParams,
        body: updateReportThemeBody,
        response: { 200: reportTheme, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      await mutate(app.db, req.ctx, async (w) =>
        updateTheme(w, await checkedTheme(w.tx, access, req.params.id, 'write'), req.body),
      );
      return themeById(app.db, access, req.params.id);
    },
  );

  app.post(
    '/report-themes/:id/status',
    {
      config: { policy: writers, fieldArea },
      schema: {
        tags,
        summary: 'Ghi nhận tình hình xử lý chủ đề dư luận',
        description:
          'Đang theo dõi → đang xử lý → đã xử lý (cần ghi chú và ngày xử lý xong, không sau hôm nay).',
        params: idParams,
        body: reportThemeStatusBody,
        response: { 200: reportTheme, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      await mutate(app.db, req.ctx, async (w) =>
        setThemeStatus(w, await checkedTheme(w.tx, access, req.params.id, 'write'), req.body),
      );
      return themeById(app.db, access, req.params.id);
    },
  );

  app.get(
    '/report-themes/overview',
    {
      config: { policy: readers, fieldArea },
      schema: {
        tags,
        summary: 'Tổng hợp chủ đề dư luận trong báo cáo của các tổ chức trực thuộc',
        description:
          'Mỗi chủ đề: số lượt phản ánh, số tổ chức, số kỳ, kỳ đầu và kỳ gần nhất; chủ đề lặp lại (từ 2 kỳ hoặc 2 tổ chức) xếp trước.',
        querystring: themeOverviewQuery,
        response: { 200: themeOverview, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      const unit = await reachedUnit(app.db, access, req.query.unitId, 'read', 'unitId');
      return { items: await overviewOf(app.db, access, unit, req.query, req.locale) };
    },
  );

  app.get(
    '/report-themes/:id/mentions',
    {
      config: { policy: readers, fieldArea },
      schema: {
        tags,
        summary: 'Các ý kiến, dư luận thuộc một chủ đề',
        params: idParams,
        querystring: themeMentionsQuery,
        response: { 200: themeMentionPage, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      const theme = await checkedTheme(app.db, access, req.params.id, 'read');
      const under = req.query.unitId
        ? (await reachedUnit(app.db, access, req.query.unitId, 'read', 'unitId')).path
        : null;
      return themeMentions(app.db, access, theme.id, under, req.query, req.locale);
    },
  );
};
