import { DeleteOutlined, LinkOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Empty, Form, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentLinkKinds } from '../../../contracts/documents';
import { api, apiGet, apiPost } from '../../app/api';
import type { Page } from '../../app/types';
import { useDebounced } from '../../app/useDebounced';
import { FormModal } from '../../components/FormModal';
import { type DocumentDetail, type DocumentLink, type DocumentSummary, documentPath } from './api';
import { DocumentStatusTag } from './DocumentTags';
import { useDocumentSave } from './useDocumentSave';

type LinkKind = (typeof documentLinkKinds)[number];

/** "Thay thế" / "Bị thay thế bởi", "Thực hiện" / "Được thực hiện bởi", "Hướng dẫn" / "Được hướng dẫn bởi". */
const groupKey = (link: Pick<DocumentLink, 'kind' | 'direction'>) =>
  `${link.kind}.${link.direction}` as const;
const groups = documentLinkKinds.flatMap((kind) =>
  (['outgoing', 'incoming'] as const).map((direction) => ({ kind, direction })),
);

/** Finds another document by number or summary (the registry's folded search). */
function DocumentPicker({
  id,
  value,
  onChange,
  excludeId,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  excludeId: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const found = useQuery({
    queryKey: ['documents', 'list', 'picker', q],
    queryFn: ({ signal }) => apiGet<Page<DocumentSummary>>('/api/documents', { q, limit: 20 }, signal),
    enabled: q.length >= 2,
  });
  const options = (found.data?.items ?? [])
    .filter((d) => d.id !== excludeId)
    .map((d) => ({ value: d.id, label: `${d.numberText ?? t('documents.noNumber')} — ${d.summary}` }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setText }}
      options={options}
      loading={found.isFetching}
      placeholder={t('documents.links.searchPlaceholder')}
      notFoundContent={q.length >= 2 && !found.isFetching ? t('documents.empty') : null}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}

function AddLinkModal({
  document: d,
  open,
  onClose,
}: {
  document: DocumentDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: LinkKind; targetId: string }>();
  const { busy, error, save, clearError } = useDocumentSave(d.id, form);
  return (
    <FormModal<{ kind: LinkKind; targetId: string }>
      open={open}
      title={t('documents.links.addTitle')}
      okText={t('documents.links.add')}
      saving={busy}
      onClose={() => {
        clearError();
        onClose();
      }}
      name="add-link"
      form={form}
      onSubmit={async (values) => {
        const done = await save(() => apiPost<DocumentDetail>(documentPath(d.id, '/links'), values));
        if (done) {
          form.resetFields();
          onClose();
        }
      }}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      <Form.Item
        label={t('documents.links.kind')}
        name="kind"
        initialValue="implements"
        rules={[{ required: true, message: t('documents.links.kindRequired') }]}
      >
        <Select
          options={documentLinkKinds.map((kind) => ({
            value: kind,
            label: t(`documents.links.group.${kind}.outgoing`),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('documents.links.target')}
        name="targetId"
        rules={[{ required: true, message: t('documents.links.targetRequired') }]}
      >
        <DocumentPicker excludeId={d.id} />
      </Form.Item>
    </FormModal>
  );
}

/** How this document stands to others: what it replaces, implements or guides, and what does so to it. */
export function LinksSection({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { busy, error, save } = useDocumentSave(d.id);
  const present = groups.filter((g) => d.links.some((l) => groupKey(l) === groupKey(g)));

  return (
    <section className="stack" aria-labelledby="document-links">
      <h2 id="document-links" className="card-title">
        {t('documents.links.title')}
      </h2>
      {d.canWrite ? (
        <div>
          <Button icon={<LinkOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('documents.links.addButton')}
          </Button>
        </div>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {present.length === 0 ? <Empty description={t('documents.links.empty')} /> : null}
      {present.map((g) => (
        <div key={groupKey(g)}>
          <h3 className="document-section-title">{t(`documents.links.group.${g.kind}.${g.direction}`)}</h3>
          <ul className="plain-list">
            {d.links
              .filter((l) => groupKey(l) === groupKey(g))
              .map((link) => (
                <li key={link.id} className="document-link">
                  <div className="document-link-text">
                    <Link
                      to="/documents/$documentId"
                      params={{ documentId: link.documentId }}
                      className="strong"
                    >
                      {link.numberText ?? t('documents.noNumber')}
                    </Link>{' '}
                    — {link.summary} <DocumentStatusTag status={link.status} />
                  </div>
                  {d.canWrite ? (
                    <Popconfirm
                      title={t('documents.links.removeConfirm')}
                      okText={t('documents.links.remove')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        save(() =>
                          api<DocumentDetail>(documentPath(d.id, `/links/${encodeURIComponent(link.id)}`), {
                            method: 'DELETE',
                          }),
                        )
                      }
                    >
                      <Button
                        danger
                        size="small"
                        loading={busy}
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('documents.links.removeFor', {
                          number: link.numberText ?? link.summary,
                        })}
                      >
                        {t('documents.links.remove')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </li>
              ))}
          </ul>
        </div>
      ))}
      {d.canWrite ? <AddLinkModal document={d} open={adding} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}
