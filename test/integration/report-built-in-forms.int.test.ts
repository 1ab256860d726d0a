import { asc, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formDefinition } from '../../src/contracts/report-forms';
import type { Database } from '../../src/server/db/client';
import { builtInFormRows } from '../../src/server/modules/reports/built-in-forms';
import { reportForms, reportFormVersions } from '../../src/server/modules/reports/schema';
import { freshDatabase } from '../harness';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('built-in ideological-situation forms', () => {
  it('migration 0017 inserts exactly the definitions of built-in-forms.ts, as version 1', async () => {
    const rows = await database.db
      .select({
        code: reportForms.code,
        builtIn: reportForms.builtIn,
        name: reportForms.name,
        periodType: reportForms.periodType,
        submitterKinds: reportForms.submitterKinds,
        dueDays: reportForms.dueDays,
        opensDaysBefore: reportForms.opensDaysBefore,
        ownerUnitId: reportForms.ownerUnitId,
        currentVersionNo: reportForms.currentVersionNo,
        versionNo: reportFormVersions.versionNo,
        definition: reportFormVersions.definition,
      })
      .from(reportForms)
      .innerJoin(reportFormVersions, eq(reportFormVersions.formId, reportForms.id))
      .where(isNotNull(reportForms.builtIn))
      .orderBy(asc(reportForms.code), asc(reportFormVersions.versionNo));
    expect(rows).toEqual(
      [...builtInFormRows]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((form) => ({ ...form, ownerUnitId: null, currentVersionNo: 1, versionNo: 1 })),
    );
  });

  it('the definitions are valid forms whose opinion table names a theme column', () => {
    for (const form of builtInFormRows) {
      expect(formDefinition.parse(form.definition)).toEqual(form.definition);
      const opinions = form.definition.sections.flatMap((s) => s.fields).find((f) => f.key === 'opinions');
      expect(opinions?.kind).toBe('table');
      if (opinions?.kind !== 'table') continue;
      expect(opinions.columns.map((c) => [c.key, c.kind])).toEqual([
        ['theme', 'theme'],
        ['content', 'text'],
        ['proposal', 'text'],
      ]);
      expect(opinions.rows).toEqual([]);
    }
  });
});
