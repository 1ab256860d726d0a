import { z } from 'zod';
import { line, pageQuery } from './common';
import { role } from './roles';

export const userRoleInput = z.object({ role, unitId: z.uuid() });

export const userSummary = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  totpEnabled: z.boolean(),
  roles: z.array(z.object({ role, unitId: z.uuid(), unitName: z.string() })),
  version: z.number().int(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummary>;

export const usersQuery = pageQuery.extend({ q: z.string().trim().max(100).optional() });

const username = z
  .string()
  .trim()
  .min(3)
  .max(50)
  .regex(/^[a-z0-9._-]+$/);

export const createUserBody = z.object({
  username,
  fullName: line(200),
  email: z.email().max(200).nullable().optional(),
  password: z.string().min(8).max(200),
  roles: z.array(userRoleInput).max(20).default([]),
});
export const updateUserBody = z.object({
  fullName: line(200).optional(),
  email: z.email().max(200).nullable().optional(),
  disabled: z.boolean().optional(),
  roles: z.array(userRoleInput).max(20).optional(),
  version: z.int32().min(1),
  reason: z.string().trim().max(1000).optional(),
});
export const resetPasswordBody = z.object({
  newPassword: z.string().min(8).max(200),
  reason: z.string().trim().max(1000).optional(),
});
