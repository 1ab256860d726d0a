import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../app/api';
import { errorText, setFieldError } from '../../app/errors';
import { type MeetingDetail, refetchMeeting, storeMeeting } from './api';

/** The API names instants; the forms of a meeting's page hold times of day on the meeting's date. */
const formFields: Record<string, string> = { startedAt: 'startedTime', endedAt: 'endedTime' };
const onFormField = (error: unknown) =>
  error instanceof ApiError && error.field && formFields[error.field]
    ? new ApiError(error.status, { code: error.code, message: error.message, field: formFields[error.field] })
    : error;

/**
 * Runs one write of a meeting and keeps its answer as the meeting everyone sees. An error naming a field of
 * the form goes to that field; any other stays on screen next to the save button (not a toast an elderly
 * user may miss). A stale version reloads the meeting and says so, keeping what the user typed.
 */
export function useMeetingSave(meetingId: string, form?: FormInstance) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = useCallback(
    async (task: () => Promise<MeetingDetail>): Promise<MeetingDetail | null> => {
      setBusy(true);
      setError(null);
      try {
        const meeting = await task();
        storeMeeting(meeting);
        return meeting;
      } catch (failure) {
        if (isApiError(failure, 'STALE_VERSION')) {
          await refetchMeeting(meetingId).catch(() => undefined);
          setError(`${errorText(failure)} ${t('org.staleReloaded')}`);
        } else if (!setFieldError(form, onFormField(failure))) {
          setError(errorText(failure));
        }
        return null;
      } finally {
        setBusy(false);
      }
    },
    [meetingId, form, t],
  );

  return { busy, error, save, clearError: useCallback(() => setError(null), []) };
}
