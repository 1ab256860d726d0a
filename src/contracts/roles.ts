import { z } from 'zod';

export const roles = ['admin', 'committee', 'cell_secretary', 'member', 'inspector', 'viewer'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** Module keys the web shell can show; `me.modules` lists those the signed-in user may use. */
export const moduleKeys = [
  'home',
  'org',
  'members',
  'transfers',
  'admission',
  'badges',
  'meetings',
  'meetings.panel',
  'documents',
  'programs',
  'tasks',
  'petitions',
  'reports',
  'notifications',
  'account',
  'admin.users',
  'admin.audit',
  'admin.calendar',
  'admin.ratingScales',
] as const;
export type ModuleKey = (typeof moduleKeys)[number];
