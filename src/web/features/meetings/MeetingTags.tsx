import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingKind, MeetingStatus } from '../../../domain/meeting-rules';
import { StatusText } from '../../components/StatusText';
import { kindColors, statusTones } from './labels';

export function KindTag({ kind }: { kind: MeetingKind }) {
  const { t } = useTranslation();
  return <Tag color={kindColors[kind]}>{t(`meetings.kind.${kind}`)}</Tag>;
}

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <StatusText tone={statusTones[status]}>{t(`meetings.status.${status}`)}</StatusText>;
}
