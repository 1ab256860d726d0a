import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, App, Spin } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost } from '../../app/api';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import {
  type DocumentDetail,
  defaultOwnerUnit,
  documentPath,
  documentQuery,
  refetchDocument,
  storeDocument,
} from './api';
import { DocumentForm } from './DocumentForm';
import { createBodyFrom, fieldsFrom, valuesFrom } from './formValues';
import './documents.css';

/** "Vào sổ văn bản đến" / "Soạn văn bản đi"; a reference link may prefill number, type, issuer and date. */
export function NewDocumentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const search = useSearch({ from: '/app/documents/new' });
  const navigate = useNavigate();
  const direction = search.direction ?? 'incoming';
  const incoming = direction === 'incoming';

  return (
    <>
      <PageHeader
        title={incoming ? t('documents.form.newIncomingTitle') : t('documents.form.newOutgoingTitle')}
        intro={incoming ? t('documents.form.newIncomingIntro') : t('documents.form.newOutgoingIntro')}
      />
      <DocumentForm
        key={direction}
        direction={direction}
        issuerCode={search.issuer}
        initialValues={{
          ownerUnitId: search.unitId ?? defaultOwnerUnit(me),
          type: search.type,
          summary: search.summary,
          programItemId: search.programItemId ?? null,
          number: search.number ?? null,
          issuedOn: search.date ? dayjs(search.date) : null,
          receivedOn: incoming ? dayjs() : null,
          signingForm: 'direct',
          confidentiality: 'normal',
          urgency: 'normal',
          congress: false,
        }}
        submitText={incoming ? t('documents.form.register') : t('documents.form.saveDraft')}
        onCancel={() => window.history.back()}
        onSubmit={async (values) => {
          const created = await apiPost<DocumentDetail>('/api/documents', createBodyFrom(values, direction));
          storeDocument(created);
          void message.success(incoming ? t('documents.form.registered') : t('documents.form.drafted'));
          await navigate({ to: '/documents/$documentId', params: { documentId: created.id }, replace: true });
        }}
      />
    </>
  );
}

/** Corrects a registered document or changes a draft (the server refuses what its status no longer allows). */
export function EditDocumentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { documentId } = useParams({ from: '/app/documents/$documentId/edit' });
  const navigate = useNavigate();
  const query = useQuery(documentQuery(documentId));

  if (query.isPending) return <Spin />;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error)} />;
  const d = query.data;

  return (
    <>
      <PageHeader title={t('documents.form.editTitle')} intro={d.numberText ?? d.summary} />
      <DocumentForm
        direction={d.direction}
        editing
        initialValues={valuesFrom(d)}
        submitText={t('common.save')}
        onCancel={() => void navigate({ to: '/documents/$documentId', params: { documentId } })}
        onStale={() => refetchDocument(documentId)}
        onSubmit={async (values) => {
          // After a stale answer the reloaded document re-renders this page, so `d.version` is the new one.
          const saved = await apiPatch<DocumentDetail>(documentPath(documentId), {
            ...fieldsFrom(values, d.direction),
            version: d.version,
          });
          storeDocument(saved);
          void message.success(t('documents.form.saved'));
          await navigate({ to: '/documents/$documentId', params: { documentId } });
        }}
      />
    </>
  );
}
