import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValueIssue } from '../../../domain/report-values';
import { issueText } from './labels';

/** Before sending: every issue in one list; each one takes the user to its field. */
export function IssueSummary({ issues }: { issues: readonly ValueIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const focus = (field: string) => {
    const key = field.split('.')[0];
    const block = document.querySelector<HTMLElement>(`[data-field="${key}"]`);
    block?.scrollIntoView({ block: 'center' });
    block?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  };
  return (
    <Alert
      type="error"
      showIcon
      title={t('reports.send.issues', { count: issues.length })}
      description={
        <ul className="report-issue-list">
          {issues.map((issue, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity of their own
            <li key={index}>
              <button type="button" className="report-issue-link" onClick={() => focus(issue.field)}>
                {issueText(t, issue)}
              </button>
            </li>
          ))}
        </ul>
      }
    />
  );
}
