import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` that exists (no 31/02). The UI shows it as dd/mm/yyyy. */
export const isoDate = z.iso.date();
export type IsoDate = string;
