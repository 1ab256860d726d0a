import { UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Alert, Card, Descriptions, Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { ReferencedText } from '../../components/ReferencedText';
import { DocumentStudySection } from '../documents-study/DocumentStudySection';
import { type DocumentDetail, documentQuery } from './api';
import { DocumentActions } from './DocumentActions';
import { DocumentHeading } from './DocumentHeading';
import { DocumentMarks, DocumentStatusTag } from './DocumentTags';
import { FilesSection } from './FilesSection';
import { LinksSection } from './LinksSection';
import './documents.css';

function Facts({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const signer = [
    d.signingForm !== 'direct'
      ? `${t(`documents.signingFormShort.${d.signingForm}`)} ${d.signingFor ?? ''}`.trim()
      : null,
    d.signerTitle,
    d.signerName,
  ]
    .filter(Boolean)
    .join(' — ');
  const items: { key: string; label: string; children: ReactNode }[] = [
    {
      key: 'status',
      label: t('documents.fields.status'),
      children: (
        <Space size={[8, 4]} wrap>
          <DocumentStatusTag status={d.status} />
          <DocumentMarks document={d} />
          {d.congress ? <span>{t('documents.fields.congress')}</span> : null}
        </Space>
      ),
    },
    {
      key: 'direction',
      label: t('documents.fields.direction'),
      children: t(`documents.direction.${d.direction}`),
    },
    { key: 'owner', label: t('documents.fields.ownerUnit'), children: d.ownerUnitName },
    { key: 'issuer', label: t('documents.fields.issuer'), children: `${d.issuerCode} — ${d.issuerName}` },
    { key: 'issuedOn', label: t('documents.fields.issuedOn'), children: formatDate(d.issuedOn) },
    ...(d.direction === 'incoming'
      ? [{ key: 'receivedOn', label: t('documents.fields.receivedOn'), children: formatDate(d.receivedOn) }]
      : []),
    ...(d.termLabel ? [{ key: 'term', label: t('documents.fields.term'), children: d.termLabel }] : []),
    ...(signer ? [{ key: 'signer', label: t('documents.fields.signer'), children: signer }] : []),
    ...(d.recipients.length > 0
      ? [
          {
            key: 'recipients',
            label: t('documents.fields.recipients'),
            children: (
              <ul className="plain-list compact-list">
                {d.recipients.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: recipients may repeat; the order is theirs
                  <li key={i}>- {r}</li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    ...(d.withdrawnReason
      ? [{ key: 'withdrawn', label: t('documents.fields.withdrawnReason'), children: d.withdrawnReason }]
      : []),
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={isPhone ? 'vertical' : 'horizontal'}
      styles={{ label: { minWidth: 140 } }}
      items={items}
    />
  );
}

/** One document: its heading as on paper, the facts, the actions its status allows, text, files and links. */
export function DocumentPage() {
  const { t } = useTranslation();
  const { documentId } = useParams({ from: '/app/documents/$documentId' });
  const query = useQuery(documentQuery(documentId));

  if (query.isPending) return <Spin />;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error)} />;
  const d = query.data;
  const title = d.numberText
    ? t('documents.pageTitle', { type: t(`documents.type.${d.type}`), number: d.numberText })
    : t('documents.pageTitleDraft', { type: t(`documents.type.${d.type}`) });

  return (
    <>
      <PageHeader
        title={title}
        intro={d.summary}
        extra={
          <ButtonLink
            icon={<UnorderedListOutlined aria-hidden />}
            href={`/documents?direction=${d.direction}`}
          >
            {t('documents.backToList')}
          </ButtonLink>
        }
      />
      <div className="stack">
        <Card>
          <div className="stack">
            <DocumentHeading document={d} />
            <DocumentActions document={d} />
            <Facts document={d} />
          </div>
        </Card>
        <Card title={<h2 className="card-title">{t('documents.fields.body')}</h2>}>
          {d.body.trim() ? (
            <ReferencedText text={d.body} className="document-body" />
          ) : (
            <p className="muted">{t('documents.noBody')}</p>
          )}
        </Card>
        <Card>
          <FilesSection document={d} />
        </Card>
        <Card>
          <LinksSection document={d} />
        </Card>
        <DocumentStudySection documentId={d.id} canWrite={d.canWrite} />
      </div>
    </>
  );
}
