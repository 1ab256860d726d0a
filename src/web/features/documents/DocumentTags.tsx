import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusText } from '../../components/StatusText';
import type { DocumentSummary } from './api';
import { type DocumentStatus, statusTones } from './labels';

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return <StatusText tone={statusTones[status]}>{t(`documents.status.${status}`)}</StatusText>;
}

/** Confidentiality and urgency marks ("MẬT", "KHẨN"), shown only when set. */
export function DocumentMarks({
  document,
}: {
  document: Pick<DocumentSummary, 'confidentiality' | 'urgency'>;
}) {
  const { t } = useTranslation();
  if (document.confidentiality === 'normal' && document.urgency === 'normal') return null;
  return (
    <Space size={4} wrap>
      {document.confidentiality !== 'normal' ? (
        <Tag color="red">{t(`documents.confidentiality.${document.confidentiality}`)}</Tag>
      ) : null}
      {document.urgency !== 'normal' ? (
        <Tag color="orange">{t(`documents.urgency.${document.urgency}`)}</Tag>
      ) : null}
    </Space>
  );
}

/** "253-QĐ/TW", or "chưa có số" for a draft. */
export function NumberText({ document }: { document: Pick<DocumentSummary, 'numberText'> }) {
  const { t } = useTranslation();
  return document.numberText ? (
    <span className="nowrap">{document.numberText}</span>
  ) : (
    <span className="muted">{t('documents.noNumber')}</span>
  );
}
