import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../contracts/common';
import { behindPanel as behindPanelSchema, behindQuery } from '../../../contracts/meetings';
import { allow } from '../../platform/access/policy';
import { assertUnitAccess, scopeOf } from '../../platform/access/request';
import { unitForMembers } from '../members/units-read';
import { todayIso } from '../org/calendar';
import { behindPanel } from './behind';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const tags = ['meetings'];
/** Readers of whole records (the `meetings.panel` module); a plain member has no panel. */
const panelReaders = allow.roles('admin', 'committee', 'cell_secretary', 'inspector', 'viewer');

/** The committee's panel "who falls behind" (issue 5 item 4). */
export const meetingPanelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meetings/behind',
    {
      config: { policy: panelReaders },
      schema: {
        tags,
        summary:
          'Theo dõi sinh hoạt: chi bộ chưa sinh hoạt thường kỳ trong tháng, chưa sinh hoạt chuyên đề trong quý, cuộc họp chưa có biên bản, đảng viên vắng không lý do từ 3 tháng trong 12 tháng, tỷ lệ dự họp',
        querystring: behindQuery,
        response: { 200: behindPanelSchema, ...errors },
      },
    },
    async (req) => {
      const unit = req.query.unitId ? await unitForMembers(app.db, req.query.unitId) : null;
      if (req.query.unitId) assertUnitAccess(req, unit?.path, 'read');
      const now = new Date();
      const today = todayIso(now);
      return behindPanel(app.db, {
        scope: scopeOf(req, 'read'),
        unitPath: unit?.path ?? null,
        month: req.query.month ?? today.slice(0, 7),
        today,
        now,
      });
    },
  );
};
