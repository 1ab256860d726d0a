import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from './api';
import { errorText, setFieldError } from './errors';

/**
 * Submits a form to the server: busy while it runs; a stale version reloads (`onStale`) and says so; an error
 * naming a field goes onto that field (API names mapped to form names by `fieldOf`), any other above the form.
 */
export function useFormSubmit<V>(
  form: FormInstance<V>,
  onSubmit: (values: V) => Promise<void>,
  options: { onStale?: () => Promise<unknown>; fieldOf?: (apiField: string) => string } = {},
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { onStale, fieldOf = (f: string) => f } = options;

  const submit = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (failure) {
      if (isApiError(failure, 'STALE_VERSION') && onStale) {
        await onStale().catch(() => undefined);
        setError(`${errorText(failure)} ${t('org.staleReloaded')}`);
      } else {
        const mapped =
          failure instanceof ApiError && failure.field
            ? new ApiError(failure.status, {
                code: failure.code,
                message: failure.message,
                field: fieldOf(failure.field),
              })
            : failure;
        if (!setFieldError(form, mapped)) setError(errorText(failure));
      }
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
