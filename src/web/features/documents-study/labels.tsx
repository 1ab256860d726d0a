import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { studyStatuses } from '../../../contracts/documents';
import type { StatusTone } from '../../components/StatusText';
import { StatusText } from '../../components/StatusText';

export type StudyStatus = (typeof studyStatuses)[number];

export const studyTones: Record<StudyStatus, StatusTone> = { done: 'ok', pending: 'off', overdue: 'bad' };

/** Đã học / Chưa học / Quá hạn, in words with an icon (colour never carries the meaning alone). */
export function StudyStatusText({ status, late }: { status: StudyStatus; late?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="study-status">
      <StatusText tone={studyTones[status]}>{t(`documentsStudy.status.${status}`)}</StatusText>
      {late ? <Tag>{t('documentsStudy.late')}</Tag> : null}
    </span>
  );
}
