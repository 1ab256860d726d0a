import { Link, useNavigate } from '@tanstack/react-router';
import { Empty, Skeleton, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import type { DocumentSummary } from './api';
import { DocumentMarks, DocumentStatusTag, NumberText } from './DocumentTags';

function SummaryLink({ document }: { document: DocumentSummary }) {
  return (
    <Link to="/documents/$documentId" params={{ documentId: document.id }} className="strong break-anywhere">
      {document.summary}
    </Link>
  );
}

/** The date a registry line goes by: when it was issued, else (incoming without one) when it arrived. */
const dateOf = (d: DocumentSummary) => d.issuedOn ?? d.receivedOn;

/** The found documents: a table on wide screens, one card per document on phones. */
export function DocumentResults({ documents, loading }: { documents: DocumentSummary[]; loading: boolean }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();

  if (isPhone) {
    if (loading) return <Skeleton active title={false} paragraph={{ rows: 6 }} />;
    if (documents.length === 0) return <Empty description={t('documents.empty')} />;
    return (
      <ul className="plain-list" aria-label={t('documents.listLabel')}>
        {documents.map((d) => (
          <li key={d.id} className="list-card">
            <div className="list-card-row">
              <span className="strong">
                <NumberText document={d} />
              </span>
              <span>{formatDate(dateOf(d))}</span>
              <span className="muted">{t(`documents.type.${d.type}`)}</span>
            </div>
            <SummaryLink document={d} />
            <div className="muted break-anywhere">{d.issuerName}</div>
            <div className="list-card-row">
              <DocumentStatusTag status={d.status} />
              <DocumentMarks document={d} />
              {d.fileCount > 0 ? <span>{t('documents.fileCount', { n: d.fileCount })}</span> : null}
            </div>
          </li>
        ))}
      </ul>
    );
  }

  const columns: TableColumnsType<DocumentSummary> = [
    {
      key: 'number',
      width: 130,
      title: t('documents.columns.number'),
      render: (_, d) => <NumberText document={d} />,
    },
    {
      key: 'date',
      width: 110,
      title: t('documents.columns.date'),
      render: (_, d) => <span className="nowrap">{formatDate(dateOf(d))}</span>,
    },
    {
      key: 'type',
      width: 120,
      title: t('documents.columns.type'),
      render: (_, d) => t(`documents.type.${d.type}`),
    },
    {
      key: 'summary',
      title: t('documents.columns.summary'),
      render: (_, d) => (
        <div className="stack-tight">
          <SummaryLink document={d} />
          <DocumentMarks document={d} />
        </div>
      ),
    },
    {
      key: 'issuer',
      width: 180,
      title: t('documents.columns.issuer'),
      render: (_, d) => <span className="cell-text">{d.issuerName}</span>,
    },
    {
      key: 'status',
      width: 140,
      title: t('documents.columns.status'),
      render: (_, d) => <DocumentStatusTag status={d.status} />,
    },
    {
      key: 'files',
      width: 80,
      align: 'right',
      title: t('documents.columns.files'),
      render: (_, d) => formatNumber(d.fileCount),
    },
  ];

  return (
    <Table<DocumentSummary>
      rowKey="id"
      columns={columns}
      dataSource={documents}
      loading={loading}
      pagination={false}
      scroll={{ x: 900 }}
      size="middle"
      locale={{ emptyText: t('documents.empty') }}
      rowClassName="clickable-row"
      onRow={(d) => ({
        onClick: (event) => {
          if ((event.target as HTMLElement).closest('a')) return;
          void navigate({ to: '/documents/$documentId', params: { documentId: d.id } });
        },
      })}
    />
  );
}
