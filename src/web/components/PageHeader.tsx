import { Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title: "Page — Đảng bộ số". */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('common.appName');
  useEffect(() => {
    document.title = title && title !== appName ? `${title} — ${appName}` : appName;
  }, [title, appName]);
}

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  extra?: ReactNode;
}

/** The page's single h1, an optional introduction, and actions on the right (below it on phones). */
export function PageHeader({ title, intro, extra }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <div className="page-header-text">
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {intro ? <Typography.Paragraph className="page-intro">{intro}</Typography.Paragraph> : null}
      </div>
      {extra ? <div className="page-header-extra">{extra}</div> : null}
    </div>
  );
}
