import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Card, Empty, Skeleton, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { StatusText } from '../../components/StatusText';
import { type NumberRecord, numbersQuery } from './api';
import { IssuerSelect } from './IssuerSelect';
import './documents.css';

function RecordStatus({ record }: { record: NumberRecord }) {
  const { t } = useTranslation();
  return (
    <StatusText tone={record.status === 'used' ? 'ok' : 'bad'}>
      {t(`documents.numbers.status.${record.status}`)}
    </StatusText>
  );
}

function DocumentCell({ record }: { record: NumberRecord }) {
  if (!record.documentId) return <span className="muted">—</span>;
  return (
    <Link to="/documents/$documentId" params={{ documentId: record.documentId }} className="break-anywhere">
      {record.summary ?? record.numberText}
    </Link>
  );
}

function NumberResults({ records, loading }: { records: NumberRecord[]; loading: boolean }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  if (isPhone) {
    if (loading) return <Skeleton active title={false} paragraph={{ rows: 6 }} />;
    if (records.length === 0) return <Empty description={t('documents.numbers.empty')} />;
    return (
      <ul className="plain-list" aria-label={t('documents.numbers.title')}>
        {records.map((r) => (
          <li key={r.id} className="list-card">
            <div className="list-card-row">
              <span className="strong">{r.numberText}</span>
              <RecordStatus record={r} />
            </div>
            <div className="muted">
              {t('documents.numbers.sequenceLine', { sequence: r.sequence, term: r.termLabel })}
            </div>
            <DocumentCell record={r} />
            {r.voidReason ? <div>{t('documents.numbers.reasonLine', { reason: r.voidReason })}</div> : null}
          </li>
        ))}
      </ul>
    );
  }
  const columns: TableColumnsType<NumberRecord> = [
    {
      key: 'number',
      width: 140,
      title: t('documents.numbers.columns.number'),
      render: (_, r) => <span className="nowrap strong">{r.numberText}</span>,
    },
    {
      key: 'sequence',
      width: 100,
      title: t('documents.numbers.columns.sequence'),
      render: (_, r) => r.sequence,
    },
    { key: 'term', width: 160, title: t('documents.numbers.columns.term'), render: (_, r) => r.termLabel },
    {
      key: 'status',
      width: 120,
      title: t('documents.numbers.columns.status'),
      render: (_, r) => <RecordStatus record={r} />,
    },
    {
      key: 'document',
      title: t('documents.numbers.columns.document'),
      render: (_, r) => <DocumentCell record={r} />,
    },
    { key: 'reason', title: t('documents.numbers.columns.reason'), render: (_, r) => r.voidReason ?? '' },
    {
      key: 'takenAt',
      width: 150,
      title: t('documents.numbers.columns.takenAt'),
      render: (_, r) => <span className="nowrap">{formatDateTime(r.takenAt)}</span>,
    },
  ];
  return (
    <Table<NumberRecord>
      rowKey="id"
      columns={columns}
      dataSource={records}
      loading={loading}
      pagination={false}
      scroll={{ x: 900 }}
      size="middle"
      locale={{ emptyText: t('documents.numbers.empty') }}
    />
  );
}

/** "Sổ đăng ký số": every number an issuer has taken, term by term, including voided ones. */
export function NumbersPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/documents/numbers' });
  const navigate = useNavigate({ from: '/documents/numbers' });
  const issuerId = search.issuerId ?? '';
  const list = useInfiniteQuery(numbersQuery(issuerId));
  const records = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  return (
    <>
      <PageHeader title={t('documents.numbers.title')} intro={t('documents.numbers.intro')} />
      <div className="stack">
        <Card>
          <label htmlFor="numbers-issuer" className="field-label strong">
            {t('documents.fields.issuer')}
          </label>
          <div style={{ maxWidth: 560 }}>
            <IssuerSelect
              id="numbers-issuer"
              value={search.issuerId}
              onChange={(next) => void navigate({ search: { issuerId: next }, replace: true })}
            />
          </div>
        </Card>
        {issuerId ? (
          <Card>
            {list.error ? (
              <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
            ) : null}
            <NumberResults records={records} loading={list.isPending && !list.error} />
            <LoadMoreFooter shown={records.length} total={total} list={list} />
          </Card>
        ) : (
          <Alert type="info" showIcon title={t('documents.numbers.pickIssuer')} />
        )}
      </div>
    </>
  );
}
