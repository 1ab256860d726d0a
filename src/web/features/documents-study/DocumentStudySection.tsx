/**
 * The study (học tập, quán triệt) of a document, shown on its page. A placeholder: the study helper replaces
 * this body with the assignment, the cells' progress and the member's "I have read it".
 */
export function DocumentStudySection(_props: { documentId: string; canWrite: boolean }) {
  return null;
}
