import { z } from 'zod';

/** Error body of every 4xx/5xx answer. `field` names the offending input when there is one. */
export const apiError = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
});
export type ApiError = z.infer<typeof apiError>;

export const uuid = z.uuid();

/** A trimmed, non-empty line of text with a length cap (NFC normalisation happens before validation). */
export const line = (max = 200) => z.string().trim().min(1).max(max);

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int() });

export const okResult = z.object({ ok: z.literal(true) });

export const idParams = z.object({ id: uuid });

/** The query of a raw-body upload: the file's own name, without a path. */
export const uploadQuery = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/, 'không chứa dấu / hoặc \\ / no / or \\'),
});

/** Optional free text with a length cap; empty after trimming stays empty. */
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A unit or member named in a response: id and display name. */
export const namedRef = z.object({ id: z.uuid(), name: z.string() });
export type NamedRef = z.infer<typeof namedRef>;
