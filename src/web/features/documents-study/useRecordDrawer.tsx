import { useState } from 'react';
import { useMe } from '../../app/auth';
import { mayRecord } from './access';
import type { StudyAssignmentDetail } from './api';
import { type RecordItem, RecordStudyDrawer } from './RecordStudyDrawer';
import type { RecordAction } from './TargetsTable';

/** The "record the session" action of an assignment's cells and the drawer it opens. */
export function useRecordDrawer(detail: StudyAssignmentDetail | undefined) {
  const me = useMe();
  const [item, setItem] = useState<RecordItem | null>(null);
  const action: RecordAction | undefined = detail
    ? {
        may: (target) => mayRecord(me, detail, target),
        open: (target) =>
          setItem({
            assignmentId: detail.id,
            targetId: target.id,
            unitId: target.unitId,
            unitName: target.unitName,
            documentNumberText: detail.documentNumberText,
            documentSummary: detail.documentSummary,
            dueOn: detail.dueOn,
          }),
      }
    : undefined;
  return { action, drawer: <RecordStudyDrawer item={item} onClose={() => setItem(null)} /> };
}
