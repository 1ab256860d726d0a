import { Link } from '@tanstack/react-router';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useShowError } from '../../app/errors';
import { formatDate } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { StatusText, type StatusTone } from '../../components/StatusText';
import { itemPath, type ProgramDetail, type ProgramItem, storeProgram } from './api';
import { LinkDocumentModal } from './LinkDocumentModal';
import { StatusModal } from './StatusModal';

const statusTones: Record<ProgramItem['status'], StatusTone> = {
  planned: 'off',
  in_progress: 'warn',
  done: 'ok',
  cancelled: 'off',
};

/** The draft form of the documents module, prefilled for this planned document. */
export const draftHref = (program: ProgramDetail, item: ProgramItem) =>
  `/documents/new?${new URLSearchParams({
    direction: 'outgoing',
    type: item.documentType ?? '',
    summary: item.title,
    unitId: program.unit.id,
    programItemId: item.id,
  }).toString()}`;

export function ProgramItemRow({
  program,
  item,
  onEdit,
}: {
  program: ProgramDetail;
  item: ProgramItem;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [status, setStatus] = useState<'done' | 'cancelled' | 'planned' | null>(null);
  const [linking, setLinking] = useState(false);
  const open = item.status === 'planned' || item.status === 'in_progress';
  const send = async (method: 'DELETE', path: string) => {
    try {
      storeProgram(await api<ProgramDetail>(path, { method }));
    } catch (error) {
      showError(error);
    }
  };
  const responsible = [item.responsibleBody?.name, item.responsibleMember?.name, item.responsibleText]
    .filter(Boolean)
    .join(', ');

  return (
    <li className={item.late ? 'program-item program-item-late' : 'program-item'}>
      <div className="program-item-title">
        {item.late ? <strong className="program-late-mark">{t('programs.lateMark')} </strong> : null}
        <span className={item.status === 'cancelled' ? 'program-cancelled' : undefined}>{item.title}</span>
      </div>
      <Space wrap size={[8, 4]}>
        <Tag>
          {item.documentType ? t(`documents.type.${item.documentType}`) : t('programs.kind.activity')}
        </Tag>
        <StatusText tone={item.late ? 'bad' : statusTones[item.status]}>
          {t(`programs.status.${item.status}`)}
        </StatusText>
        <Typography.Text type="secondary">
          {t('programs.dueOn', { date: formatDate(item.dueOn) })}
          {item.doneOn ? ` · ${t('programs.doneOn', { date: formatDate(item.doneOn) })}` : ''}
        </Typography.Text>
        {responsible ? (
          <Typography.Text type="secondary">
            {t('programs.responsible', { who: responsible })}
          </Typography.Text>
        ) : null}
      </Space>
      {item.document ? (
        <div className="program-item-document">
          <Link to="/documents/$documentId" params={{ documentId: item.document.id }}>
            {item.document.numberText ?? t('documents.status.draft')}: {item.document.summary}
          </Link>
        </div>
      ) : null}
      {item.cancelReason ? (
        <Typography.Text type="secondary">
          {t('programs.cancelReason', { reason: item.cancelReason })}
        </Typography.Text>
      ) : null}
      {program.canEdit ? (
        <Space wrap size={[4, 4]} className="program-no-print program-item-actions">
          <Button size="small" onClick={onEdit}>
            {t('programs.item.edit')}
          </Button>
          {open && item.kind === 'activity' ? (
            <Button size="small" onClick={() => setStatus('done')}>
              {t('programs.item.markDone')}
            </Button>
          ) : null}
          {open && item.kind === 'document' && !item.document ? (
            <>
              <ButtonLink size="small" href={draftHref(program, item)}>
                {t('programs.item.draft')}
              </ButtonLink>
              <Button size="small" onClick={() => setLinking(true)}>
                {t('programs.item.link')}
              </Button>
            </>
          ) : null}
          {item.document ? (
            <Popconfirm
              title={t('programs.item.unlinkConfirm')}
              onConfirm={() => send('DELETE', itemPath(item.id, '/document'))}
            >
              <Button size="small">{t('programs.item.unlink')}</Button>
            </Popconfirm>
          ) : null}
          {open ? (
            <Button size="small" onClick={() => setStatus('cancelled')}>
              {t('programs.item.cancel')}
            </Button>
          ) : null}
          {!open && !item.document ? (
            <Button size="small" onClick={() => setStatus('planned')}>
              {t('programs.item.reopen')}
            </Button>
          ) : null}
          {item.status !== 'done' ? (
            <Popconfirm
              title={t('programs.item.deleteConfirm')}
              onConfirm={() => send('DELETE', itemPath(item.id))}
            >
              <Button size="small" danger>
                {t('programs.item.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ) : null}
      <StatusModal item={item} target={status} year={program.year} onClose={() => setStatus(null)} />
      <LinkDocumentModal program={program} item={item} open={linking} onClose={() => setLinking(false)} />
    </li>
  );
}
