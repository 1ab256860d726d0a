import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { errorText, setFieldError } from '../../app/errors';
import { type DocumentDetail, refetchDocument, storeDocument } from './api';

/**
 * Runs one write of a document and keeps its answer as the document everyone sees. An error naming a field of
 * the form goes to that field; any other stays on screen next to the button. A stale version reloads the
 * document and says so.
 */
export function useDocumentSave(documentId: string, form?: FormInstance) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = useCallback(
    async (task: () => Promise<DocumentDetail>): Promise<DocumentDetail | null> => {
      setBusy(true);
      setError(null);
      try {
        const document = await task();
        storeDocument(document);
        return document;
      } catch (failure) {
        if (isApiError(failure, 'STALE_VERSION')) {
          await refetchDocument(documentId).catch(() => undefined);
          setError(`${errorText(failure)} ${t('org.staleReloaded')}`);
        } else if (!setFieldError(form, failure)) {
          setError(errorText(failure));
        }
        return null;
      } finally {
        setBusy(false);
      }
    },
    [documentId, form, t],
  );

  return { busy, error, save, clearError: useCallback(() => setError(null), []) };
}
