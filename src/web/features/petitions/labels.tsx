import { useTranslation } from 'react-i18next';
import { StatusText, type StatusTone } from '../../components/StatusText';
import type { PetitionSummary } from './api';

/** Open petitions older than this many days are marked overdue in the register. */
export const OVERDUE_DAYS = 30;

export const isOverdue = (p: Pick<PetitionSummary, 'status' | 'ageDays'>) =>
  p.status !== 'resolved' && p.ageDays > OVERDUE_DAYS;

const tones: Record<PetitionSummary['status'], StatusTone> = {
  received: 'warn',
  handling: 'warn',
  forwarded: 'off',
  resolved: 'ok',
};

/** The status in words; "beyond, to forward" while a petition waits to go to the superior. */
export function PetitionStatusText({
  petition,
}: {
  petition: Pick<PetitionSummary, 'status' | 'authority'>;
}) {
  const { t } = useTranslation();
  const waitsToForward = petition.status === 'received' && petition.authority === 'beyond';
  return (
    <StatusText tone={tones[petition.status]}>
      {waitsToForward ? t('petitions.status.toForward') : t(`petitions.status.${petition.status}`)}
    </StatusText>
  );
}

/** "12 ngày" open, "xong sau 9 ngày" resolved; overdue ones say so in words, not colour alone. */
export function PetitionAge({ petition }: { petition: Pick<PetitionSummary, 'status' | 'ageDays'> }) {
  const { t } = useTranslation();
  if (petition.status === 'resolved')
    return <span className="muted">{t('petitions.age.took', { count: petition.ageDays })}</span>;
  if (isOverdue(petition))
    return <StatusText tone="bad">{t('petitions.age.overdue', { count: petition.ageDays })}</StatusText>;
  return <span className="muted">{t('petitions.age.open', { count: petition.ageDays })}</span>;
}
