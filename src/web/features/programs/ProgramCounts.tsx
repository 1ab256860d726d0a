import { useTranslation } from 'react-i18next';
import { StatusText } from '../../components/StatusText';
import type { ProgramSummary } from './api';

/** Items, done and late of a program, in words (the colour only repeats them). */
export function ProgramCounts({ program }: { program: ProgramSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <span>{t('programs.counts.items', { count: program.itemCount })}</span>
      <StatusText tone="ok">{t('programs.counts.done', { count: program.doneCount })}</StatusText>
      <StatusText tone={program.lateCount > 0 ? 'bad' : 'off'}>
        {t('programs.counts.late', { count: program.lateCount })}
      </StatusText>
    </>
  );
}
