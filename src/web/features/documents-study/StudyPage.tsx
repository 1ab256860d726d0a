import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { PageHeader } from '../../components/PageHeader';
import { AssignmentsDashboard } from './AssignmentsDashboard';
import { seesDashboard } from './access';
import { myStudyQuery, type ToRecord } from './api';
import { StudyStatusText } from './labels';
import { ReadButton } from './ReadButton';
import { RecordStudyDrawer } from './RecordStudyDrawer';
import { documentTitle } from './text';
import './documents-study.css';

/**
 * "Học tập nghị quyết": what the user has to do (cells to record for a secretary, documents to read for a
 * member) and, for a committee, how far the cells have come with each document given to them.
 */
export function StudyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const mine = useQuery(myStudyQuery);
  const [recording, setRecording] = useState<ToRecord | null>(null);
  const dashboard = seesDashboard(me);
  const nothing = mine.data && mine.data.toRecord.length === 0 && mine.data.toRead.length === 0 && !dashboard;

  return (
    <>
      <PageHeader title={t('documentsStudy.title')} intro={t('documentsStudy.intro')} />
      <div className="stack">
        {mine.isPending ? (
          <Card>
            <Skeleton active title={false} paragraph={{ rows: 4 }} />
          </Card>
        ) : mine.error ? (
          <Alert type="error" showIcon title={errorText(mine.error)} />
        ) : (
          <>
            {mine.data.toRecord.length > 0 ? (
              <Card title={<h2 className="card-title">{t('documentsStudy.toRecord.title')}</h2>}>
                <ul className="plain-list" aria-label={t('documentsStudy.toRecord.title')}>
                  {mine.data.toRecord.map((item) => (
                    <li key={item.targetId} className="list-card">
                      <Link
                        to="/documents/$documentId"
                        params={{ documentId: item.documentId }}
                        className="strong break-anywhere"
                      >
                        {documentTitle(item.documentNumberText, item.documentSummary)}
                      </Link>
                      <span className="list-card-row">
                        <span>{item.unitName}</span>
                        <StudyStatusText status={item.status} />
                      </span>
                      <span className="muted">
                        {t('documentsStudy.progress.due', { date: formatDate(item.dueOn) })}
                      </span>
                      <div>
                        <Button
                          icon={<EditOutlined aria-hidden />}
                          type={item.status === 'done' ? 'default' : 'primary'}
                          aria-label={t('documentsStudy.toRecord.buttonFor', {
                            document: item.documentNumberText ?? item.documentSummary,
                            unit: item.unitName,
                          })}
                          onClick={() => setRecording(item)}
                        >
                          {t('documentsStudy.toRecord.button')}
                        </Button>
                      </div>
                    </li>
                  ))}
                </ul>
              </Card>
            ) : null}
            {mine.data.toRead.length > 0 ? (
              <Card title={<h2 className="card-title">{t('documentsStudy.toRead.title')}</h2>}>
                <ul className="plain-list" aria-label={t('documentsStudy.toRead.title')}>
                  {mine.data.toRead.map((item) => (
                    <li key={item.documentId} className="list-card">
                      <Link
                        to="/documents/$documentId"
                        params={{ documentId: item.documentId }}
                        className="strong break-anywhere"
                      >
                        {documentTitle(item.documentNumberText, item.documentSummary)}
                      </Link>
                      <span className="muted">
                        {t('documentsStudy.progress.due', { date: formatDate(item.dueOn) })}
                      </span>
                      <div>
                        <ReadButton
                          documentId={item.documentId}
                          readOn={item.readOn}
                          label={t('documentsStudy.read.buttonFor', {
                            document: item.documentNumberText ?? item.documentSummary,
                          })}
                        />
                      </div>
                    </li>
                  ))}
                </ul>
              </Card>
            ) : null}
            {nothing ? (
              <Card>
                <Empty description={t('documentsStudy.nothing')} />
              </Card>
            ) : null}
          </>
        )}
        {dashboard ? <AssignmentsDashboard /> : null}
      </div>
      <RecordStudyDrawer item={recording} onClose={() => setRecording(null)} />
    </>
  );
}
