import { BookOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { AssignStudyModal } from './AssignStudyModal';
import {
  assignmentQuery,
  assignmentsQuery,
  myStudyQuery,
  type StudyAssignmentSummary,
  type StudyTarget,
} from './api';
import { ReadButton } from './ReadButton';
import { StudyProgress } from './StudyProgress';
import { type RecordAction, TargetsTable } from './TargetsTable';
import { useRecordDrawer } from './useRecordDrawer';
import './documents-study.css';

/**
 * On a document's page: the study assignments of the document with each cell's progress, the button that
 * assigns it (for those who may write it) and, for a member whose cell studies it, "Tôi đã đọc".
 */
export function DocumentStudySection({ documentId, canWrite }: { documentId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const [assigning, setAssigning] = useState(false);
  const list = useInfiniteQuery(assignmentsQuery({ documentId }));
  const mine = useQuery(myStudyQuery);
  const toRead = mine.data?.toRead.find((d) => d.documentId === documentId);
  const assignments = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card title={<h2 className="card-title">{t('documentsStudy.section.title')}</h2>}>
      <div className="stack">
        {canWrite ? (
          <div>
            <Button
              className="study-wrap-button"
              icon={<BookOutlined aria-hidden />}
              onClick={() => setAssigning(true)}
            >
              {t('documentsStudy.assign.button')}
            </Button>
          </div>
        ) : null}
        {toRead ? (
          <div className="study-read-line">
            <span>{t('documentsStudy.read.ask')}</span>
            <ReadButton documentId={documentId} readOn={toRead.readOn} />
          </div>
        ) : null}
        {list.isPending ? (
          <Skeleton active title={false} paragraph={{ rows: 3 }} />
        ) : list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} />
        ) : assignments.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documentsStudy.section.empty')} />
        ) : (
          assignments.map((a) => <AssignmentBlock key={a.id} assignment={a} />)
        )}
      </div>
      {canWrite ? (
        <AssignStudyModal documentId={documentId} open={assigning} onClose={() => setAssigning(false)} />
      ) : null}
    </Card>
  );
}

/** One assignment: who gave it, its progress, and its cells. */
function AssignmentBlock({ assignment }: { assignment: StudyAssignmentSummary }) {
  const { t } = useTranslation();
  const detail = useQuery(assignmentQuery(assignment.id));
  const caption = t('documentsStudy.targets.caption', { unit: assignment.unitName });
  const { action, drawer } = useRecordDrawer(detail.data);
  return (
    <section className="study-assignment" aria-label={caption}>
      <div className="study-assignment-head">
        <Link to="/study/$assignmentId" params={{ assignmentId: assignment.id }} className="strong">
          {t('documentsStudy.section.assignedBy', { unit: assignment.unitName })}
        </Link>
      </div>
      <StudyProgress counts={detail.data ?? assignment} />
      {assignment.note ? <p className="break-anywhere">{assignment.note}</p> : null}
      {detail.error ? <Alert type="error" showIcon title={errorText(detail.error)} /> : null}
      {detail.data ? <CellsPart targets={detail.data.targets} caption={caption} record={action} /> : null}
      {drawer}
    </section>
  );
}

/** A committee's tens of cells would bury the document: shown on request beyond a few. */
const openUpTo = 10;

function CellsPart({
  targets,
  caption,
  record,
}: {
  targets: readonly StudyTarget[];
  caption: string;
  record: RecordAction | undefined;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(targets.length <= openUpTo);
  return (
    <>
      {targets.length > openUpTo ? (
        <div>
          <Button
            type="link"
            aria-expanded={open}
            onClick={() => setOpen((v) => !v)}
            className="study-wrap-button"
          >
            {open
              ? t('documentsStudy.section.hideCells')
              : t('documentsStudy.section.showCells', { n: targets.length })}
          </Button>
        </div>
      ) : null}
      {open ? <TargetsTable targets={targets} caption={caption} record={record} /> : null}
    </>
  );
}
