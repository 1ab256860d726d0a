import { EditOutlined, EyeOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import type { DueReport } from './api';
import { deadlineText, dueAction, periodName } from './labels';
import { StatusTags } from './StatusTags';

interface Props {
  item: DueReport;
  today: string;
  opening: boolean;
  onCreate: (item: DueReport) => void;
}

/** One report the unit has to make: which form, which period, by when, how it stands, and the button to it. */
export function DueCard({ item, today, opening, onCreate }: Props) {
  const { t, i18n } = useTranslation();
  const action = dueAction(item);
  const period = periodName(item.period, i18n.language);
  const unsent = item.status === null || item.status === 'draft' || item.status === 'returned';
  const name = `${item.form.name} — ${period}`;
  return (
    <li className={`report-due-card report-due-${item.timeliness}`}>
      <h3 className="report-due-form">{item.form.name}</h3>
      <p className="report-due-period">{period}</p>
      <p className="report-due-deadline">
        {t('reports.due.dueOn', { date: formatDate(item.dueOn) })}
        {unsent ? <span className="muted"> · {deadlineText(t, item.dueOn, today)}</span> : null}
      </p>
      <StatusTags status={item.status} timeliness={item.timeliness} />
      <div>
        {action === 'create' ? (
          <Button
            type="primary"
            size="large"
            icon={<FileAddOutlined aria-hidden />}
            loading={opening}
            aria-label={t('reports.due.createFor', { name })}
            onClick={() => onCreate(item)}
          >
            {t('reports.due.create')}
          </Button>
        ) : (
          <ButtonLink
            type={action === 'continue' ? 'primary' : 'default'}
            size="large"
            icon={action === 'continue' ? <EditOutlined aria-hidden /> : <EyeOutlined aria-hidden />}
            href={`/reports/${item.submissionId}`}
            aria-label={t(`reports.due.${action}For`, { name })}
          >
            {t(`reports.due.${action}`)}
          </ButtonLink>
        )}
      </div>
    </li>
  );
}
