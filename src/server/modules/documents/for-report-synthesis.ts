import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client';
import { AppError } from '../../platform/errors/app-error';
import { auditAttached } from './files';
import { documentFiles, documentIssuers, documents } from './schema';
import { createDocument } from './service';
import { checkedUpload, withStoredFile } from './uploads';
import { collectiveOf } from './word';

/** What the reports module's synthesis uses of the registry (it never reads the documents tables itself). */

export interface ReportIssuer {
  id: string;
  code: string;
  name: string;
  superiorName: string | null;
}

/** The unit's own issuer in the registry (the first by code when it has several), or null. */
export async function issuerOfUnit(tx: Tx, unitId: string): Promise<ReportIssuer | null> {
  const [row] = await tx
    .select({
      id: documentIssuers.id,
      code: documentIssuers.code,
      name: documentIssuers.name,
      superiorName: documentIssuers.superiorName,
    })
    .from(documentIssuers)
    .where(eq(documentIssuers.unitId, unitId))
    .orderBy(asc(documentIssuers.code), asc(documentIssuers.id))
    .limit(1);
  return row ?? null;
}

/** The collective a unit's reports are signed for and how their text names it. */
export const signingCollectiveOf = collectiveOf;

export interface FinalReport {
  unit: { id: string; name: string };
  /** Trích yếu of the outgoing report. */
  summary: string;
  recipients: readonly string[];
  fileName: string;
  today: string;
  grantPaths: readonly string[];
}

/**
 * Registers an edited report as a draft outgoing Báo cáo of the unit with the file attached, in one audited
 * transaction (the office then gives it a number in the registry as usual). The file must be a Word file whose
 * bytes match; a unit without an issuer of its own cannot register outgoing documents (400).
 */
export async function registerFinalReport(
  app: FastifyInstance,
  req: FastifyRequest,
  report: FinalReport,
): Promise<string> {
  if (!/\.docx$/iu.test(report.fileName))
    throw new AppError(415, 'REPORT_SYNTHESIS_NOT_DOCX', { field: 'fileName' });
  const issuer = await issuerOfUnit(app.db, report.unit.id);
  if (!issuer)
    throw new AppError(400, 'REPORT_SYNTHESIS_NO_ISSUER', {
      field: 'unitId',
      params: { unit: report.unit.name },
    });
  const upload = await checkedUpload(app, req, report.fileName);
  const collective = collectiveOf(issuer.name);
  return withStoredFile(app, req, upload, null, async (w, fileId) => {
    const id = await createDocument(
      w,
      {
        direction: 'outgoing',
        ownerUnitId: report.unit.id,
        type: 'report',
        issuerId: issuer.id,
        summary: report.summary,
        signingForm: 'on_behalf',
        signingFor: collective.capitals,
        signerTitle: 'BÍ THƯ',
        confidentiality: 'normal',
        urgency: 'normal',
        recipients: [...report.recipients],
        body: '',
        congress: false,
      },
      report.grantPaths,
      report.today,
    );
    await w.tx.update(documentFiles).set({ documentId: id }).where(eq(documentFiles.id, fileId));
    const [document] = await w.tx.select().from(documents).where(eq(documents.id, id)).limit(1);
    if (!document) throw new Error('document vanished');
    auditAttached(w, document, fileId, upload);
    return id;
  });
}
