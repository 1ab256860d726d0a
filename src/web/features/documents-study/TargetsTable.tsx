import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { percentLabel } from '../meetings-panel/periods';
import { planHref, type StudyTarget } from './api';
import { StudyStatusText } from './labels';
import { memberShare } from './text';

/** The plan a cell uploaded, as a download link, or a dash. */
function PlanLink({ target }: { target: StudyTarget }) {
  const { t } = useTranslation();
  if (!target.planFile) return <span className="muted">{t('documentsStudy.targets.noPlan')}</span>;
  return (
    <a href={planHref(target.id)} download={target.planFile.fileName} className="break-anywhere">
      <DownloadOutlined aria-hidden /> {target.planFile.fileName}
    </a>
  );
}

const presentText = (target: StudyTarget) =>
  target.studiedOn
    ? `${formatNumber(target.presentCount)}/${formatNumber(target.memberCount)}`
    : `—/${formatNumber(target.memberCount)}`;

/** Opens the record of a cell's session, for the cells the user may record. */
export interface RecordAction {
  may: (target: StudyTarget) => boolean;
  open: (target: StudyTarget) => void;
}

function RecordButton({ target, action }: { target: StudyTarget; action: RecordAction | undefined }) {
  const { t } = useTranslation();
  if (!action?.may(target)) return null;
  const text = target.studiedOn ? t('documentsStudy.targets.edit') : t('documentsStudy.toRecord.button');
  return (
    <Button
      size="small"
      icon={<EditOutlined aria-hidden />}
      aria-label={`${text}: ${target.unitName}`}
      onClick={() => action.open(target)}
    >
      {text}
    </Button>
  );
}

/** One row per cell of an assignment (cards on phones): status, date, attendance, share studied, plan. */
export function TargetsTable({
  targets,
  caption,
  record,
}: {
  targets: readonly StudyTarget[];
  caption: string;
  record?: RecordAction;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const recordable = record ? targets.some((x) => record.may(x)) : false;
  if (targets.length === 0) return <Empty description={t('documentsStudy.targets.empty')} />;
  if (phone) {
    return (
      <ul className="plain-list study-targets" aria-label={caption}>
        {targets.map((target) => (
          <li key={target.id} className="list-card">
            <span className="strong break-anywhere">{target.unitName}</span>
            <StudyStatusText status={target.status} late={target.late} />
            <span>
              {t('documentsStudy.targets.studiedOn')}: {formatDate(target.studiedOn)}
            </span>
            <span>
              {t('documentsStudy.targets.present')}: {presentText(target)}
              {' · '}
              {t('documentsStudy.targets.share')}:{' '}
              {percentLabel(memberShare(target.studiedMemberCount, target.memberCount))}
            </span>
            <PlanLink target={target} />
            <div>
              <RecordButton target={target} action={record} />
            </div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table<StudyTarget>
      size="small"
      rowKey="id"
      dataSource={[...targets]}
      pagination={targets.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'cell', title: t('documentsStudy.targets.cell'), render: (_, r) => r.unitName },
        {
          key: 'status',
          title: t('documentsStudy.targets.status'),
          render: (_, r) => <StudyStatusText status={r.status} late={r.late} />,
        },
        {
          key: 'studiedOn',
          title: t('documentsStudy.targets.studiedOn'),
          render: (_, r) => formatDate(r.studiedOn),
        },
        {
          key: 'present',
          title: t('documentsStudy.targets.present'),
          align: 'right',
          render: (_, r) => presentText(r),
        },
        {
          key: 'share',
          title: t('documentsStudy.targets.share'),
          align: 'right',
          render: (_, r) => percentLabel(memberShare(r.studiedMemberCount, r.memberCount)),
        },
        { key: 'plan', title: t('documentsStudy.targets.plan'), render: (_, r) => <PlanLink target={r} /> },
        ...(recordable
          ? [
              {
                key: 'record',
                title: t('common.actions'),
                render: (_: unknown, r: StudyTarget) => <RecordButton target={r} action={record} />,
              },
            ]
          : []),
      ]}
    />
  );
}
