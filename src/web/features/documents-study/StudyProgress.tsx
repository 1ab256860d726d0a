import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../app/format';
import { percentLabel } from '../meetings-panel/periods';
import type { StudyAssignmentSummary } from './api';
import { memberShare } from './text';

type Counts = Pick<
  StudyAssignmentSummary,
  'cellCount' | 'doneCount' | 'overdueCount' | 'memberCount' | 'studiedMemberCount' | 'dueOn'
>;

/** Cells done over cells assigned (a bar), the share of members who studied, the overdue cells, the deadline. */
export function StudyProgress({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const cellsDone = counts.cellCount > 0 ? Math.round((counts.doneCount / counts.cellCount) * 100) : 0;
  const share = memberShare(counts.studiedMemberCount, counts.memberCount);
  const cellsText = t('documentsStudy.progress.cells', {
    done: formatNumber(counts.doneCount),
    total: formatNumber(counts.cellCount),
  });
  return (
    <div className="study-progress">
      <div className="study-progress-line">
        <span>{cellsText}</span>
        <Progress percent={cellsDone} size="small" aria-label={cellsText} className="study-progress-bar" />
      </div>
      <div className="study-progress-line">
        <span>
          {t('documentsStudy.progress.members', {
            share: percentLabel(share),
            studied: formatNumber(counts.studiedMemberCount),
            total: formatNumber(counts.memberCount),
          })}
        </span>
      </div>
      <div className="study-progress-tags">
        <span className="muted">{t('documentsStudy.progress.due', { date: formatDate(counts.dueOn) })}</span>
        {counts.overdueCount > 0 ? (
          <Tag color="red">{t('documentsStudy.progress.overdue', { n: counts.overdueCount })}</Tag>
        ) : null}
      </div>
    </div>
  );
}
