import { join, resolve } from 'node:path';
import { z } from 'zod';
import { type Role, role } from '../contracts/roles';

/** Every setting the server reads from the environment; documented in docs/OPERATIONS.md. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  COOKIE_SECURE: z
    .string()
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  TOTP_REQUIRED_ROLES: z
    .string()
    .default('admin')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(role)),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Đảng bộ số <no-reply@dangbo.local>'),
  PUBLIC_URL: z.string().default('http://localhost:3000'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(2000),
  OUTBOX_DISABLED: z
    .string()
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  WEB_DIST: z.string().default('dist/web'),
  /** Where attached files live (default `<DATA_DIR>/files`); shared storage when several instances run. */
  FILES_DIR: z.string().optional(),
  DOCUMENT_FILE_MAX_MB: z.coerce.number().int().min(1).max(500).default(20),
  /** Page margins of generated Word documents in mm: top, bottom, left, right (36-HD/VPTW's common values). */
  DOCX_MARGINS_MM: z
    .string()
    .default('20,20,30,15')
    .transform((v) => v.split(',').map((n) => Number(n.trim())))
    .pipe(
      z.tuple([
        z.number().min(5).max(60),
        z.number().min(5).max(60),
        z.number().min(5).max(60),
        z.number().min(5).max(60),
      ]),
    ),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  poolSize: number;
  logLevel: string;
  trustProxy: boolean;
  cookieSecure: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginMaxFailures: number;
  loginLockMs: number;
  loginRatePerMinute: number;
  totpRequiredRoles: Role[];
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  outboxPollMs: number;
  outboxDisabled: boolean;
  webDist: string;
  filesDir: string;
  documentFileMaxBytes: number;
  docxMarginsMm: { top: number; bottom: number; left: number; right: number };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const e = envSchema.parse(env);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    poolSize: e.DATABASE_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMs: e.LOGIN_LOCK_MINUTES * 60_000,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    totpRequiredRoles: e.TOTP_REQUIRED_ROLES,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL,
    outboxPollMs: e.OUTBOX_POLL_MS,
    outboxDisabled: e.OUTBOX_DISABLED,
    webDist: resolve(e.WEB_DIST),
    filesDir: resolve(e.FILES_DIR ?? join(e.DATA_DIR, 'files')),
    documentFileMaxBytes: e.DOCUMENT_FILE_MAX_MB * 1024 * 1024,
    docxMarginsMm: {
      top: e.DOCX_MARGINS_MM[0],
      bottom: e.DOCX_MARGINS_MM[1],
      left: e.DOCX_MARGINS_MM[2],
      right: e.DOCX_MARGINS_MM[3],
    },
    ...overrides,
  };
}
