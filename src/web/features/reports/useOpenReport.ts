import { useNavigate } from '@tanstack/react-router';
import { useBusy } from '../../app/useBusy';
import { type OpenSubmissionBody, openSubmission, storeSubmission } from './api';

/** Opens a unit's report for a period (the draft is made, figures filled in, on first opening) and goes to it. */
export function useOpenReport() {
  const navigate = useNavigate();
  const { busy, run } = useBusy();
  const open = (body: OpenSubmissionBody, after?: () => void) =>
    run(async () => {
      const detail = await openSubmission(body);
      storeSubmission(detail);
      after?.();
      await navigate({ to: '/reports/$submissionId', params: { submissionId: detail.id } });
    });
  return { busy, open };
}
