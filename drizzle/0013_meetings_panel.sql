ALTER TABLE "meetings" ADD COLUMN "present_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "expected_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "meetings_closed_cells_idx" ON "meetings" USING btree ("month","unit_id","kind","present_count","expected_count") WHERE "meetings"."status" = 'closed' and "meetings"."body_id" is null;--> statement-breakpoint
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
