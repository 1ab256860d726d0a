import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiPost } from '../../app/api';
import type { Page } from '../../app/types';
import { useFormSubmit } from '../../app/useFormSubmit';
import { FormModal } from '../../components/FormModal';
import type { DocumentSummary } from '../documents/api';
import { itemPath, type ProgramDetail, type ProgramItem, storeProgram } from './api';

/** Picks an outgoing document of the program unit's registry, of the planned type, by folded search. */
export function LinkDocumentModal({
  program,
  item,
  open,
  onClose,
}: {
  program: ProgramDetail;
  item: ProgramItem;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ documentId: string }>();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['programs', 'documents', program.unit.id, item.documentType, q],
    queryFn: ({ signal }) =>
      apiGet<Page<DocumentSummary>>(
        '/api/documents',
        {
          unitId: program.unit.id,
          direction: 'outgoing',
          type: item.documentType ?? undefined,
          q: q || undefined,
          limit: 20,
        },
        signal,
      ),
    enabled: open,
  });
  const options = (found.data?.items ?? [])
    .filter((d) => d.ownerUnitId === program.unit.id && d.status !== 'withdrawn')
    .map((d) => ({ value: d.id, label: `${d.numberText ?? t('documents.status.draft')} – ${d.summary}` }));
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    storeProgram(
      await apiPost<ProgramDetail>(itemPath(item.id, '/document'), {
        documentId: values.documentId,
        version: item.version,
      }),
    );
    onClose();
  });

  return (
    <FormModal<{ documentId: string }>
      open={open}
      title={t('programs.linkTitle')}
      saving={busy}
      onClose={onClose}
      name={`link-document-${item.id}`}
      form={form}
      onSubmit={submit}
      notice={
        <>
          <p>{t('programs.linkHelp')}</p>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        </>
      }
    >
      <Form.Item label={t('programs.fields.document')} name="documentId" rules={[{ required: true }]}>
        <Select
          showSearch={{ filterOption: false, onSearch: setQ }}
          loading={found.isFetching}
          options={options}
          notFoundContent={t('programs.noDocuments')}
        />
      </Form.Item>
    </FormModal>
  );
}
