import { queryOptions } from '@tanstack/react-query';
import type {
  AdmissionBoardItem,
  AdmissionCase,
  AdmissionStageKey,
  AdmissionStepKey,
  TargetsTable,
} from '../../../contracts/admission';
import type { Me } from '../../../contracts/auth';
import { apiGet } from '../../app/api';

export type { AdmissionBoardItem, AdmissionCase, AdmissionStageKey, AdmissionStepKey, TargetsTable };

export interface AdmissionSearch {
  unitId?: string;
}

export const admissionKeys = {
  all: ['admission'] as const,
  board: (unitId: string | undefined) => ['admission', 'board', unitId ?? null] as const,
  one: (id: string) => ['admission', 'case', id] as const,
  targets: (unitId: string, year: number) => ['admission', 'targets', unitId, year] as const,
};

export const boardQuery = (unitId: string | undefined) =>
  queryOptions({
    queryKey: admissionKeys.board(unitId),
    queryFn: ({ signal }) =>
      apiGet<{ items: AdmissionBoardItem[]; truncated: boolean }>('/api/admission/cases', { unitId }, signal),
  });

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: admissionKeys.one(id),
    queryFn: ({ signal }) =>
      apiGet<AdmissionCase>(`/api/admission/cases/${encodeURIComponent(id)}`, undefined, signal),
  });

export const targetsQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: admissionKeys.targets(unitId, year),
    queryFn: ({ signal }) => apiGet<TargetsTable>('/api/admission/targets', { unitId, year }, signal),
  });

const writerRoles = ['admin', 'committee', 'cell_secretary'];
export const canNominate = (me: Me): boolean => me.roles.some((g) => writerRoles.includes(g.role));
export const canSetTargets = (me: Me): boolean =>
  me.roles.some((g) => g.role === 'admin' || g.role === 'committee');
/** The cell a new candidate most likely belongs to: the filtered unit, else the user's own cell. */
export const defaultCellFor = (me: Me, unitId: string | undefined): string | undefined =>
  unitId ?? me.roles.find((g) => writerRoles.includes(g.role))?.unitId;
/** The unit the targets table starts at: the first committee (or admin) grant. */
export const targetsUnitFor = (me: Me, unitId: string | undefined): string | undefined =>
  unitId ?? me.roles.find((g) => g.role === 'committee' || g.role === 'admin')?.unitId;

/** The steps one may record next at a stage (the three before the vote in any order, and closing the case). */
export function allowedSteps(c: AdmissionCase): AdmissionStepKey[] | null {
  if (!c.open || !c.canEdit) return null;
  const steps: AdmissionStepKey[] = [];
  if (!c.cellVoteDate) steps.push('course', 'introducers', 'verification', 'cell_vote');
  else if (!c.decisionDate) steps.push('decision');
  else if (!c.ceremonyDate) steps.push('ceremony');
  else steps.push('official_vote');
  return steps;
}
