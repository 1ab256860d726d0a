CREATE TABLE "meeting_cell_windows" (
	"unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"regular" integer NOT NULL,
	"thematic" integer NOT NULL,
	"meetings" integer NOT NULL,
	"present" integer NOT NULL,
	"expected" integer NOT NULL,
	CONSTRAINT "meeting_cell_windows_unit_id_month_pk" PRIMARY KEY("unit_id","month")
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "present_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "expected_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "meeting_cell_windows_month_idx" ON "meeting_cell_windows" USING btree ("month","unit_id","regular","thematic","meetings","present","expected");--> statement-breakpoint
CREATE INDEX "meetings_without_minutes_idx" ON "meetings" USING btree ("unit_id","starts_at") WHERE "meetings"."status" <> 'cancelled' and "meetings"."body_id" is null and coalesce(btrim("meetings"."minutes_html"), '') in ('', '<p></p>');--> statement-breakpoint
-- `meetings.present_count` / `expected_count` follow `meeting_attendance`: statement triggers recount the
-- meetings a statement touched (marking a whole roster is one statement, one recount). "Expected" is
-- src/domain/meeting-rules.ts `isExpected` — marked, and neither exempted nor on temporary transfer; a test
-- checks the two agree.
CREATE FUNCTION dangbo_recount_meeting_attendance(ids uuid[]) RETURNS void
LANGUAGE sql AS $f$
  UPDATE meetings m SET present_count = t.present, expected_count = t.expected
  FROM (
    SELECT k.id,
      count(a.status) FILTER (WHERE a.status = 'present')::int AS present,
      count(a.status) FILTER (WHERE a.status NOT IN ('exempted', 'temporary_transfer'))::int AS expected
    FROM unnest(ids) AS k(id)
    LEFT JOIN meeting_attendance a ON a.meeting_id = k.id
    GROUP BY k.id
  ) t
  WHERE m.id = t.id AND (m.present_count, m.expected_count) IS DISTINCT FROM (t.present, t.expected)
$f$;
--> statement-breakpoint
CREATE FUNCTION dangbo_meeting_attendance_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT meeting_id ORDER BY meeting_id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT meeting_id ORDER BY meeting_id) INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT s.meeting_id ORDER BY s.meeting_id) INTO ids
    FROM (SELECT meeting_id FROM old_rows UNION ALL SELECT meeting_id FROM new_rows) s;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM dangbo_recount_meeting_attendance(ids);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_attendance_counts_insert AFTER INSERT ON meeting_attendance
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_meeting_attendance_apply();
--> statement-breakpoint
CREATE TRIGGER meeting_attendance_counts_update AFTER UPDATE ON meeting_attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION dangbo_meeting_attendance_apply();
--> statement-breakpoint
CREATE TRIGGER meeting_attendance_counts_delete AFTER DELETE ON meeting_attendance
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_meeting_attendance_apply();
--> statement-breakpoint
-- `meeting_cell_windows` follows `meetings`: each closed cell meeting (body_id null) of month X adds to the rows
-- of its cell for months X .. X+11 — `meetings`, `present`, `expected` (the 12 months ending with each), `regular`
-- only in X (regular or combined, src/domain/meeting-rules.ts countsAsRegular), `thematic` in X up to the end of
-- X's quarter (thematic or combined, countsAsThematic). A statement subtracts what its old rows added and adds
-- what its new rows add, grouped, in key order (two writers lock rows in the same order), as the member counts
-- of migration 0004 do.
CREATE FUNCTION dangbo_meeting_windows_sql(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    INSERT INTO meeting_cell_windows AS w (unit_id, month, regular, thematic, meetings, present, expected)
    SELECT s.unit_id, to_char(to_date(s.month, 'YYYY-MM') + make_interval(months => k), 'YYYY-MM'),
      sum(CASE WHEN k = 0 AND s.kind IN ('regular', 'combined') THEN s.d ELSE 0 END)::int,
      sum(CASE WHEN s.kind IN ('thematic', 'combined')
                AND (substr(s.month, 6, 2)::int - 1) %% 3 + k < 3 THEN s.d ELSE 0 END)::int,
      sum(s.d)::int, sum(s.d * s.present_count)::int, sum(s.d * s.expected_count)::int
    FROM (%s) s CROSS JOIN generate_series(0, 11) AS k
    WHERE s.status = 'closed' AND s.body_id IS NULL
    GROUP BY 1, 2
    HAVING sum(s.d) <> 0 OR sum(s.d * s.present_count) <> 0 OR sum(s.d * s.expected_count) <> 0
      OR sum(CASE WHEN s.kind IN ('regular', 'combined', 'thematic') THEN s.d ELSE 0 END) <> 0
      OR sum(CASE WHEN s.kind = 'combined' THEN s.d ELSE 0 END) <> 0
    ORDER BY 1, 2
    ON CONFLICT (unit_id, month) DO UPDATE SET regular = w.regular + excluded.regular,
      thematic = w.thematic + excluded.thematic, meetings = w.meetings + excluded.meetings,
      present = w.present + excluded.present, expected = w.expected + excluded.expected
  $q$, src)
$f$;
--> statement-breakpoint
CREATE FUNCTION dangbo_meeting_windows_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  cols text := 'unit_id, body_id, month, kind, status, present_count, expected_count';
BEGIN
  EXECUTE dangbo_meeting_windows_sql(CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %s, 1 AS d FROM new_rows', cols)
    WHEN 'DELETE' THEN format('SELECT %s, -1 AS d FROM old_rows', cols)
    ELSE format('SELECT %s, -1 AS d FROM old_rows UNION ALL SELECT %s, 1 FROM new_rows', cols, cols)
  END);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER meetings_windows_insert AFTER INSERT ON meetings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_meeting_windows_apply();
--> statement-breakpoint
CREATE TRIGGER meetings_windows_update AFTER UPDATE ON meetings
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION dangbo_meeting_windows_apply();
--> statement-breakpoint
CREATE TRIGGER meetings_windows_delete AFTER DELETE ON meetings
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_meeting_windows_apply();
--> statement-breakpoint
-- The windows from scratch (after a bulk load with the triggers off, or a restore).
CREATE FUNCTION dangbo_rebuild_meeting_windows() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM meeting_cell_windows;
  EXECUTE dangbo_meeting_windows_sql(
    'SELECT unit_id, body_id, month, kind, status, present_count, expected_count, 1 AS d FROM meetings');
END
$$;
