import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../contracts/common';
import {
  aggregateQuery,
  aggregateResponse,
  compiledQuery,
  compiledResponse,
  trendQuery,
  trendResponse,
} from '../../../contracts/report-aggregates';
import { allow } from '../../platform/access/policy';
import { attachment } from '../../platform/http/attachment';
import { compiledTexts } from './aggregate-compiled';
import { aggregateView } from './aggregate-queries';
import { aggregateScope } from './aggregate-scope';
import { aggregateTrend } from './aggregate-trend';
import { aggregateXlsx } from './aggregate-xlsx';
import { reportAccessOf } from './report-access';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const tags = ['reports'];
/** Readers of reports: every role but the plain member's (who sends none). */
const readers = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');

/** Aggregation of accepted reports: a subtree's figures per child, their trend, the compiled texts. */
export const aggregateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/aggregate',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Tổng hợp số liệu các báo cáo đã tiếp nhận của một đơn vị và các đơn vị trực thuộc',
        querystring: aggregateQuery,
        response: { 200: aggregateResponse, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      return aggregateView(app.db, access, await aggregateScope(app.db, access, req.query));
    },
  );

  app.get(
    '/reports/aggregate/export',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Tải bảng tổng hợp số liệu (.xlsx)',
        querystring: aggregateQuery,
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const access = reportAccessOf(req);
      const data = await aggregateView(app.db, access, await aggregateScope(app.db, access, req.query));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment(`Tong-hop-${data.form.code}-${data.period.key}.xlsx`))
        .send(await aggregateXlsx(data));
    },
  );

  app.get(
    '/reports/trend',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Diễn biến một chỉ tiêu qua các kỳ báo cáo',
        querystring: trendQuery,
        response: { 200: trendResponse, ...errors },
      },
    },
    async (req) => {
      const scope = await aggregateScope(app.db, reportAccessOf(req), req.query);
      return aggregateTrend(app.db, scope, req.query.fieldKey, req.query.count);
    },
  );

  app.get(
    '/reports/compiled',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Tổng hợp ý kiến, nội dung báo cáo của các đơn vị theo từng chỉ tiêu',
        querystring: compiledQuery,
        response: { 200: compiledResponse, ...errors },
      },
    },
    async (req) => {
      const access = reportAccessOf(req);
      return compiledTexts(app.db, access, await aggregateScope(app.db, access, req.query), req.query);
    },
  );
};
