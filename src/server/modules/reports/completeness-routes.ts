import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common';
import {
  completenessQuery,
  completenessUnitPage,
  completenessUnitsQuery,
  completenessView as completenessViewResponse,
  remindBody,
  remindResult,
} from '../../../contracts/report-completeness';
import { allow } from '../../platform/access/policy';
import { mutate } from '../../platform/mutate';
import { todayIso } from '../org/calendar';
import { completenessUnits, completenessView } from './completeness-queries';
import { remindMissing } from './completeness-reminders';
import { reportAccessOf } from './report-access';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const tags = ['reports'];
const readers = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');
const writers = allow.roles('admin', 'committee', 'cell_secretary');

/** Completeness and timeliness of a form's reports under a unit, the expected units, reminders to late ones. */
export const completenessRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/completeness',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Tình hình nộp báo cáo của đơn vị và từng đơn vị trực thuộc trong một kỳ',
        querystring: completenessQuery,
        response: { 200: completenessViewResponse, ...errors },
      },
    },
    async (req) => completenessView(app.db, reportAccessOf(req), req.query, todayIso()),
  );

  app.get(
    '/reports/completeness/units',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Các đơn vị phải nộp báo cáo trong kỳ và tình trạng của từng đơn vị',
        querystring: completenessUnitsQuery,
        response: { 200: completenessUnitPage, ...errors },
      },
    },
    async (req) => completenessUnits(app.db, reportAccessOf(req), req.query, todayIso()),
  );

  app.post(
    '/reports/completeness/remind',
    {
      config: { policy: writers },
      schema: {
        tags,
        summary: 'Nhắc các đơn vị chưa nộp báo cáo đã quá hạn',
        body: remindBody,
        response: { 200: remindResult, ...errors },
      },
    },
    async (req) =>
      mutate(app.db, req.ctx, (w) =>
        remindMissing(w, reportAccessOf(req), req.body, {
          today: todayIso(),
          publicUrl: app.config.publicUrl,
        }),
      ),
  );
};
