import type { ModuleKey } from '../../contracts/roles';
import { type Grant, hasRole } from './access/grants';

/** Which modules of the web shell a user may open; a new module adds one line. */
const moduleRules: Record<ModuleKey, (grants: readonly Grant[]) => boolean> = {
  home: () => true,
  account: () => true,
  notifications: () => true,
  members: (g: readonly Grant[]) => g.length > 0,
  org: (g) => g.length > 0,
  transfers: (g) => hasRole(g, ['admin', 'committee', 'cell_secretary', 'inspector', 'viewer']),
  admission: (g) => hasRole(g, ['admin', 'committee', 'cell_secretary', 'inspector', 'viewer']),
  /** Party badge lists: readers of whole records (every role but the plain member's). */
  badges: (g) => hasRole(g, ['admin', 'committee', 'cell_secretary', 'inspector', 'viewer']),
  /** Cell meetings: everyone with a role (a member sees the meetings of their own cell). */
  meetings: (g) => g.length > 0,
  /** Who falls behind: readers of whole records. */
  'meetings.panel': (g) => hasRole(g, ['admin', 'committee', 'cell_secretary', 'inspector', 'viewer']),
  /** Party documents: everyone with a role (a member reads what their cell is given to study). */
  documents: (g) => g.length > 0,
  /** Work programs: everyone with a role (a member sees their cell's program). */
  programs: (g) => g.length > 0,
  /** Tasks and working sessions: everyone with a role (a member sees the tasks given to them). */
  tasks: (g) => g.length > 0,
  /** Petitions: everyone with a role (a member sends their own and follows them). */
  petitions: (g) => g.length > 0,
  /** Periodic reports: the units' report makers and their readers (a plain member sends none). */
  reports: (g) => hasRole(g, ['admin', 'committee', 'cell_secretary', 'inspector', 'viewer']),
  'admin.users': (g) => hasRole(g, ['admin']),
  'admin.audit': (g) => hasRole(g, ['admin']),
  'admin.calendar': (g) => hasRole(g, ['admin']),
  'admin.ratingScales': (g) => hasRole(g, ['admin']),
};

export function modulesFor(grants: readonly Grant[]): ModuleKey[] {
  return (Object.keys(moduleRules) as ModuleKey[]).filter((key) => moduleRules[key](grants));
}
