import { queryOptions } from '@tanstack/react-query';
import type { SynthesisPreview } from '../../../contracts/report-synthesis';
import { ApiError, apiGet, withQuery } from '../../app/api';
import i18n, { currentLanguage } from '../../app/i18n';
import { uploadRaw } from '../../app/upload';

export type { SynthesisPreview };

export interface SynthesisChoice {
  unitId: string;
  periodKey: string;
  /** Form ids; empty: the forms with reports sent in the review. */
  formIds: readonly string[];
}

const queryOf = (c: SynthesisChoice) => ({
  unitId: c.unitId,
  periodKey: c.periodKey,
  formIds: c.formIds.length ? c.formIds.join(',') : undefined,
});

export const synthesisKeys = {
  all: ['report-synthesis'] as const,
  preview: (c: SynthesisChoice) => ['report-synthesis', c.unitId, c.periodKey, c.formIds.join(',')] as const,
};

export const synthesisPreviewQuery = (c: SynthesisChoice) =>
  queryOptions({
    queryKey: synthesisKeys.preview(c),
    queryFn: ({ signal }) => apiGet<SynthesisPreview>('/api/reports/synthesis', queryOf(c), signal),
  });

/**
 * Downloads the drafted .docx, reporting progress: `onProgress(null)` while the server compiles it (it gives no
 * measure), then the share received once the file flows. Saves it under the server's file name.
 */
export async function downloadDraft(c: SynthesisChoice, onProgress: (share: number | null) => void) {
  onProgress(null);
  let response: Response;
  try {
    response = await fetch(withQuery('/api/reports/synthesis.docx', queryOf(c)), {
      headers: { 'accept-language': currentLanguage() },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: i18n.t('errors.network') });
  }
  if (!response.ok) {
    const data = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new ApiError(response.status, {
      code: data?.code ?? `HTTP_${response.status}`,
      message: data?.message ?? i18n.t('errors.server', { status: response.status }),
    });
  }
  const size = Number(response.headers.get('content-length') ?? 0);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (size > 0) onProgress(received / size);
  }
  onProgress(1);
  const disposition = response.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = utf8
    ? decodeURIComponent(utf8)
    : (/filename="([^"]+)"/.exec(disposition)?.[1] ?? 'du-thao-bao-cao.docx');
  const url = URL.createObjectURL(
    new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? '' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Registers the edited final as an outgoing report of the unit; answers the new document's id. */
export const registerFinal = (c: Pick<SynthesisChoice, 'unitId' | 'periodKey'>, file: File) =>
  uploadRaw<{ documentId: string }>(
    withQuery('/api/reports/synthesis/register', { unitId: c.unitId, periodKey: c.periodKey }),
    file,
  );
