import { useTranslation } from 'react-i18next';
import type { ValueIssue } from '../../../domain/report-values';
import { issueText } from './labels';

/** What is wrong with a field, in words, right under it (the input points here with aria-describedby). */
export function FieldIssues({ id, issues }: { id: string; issues: readonly ValueIssue[] | undefined }) {
  const { t } = useTranslation();
  if (!issues || issues.length === 0) return null;
  return (
    <ul id={id} className="report-field-issues">
      {issues.map((issue, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity of their own
        <li key={index}>{issueText(t, issue)}</li>
      ))}
    </ul>
  );
}
