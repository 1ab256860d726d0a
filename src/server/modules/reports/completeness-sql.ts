import { type SQL, sql } from 'drizzle-orm';
import type { Period } from '../../../domain/report-periods';
import { isInside, type Scope } from '../../platform/access/grants';
import { inScope } from '../../platform/access/scope-sql';
import type { FormRow } from './form-read';

export interface ExpectedInput {
  form: Pick<FormRow, 'id' | 'ownerPath' | 'submitterKinds' | 'startsOn'>;
  period: Period;
  /** The form's due day for the period: judges units that have not opened their report. */
  dueOn: string;
  today: string;
  /** The subtree asked about; null: wherever the form applies (the automatic reminders). */
  underPath: string | null;
  /** Restricts to the reader's scope; null when the whole subtree is visible to them. */
  scope: Scope | null;
  /** Only this unit and its children (their own reports). */
  topOf?: string;
}

/** Number of labels of an ltree path: the depth of the unit asked about. */
export const depthOf = (path: string) => path.split('.').length;

/**
 * The expected units of a subtree for a form and period, each with its report's state — as a SQL select with
 * columns id, path, name, kind, sort_key, parent_id, submission_id, status, sent_on, received_on_paper and
 * timeliness (on_time | late | missing | pending). The same rules as `formAppliesTo` and `timeliness()`:
 * a unit of a submitting kind, under the form's owner, founded by the period's end and not dissolved by it;
 * nothing when the period ends before the form applies. A report is sent once its status is not draft and
 * it has a day sent (or received on paper); it is on time when that day is no later than its due day.
 */
export function expectedUnitsSql(input: ExpectedInput): SQL {
  const { form, period } = input;
  const kinds = sql.join(
    form.submitterKinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const applies = period.end >= form.startsOn && form.submitterKinds.length > 0;
  return sql`select u.id, u.path, u.name, u.kind, u.sort_key, u.parent_id,
      s.id as submission_id, s.status, s.sent_on, coalesce(s.received_on_paper, false) as received_on_paper,
      case
        when s.status <> 'draft' and s.sent_on is not null then
          case when s.sent_on <= s.due_on then 'on_time' else 'late' end
        when ${input.today}::date > coalesce(s.due_on, ${input.dueOn}::date) then 'missing'
        else 'pending'
      end as timeliness
    from org_units u
    left join report_submissions s
      on s.form_id = ${form.id} and s.unit_id = u.id and s.period_key = ${period.key}
    where ${applies ? sql`true` : sql`false`}
      ${input.underPath ? sql`and u.path <@ ${input.underPath}::ltree` : sql``}
      and u.kind = any(array[${kinds}]::text[])
      ${form.ownerPath && !(input.underPath && isInside(input.underPath, form.ownerPath)) ? sql`and u.path <@ ${form.ownerPath}::ltree` : sql``}
      and (u.founded_on is null or u.founded_on <= ${period.end}::date)
      and (u.dissolved_on is null or u.dissolved_on > ${period.end}::date)
      ${input.scope ? sql`and ${inScope(sql`u.path`, input.scope)}` : sql``}
      ${input.topOf ? sql`and (u.id = ${input.topOf} or u.parent_id = ${input.topOf})` : sql``}`;
}
