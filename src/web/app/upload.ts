import type { Me } from '../../contracts/auth';
import { ApiError, meQueryKey, withQuery } from './api';
import i18n, { currentLanguage } from './i18n';
import { queryClient } from './queryClient';

/**
 * Sends a file itself as the request body (`?fileName=` carries its name), the way the upload routes take
 * them, with the session's CSRF token; answers the route's JSON or throws its error as an `ApiError`.
 */
export async function uploadRaw<T>(path: string, file: File): Promise<T> {
  const csrf = queryClient.getQueryData<Me | null>(meQueryKey)?.csrfToken;
  let response: Response;
  try {
    response = await fetch(withQuery(path, { fileName: file.name }), {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'accept-language': currentLanguage(),
        'content-type': file.type || 'application/octet-stream',
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: i18n.t('errors.network') });
  }
  const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    if (data && typeof data.code === 'string' && typeof data.message === 'string') {
      throw new ApiError(response.status, {
        code: data.code,
        message: data.message,
        field: typeof data.field === 'string' ? data.field : undefined,
      });
    }
    throw new ApiError(response.status, {
      code: `HTTP_${response.status}`,
      message: i18n.t('errors.server', { status: response.status }),
    });
  }
  return data as T;
}
