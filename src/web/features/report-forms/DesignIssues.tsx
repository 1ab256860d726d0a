import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DefinitionIssue } from '../../../domain/report-form-checks';

/** What the designer sees as it types: clashing keys, rules over wrong fields, bounds the wrong way round. */
export function DesignIssues({ issues }: { issues: DefinitionIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('reportForms.issuesTitle')}
      description={
        <ul className="rforms-issues">
          {issues.map((issue) => (
            <li key={`${issue.code}:${issue.path}`}>{t(`reportForms.issues.${issue.code}`, issue.params)}</li>
          ))}
        </ul>
      }
    />
  );
}
