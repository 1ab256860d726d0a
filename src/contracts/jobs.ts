import { z } from 'zod';

export const jobStatus = z.enum(['queued', 'running', 'done', 'failed']);
export const job = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: jobStatus,
  done: z.number().int(),
  total: z.number().int().nullable(),
  message: z.string().nullable(),
  result: z.unknown().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof job>;
