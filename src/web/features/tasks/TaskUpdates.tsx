import { DownloadOutlined } from '@ant-design/icons';
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { type TaskDetail, taskFileHref } from './api';

/** The progress reports, newest first: the percent, the note, the file, who and when. */
export function TaskUpdates({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const updates = [...task.updates].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card
      title={
        <h2 className="card-title" id="task-updates">
          {t('tasks.updates.title')}
        </h2>
      }
    >
      {updates.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.updates.empty')} />
      ) : (
        <ol className="plain-list task-updates" aria-labelledby="task-updates">
          {updates.map((u) => (
            <li key={u.id} className="list-card">
              <span className="list-card-row">
                <span className="strong">{t('tasks.updates.progress', { n: u.progress })}</span>
                <span className="muted">
                  {u.by
                    ? t('tasks.updates.byAt', { who: u.by, at: formatDateTime(u.at) })
                    : formatDateTime(u.at)}
                </span>
              </span>
              {u.note ? <p className="task-description break-anywhere">{u.note}</p> : null}
              {u.file ? (
                <a
                  href={taskFileHref(task.id, u.file.id)}
                  download={u.file.fileName}
                  className="break-anywhere"
                >
                  <DownloadOutlined aria-hidden /> {u.file.fileName}
                </a>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
