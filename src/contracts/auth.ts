import { z } from 'zod';
import { role } from './roles';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  totp: z
    .string()
    .trim()
    .regex(/^\d{6}$/)
    .optional(),
});

export const roleGrant = z.object({ role, unitId: z.uuid(), unitName: z.string() });

export const me = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    locale: z.enum(['vi', 'en']),
    totpEnabled: z.boolean(),
  }),
  roles: z.array(roleGrant),
  modules: z.array(z.string()),
  csrfToken: z.string(),
  /** True when a role the user holds requires a second factor that is not set up yet: only account routes work. */
  totpEnrollmentRequired: z.boolean(),
});
export type Me = z.infer<typeof me>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(8).max(200),
});

export const totpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const totpCodeBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const localeBody = z.object({ locale: z.enum(['vi', 'en']) });
