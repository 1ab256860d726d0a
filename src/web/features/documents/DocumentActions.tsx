import {
  CheckOutlined,
  EditOutlined,
  FieldTimeOutlined,
  FileWordOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Alert, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { ButtonLink } from '../../components/ButtonLink';
import { type DocumentDetail, documentPath, docxHref } from './api';
import { IssueModal, ReasonModal } from './StatusModals';
import { useDocumentSave } from './useDocumentSave';

type Open = 'issue' | 'withdraw' | 'expire' | null;

/** What a writer may do now, by status: edit, approve, issue, withdraw, expire; and the Word file of a draft. */
export function DocumentActions({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const { busy, error, save } = useDocumentSave(d.id);
  const outgoing = d.direction === 'outgoing';
  const editable = d.status === 'draft' || d.status === 'approved' || (!outgoing && d.status === 'issued');

  const buttons = [
    d.canWrite && editable ? (
      <ButtonLink key="edit" icon={<EditOutlined aria-hidden />} href={`/documents/${d.id}/edit`}>
        {t('documents.actions.edit')}
      </ButtonLink>
    ) : null,
    d.canWrite && outgoing && d.status === 'draft' ? (
      <Popconfirm
        key="approve"
        title={t('documents.actions.approveConfirm')}
        okText={t('documents.actions.approve')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          save(() => apiPost<DocumentDetail>(documentPath(d.id, '/approve'), { version: d.version }))
        }
      >
        <Button icon={<CheckOutlined aria-hidden />} loading={busy}>
          {t('documents.actions.approve')}
        </Button>
      </Popconfirm>
    ) : null,
    d.canWrite && outgoing && d.status === 'approved' ? (
      <Button key="issue" type="primary" icon={<SendOutlined aria-hidden />} onClick={() => setOpen('issue')}>
        {t('documents.actions.issue')}
      </Button>
    ) : null,
    d.canWrite && outgoing && d.status === 'issued' ? (
      <Button
        key="withdraw"
        danger
        icon={<RollbackOutlined aria-hidden />}
        onClick={() => setOpen('withdraw')}
      >
        {t('documents.actions.withdraw')}
      </Button>
    ) : null,
    d.canWrite && d.status === 'issued' ? (
      <Button key="expire" icon={<FieldTimeOutlined aria-hidden />} onClick={() => setOpen('expire')}>
        {t('documents.actions.expire')}
      </Button>
    ) : null,
    outgoing ? (
      <Button key="docx" icon={<FileWordOutlined aria-hidden />} href={docxHref(d.id)} download>
        {t('documents.actions.docx')}
      </Button>
    ) : null,
  ].filter(Boolean);

  if (buttons.length === 0) return null;
  return (
    <div className="stack">
      <div className="document-actions">{buttons}</div>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {d.canWrite ? (
        <>
          <IssueModal document={d} open={open === 'issue'} onClose={() => setOpen(null)} />
          <ReasonModal
            kind="withdraw"
            document={d}
            open={open === 'withdraw'}
            onClose={() => setOpen(null)}
          />
          <ReasonModal kind="expire" document={d} open={open === 'expire'} onClose={() => setOpen(null)} />
        </>
      ) : null}
    </div>
  );
}
