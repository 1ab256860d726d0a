import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import { documentTypes } from '../../../domain/party-document-types';
import { allow } from '../../platform/access/policy';
import { AppError } from '../../platform/errors/app-error';
import { attachment } from '../../platform/http/attachment';
import { documentAccessOf } from './access';
import { issuerById } from './issuers';
import { documentDetail } from './queries';
import { renderDocumentWord, wordSourceOf } from './word';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const wordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/documents/:id/docx',
    {
      config: { policy: allow.anyRole },
      schema: {
        tags: ['documents'],
        summary: 'Bản Word của văn bản theo thể thức văn bản của Đảng (36-HD/VPTW)',
        params: idParams,
      },
    },
    async (req, reply) => {
      const detail = await documentDetail(app.db, await documentAccessOf(app.db, req), req.params.id);
      if (!detail) throw new AppError(404, 'NOT_FOUND');
      const issuer = await issuerById(app.db, detail.issuerId);
      const file = await renderDocumentWord(
        wordSourceOf({ ...detail, superiorName: issuer?.superiorName ?? null }),
        app.config.docxMarginsMm,
      );
      const name = `${documentTypes[detail.type].name} ${detail.numberText ?? 'du thao'}.docx`.replaceAll(
        '/',
        '-',
      );
      return reply
        .header('content-type', docxType)
        .header('content-disposition', attachment(name))
        .send(file);
    },
  );
};
