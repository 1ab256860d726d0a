import { fileTypeFromBuffer } from 'file-type';

/**
 * The kinds of file a Party office attaches, by extension, with what the bytes must look like. Old Word and
 * Excel files (.doc, .xls) are OLE compound files, which file-type reports as `cfb` without telling them apart.
 */
const accepted: Record<string, { detected: string | null; mime: string }> = {
  pdf: { detected: 'pdf', mime: 'application/pdf' },
  docx: {
    detected: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { detected: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  doc: { detected: 'cfb', mime: 'application/msword' },
  xls: { detected: 'cfb', mime: 'application/vnd.ms-excel' },
  odt: { detected: 'odt', mime: 'application/vnd.oasis.opendocument.text' },
  ods: { detected: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet' },
  jpg: { detected: 'jpg', mime: 'image/jpeg' },
  jpeg: { detected: 'jpg', mime: 'image/jpeg' },
  png: { detected: 'png', mime: 'image/png' },
  txt: { detected: null, mime: 'text/plain; charset=utf-8' },
};

export const acceptedExtensions = Object.keys(accepted);

export type SniffResult =
  | { ok: true; contentType: string }
  | { ok: false; reason: 'extension' | 'mismatch'; extension: string };

const extensionOf = (fileName: string) => /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** Whether the bytes are what the file name's extension says; the content type to serve them with. */
export async function sniffFile(fileName: string, content: Buffer): Promise<SniffResult> {
  const extension = extensionOf(fileName);
  const rule = accepted[extension];
  if (!rule) return { ok: false, reason: 'extension', extension };
  const detected = await fileTypeFromBuffer(content);
  const matches =
    rule.detected === null ? !detected && isPlainText(content) : detected?.ext === rule.detected;
  return matches ? { ok: true, contentType: rule.mime } : { ok: false, reason: 'mismatch', extension };
}

function isPlainText(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}
