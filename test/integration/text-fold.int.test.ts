import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/domain/text';
import { queryRows } from '../../src/server/db/client';
import { createTestApp, type TestApp } from '../harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Names as people write them: tone marks both ways, đ, dashes and quotes a word processor puts in.
const samples = [
  'Chi bộ Ban Kế hoạch – Tài chính',
  'Đảng bộ Khối Doanh nghiệp — Trung ương',
  'Chi bộ “Nhà văn hoá” ‘Thủy’',
  'Nghị quyết số 57-NQ/TW…',
  'Hòa  Hoà   Thuỷ Thủy',
  'Ban Tuyên giáo «Tỉnh ủy» × ÷',
  'Œuvre Æther Straße Ørsted',
];

describe('folded text', () => {
  it('is the same in the application and in the database, so indexes find what filters ask for', async () => {
    for (const value of samples) {
      const [row] = await queryRows<{ folded: string }>(
        t.database.db,
        sql`select dangbo_fold(${value}) as folded`,
      );
      expect(row?.folded, value).toBe(fold(value));
    }
  });
});
