import type { Me } from '../../../contracts/auth';
import type { Role } from '../../../contracts/roles';
import type { StudyAssignmentDetail, StudyTarget } from './api';

/** Roles that follow the study of documents (the server shows each only the cells in reach: a secretary, the own). */
const dashboardRoles: readonly Role[] = ['admin', 'committee', 'cell_secretary', 'inspector', 'viewer'];
export const seesDashboard = (me: Me): boolean => me.roles.some((g) => dashboardRoles.includes(g.role));

/** The committee that assigns by default: the user's committee (or admin) unit. */
export const defaultAssigningUnit = (me: Me): string | undefined =>
  me.roles.find((g) => g.role === 'committee' || g.role === 'admin')?.unitId ?? me.roles[0]?.unitId;

/**
 * Whether to offer recording a cell's session (the server decides): those who may write the assignment's
 * committee, and the cell's secretary.
 */
export const mayRecord = (me: Me, detail: Pick<StudyAssignmentDetail, 'canWrite'>, target: StudyTarget) =>
  detail.canWrite ||
  me.roles.some((g) => (g.role === 'cell_secretary' || g.role === 'admin') && g.unitId === target.unitId);
