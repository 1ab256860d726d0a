import { and, eq, ne } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../src/contracts/report-forms';
import { allFields } from '../../src/domain/report-values';
import { formDefinition } from '../../src/server/modules/reports/form-read';
import { reportForms, reportSubmissions } from '../../src/server/modules/reports/schema';
import { type Agent, engine } from '../harness';
import { formRow, sampleDefinition, submissionRow } from '../report-factory';
import { createWorldApp, signInAs, type WorldApp } from '../world-app';

let t: WorldApp;
let committee: Agent;
let secretary: Agent;

const signIn = (username: string) => signInAs(t, username);

beforeAll(async () => {
  t = await createWorldApp();
  committee = await signIn('w-committee');
  secretary = await signIn('w-secretary');
});
afterAll(() => t.close());

const complete = { members: 20, present: 18, results: 'Chi bộ sinh hoạt đều đặn.' };
/** The sample form without its narrative section: the `results` field, with data once a report is sent, goes. */
const withoutResults = (): FormDefinition => {
  const d = structuredClone(sampleDefinition);
  d.sections.pop();
  return d;
};

let periods = 0;
/** A fresh form and a complete draft of cell A for it. */
async function formAndDraft() {
  const db = t.database.db;
  const form = await formRow(db, t.world.root.id, { startsOn: '2020-01-01' });
  const draft = await submissionRow(
    db,
    form,
    t.world.cellA.id,
    `2024-${String(++periods).padStart(2, '0')}`,
    complete,
    {
      status: 'draft',
    },
  );
  return { form, draft };
}

const changeForm = (form: typeof reportForms.$inferSelect, definition: FormDefinition) =>
  committee.put(`/api/report-forms/${form.id}`, {
    name: form.name,
    periodType: form.periodType,
    submitterKinds: form.submitterKinds,
    dueDays: form.dueDays,
    opensDaysBefore: form.opensDaysBefore,
    startsOn: form.startsOn,
    description: form.description,
    definition,
    version: form.version,
  });
const send = (id: string, version: number) =>
  secretary.post(`/api/report-submissions/${id}/submit`, { version });

/** The form as it now stands still has a field for every value a sent report holds: nothing orphaned. */
async function expectNothingOrphaned(formId: string) {
  const db = t.database.db;
  const [form] = await db.select().from(reportForms).where(eq(reportForms.id, formId));
  const definition = await formDefinition(db, formId, form?.currentVersionNo ?? 0);
  const keys = new Set(allFields(definition as FormDefinition).map((field) => field.key));
  const sent = await db
    .select()
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.formId, formId), ne(reportSubmissions.status, 'draft')));
  for (const report of sent) expect(Object.keys(report.values).filter((key) => !keys.has(key))).toEqual([]);
}

describe('a form change and a send on the same form', () => {
  it('sent first: the change sees the sent report and is refused (409), the report keeps its values', async () => {
    const { form, draft } = await formAndDraft();
    const sent = await send(draft.id, draft.version);
    expect(sent.statusCode, sent.body).toBe(200);
    const change = await changeForm(form, withoutResults());
    expect(change.statusCode).toBe(409);
    expect(change.json().code).toBe('REPORT_FORM_FIELD_REMOVED');
    await expectNothingOrphaned(form.id);
  });

  it('changed first: the send of the draft as it was is stale (409); sent again it is on the new version', async () => {
    const { form, draft } = await formAndDraft();
    const change = await changeForm(form, withoutResults());
    expect(change.statusCode, change.body).toBe(200);
    const stale = await send(draft.id, draft.version);
    expect(stale.statusCode).toBe(409);
    const moved = (await secretary.get(`/api/report-submissions/${draft.id}`)).json();
    expect(moved.formVersionNo).toBe(2);
    const sent = await send(draft.id, moved.version);
    expect(sent.statusCode, sent.body).toBe(200);
    await expectNothingOrphaned(form.id);
  });

  /**
   * On PostgreSQL the two run in separate transactions, interleaved on purpose: a third connection holds the
   * draft's row, the send and then the change are started and seen waiting for locks, then the row is let go.
   * Without the send locking the form first, the change would pass its "nothing sent" check while the send
   * waited, and both would succeed. PGlite has one connection: the two run one after the other.
   */
  it('run at the same time: never both succeed, and no sent value is left without its field', async () => {
    const { form, draft } = await formAndDraft();
    const url = (t.database as { url?: string }).url;
    if (engine === 'postgres' && url) {
      const holder = new pg.Client({ connectionString: url });
      const observer = new pg.Client({ connectionString: url });
      await holder.connect();
      await observer.connect();
      try {
        await holder.query('begin');
        await holder.query('select id from report_submissions where id = $1 for update', [draft.id]);
        const waiting = async (n: number) => {
          for (let i = 0; i < 200; i++) {
            // Asked outside the holder's transaction, which would keep reading one snapshot of the statistics.
            const { rows } = await observer.query(
              `select count(*)::int as n from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock'`,
            );
            if (rows[0].n >= n) return;
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
          throw new Error(`fewer than ${n} transactions waiting for a lock`);
        };
        const sending = send(draft.id, draft.version);
        await waiting(1);
        const changing = changeForm(form, withoutResults());
        await waiting(2);
        await holder.query('commit');
        const [sent, change] = await Promise.all([sending, changing]);
        expect(sent.statusCode, sent.body).toBe(200);
        expect(change.statusCode, change.body).toBe(409);
        expect(change.json().code).toBe('REPORT_FORM_FIELD_REMOVED');
      } finally {
        await holder.end();
        await observer.end();
      }
    } else {
      const [sent, change] = await Promise.all([
        send(draft.id, draft.version),
        changeForm(form, withoutResults()),
      ]);
      expect([sent.statusCode, change.statusCode].filter((code) => code === 200)).toHaveLength(1);
    }
    await expectNothingOrphaned(form.id);
  });
});
