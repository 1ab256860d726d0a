import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';
import { attachment } from './attachment';

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Makes a plugin take any request body as bytes (up to `maxBytes`): a file sent as the raw body. The built-in
 * JSON and text parsers would turn such files into strings, so the plugin keeps these routes to itself.
 */
export function acceptRawBodies(app: FastifyInstance, maxBytes: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
    done(null, body),
  );
}

/** Route options of a raw upload: the body limit, and a clear 413 before the bytes arrive when it is declared larger. */
export const rawUploadOptions = (maxBytes: number) => ({
  bodyLimit: maxBytes,
  onRequest: async (req: FastifyRequest) => {
    if (Number(req.headers['content-length'] ?? 0) > maxBytes)
      throw new AppError(413, 'DOCUMENT_TOO_LARGE', { field: 'body', params: { max: megabytes(maxBytes) } });
  },
});

/** Sends a stored file as a download (never rendered inline by the browser's guess of its type). */
export function sendDownload(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; sha256?: string },
  body: unknown,
) {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachment(file.fileName))
    .header('x-content-type-options', 'nosniff');
  if (file.sha256) reply.header('etag', `"${file.sha256}"`);
  return reply.send(body);
}
