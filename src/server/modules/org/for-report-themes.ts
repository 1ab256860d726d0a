import { sql } from 'drizzle-orm';
import { units } from './schema';

/** Unit names and their Vietnamese sort keys as a row source `(id, name, sort_key)` to join in theme reads. */
export const themeUnitNames = sql`(select u.id, u.name, u.sort_key from ${units} u)`;
