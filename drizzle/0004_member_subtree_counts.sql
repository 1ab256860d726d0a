CREATE TABLE "member_subtree_counts" (
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "member_subtree_counts_unit_id_status_pk" PRIMARY KEY("unit_id","status")
);
--> statement-breakpoint
-- Every change of `members` (rows added, removed, moved to another unit, given another status) adds its
-- difference to the counts of the member's unit and of each of its ancestors: the labels of `unit_path` are
-- `u` + the unit id's hex digits. Statement triggers with transition tables do this once per statement, so a
-- unit move that rewrites thousands of paths costs one grouped upsert. Rows are upserted in key order, so
-- two concurrent writers take the row locks in the same order. The statement is built as text from its source
-- rows (`src`, with a column `d` of +1 or -1), because transition tables are visible only to statements run
-- by the trigger function itself; grouping by path first keeps the exploded rows to one per distinct
-- (path, status), not one per member.
CREATE FUNCTION dangbo_member_counts_sql(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    INSERT INTO member_subtree_counts AS c (unit_id, status, n)
    SELECT substr(l, 2)::uuid, g.status, sum(g.n)::int
    FROM (SELECT r.unit_path, r.status, sum(r.d) AS n FROM (%s) r GROUP BY 1, 2 HAVING sum(r.d) <> 0) g,
      unnest(string_to_array(g.unit_path::text, '.')) AS l
    GROUP BY 1, 2 HAVING sum(g.n) <> 0 ORDER BY 1, 2
    ON CONFLICT (unit_id, status) DO UPDATE SET n = c.n + excluded.n
  $q$, src)
$f$;
--> statement-breakpoint
CREATE FUNCTION dangbo_member_counts_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE dangbo_member_counts_sql(CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT unit_path, status, 1 AS d FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT unit_path, status, -1 AS d FROM old_rows'
    ELSE 'SELECT unit_path, status, -1 AS d FROM old_rows UNION ALL SELECT unit_path, status, 1 FROM new_rows'
  END);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER members_counts_insert AFTER INSERT ON members
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_member_counts_apply();
--> statement-breakpoint
CREATE TRIGGER members_counts_update AFTER UPDATE ON members
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION dangbo_member_counts_apply();
--> statement-breakpoint
CREATE TRIGGER members_counts_delete AFTER DELETE ON members
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_member_counts_apply();
--> statement-breakpoint
-- The counts from scratch (after a bulk load with the triggers off, or a restore).
CREATE FUNCTION dangbo_rebuild_member_counts() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM member_subtree_counts;
  EXECUTE dangbo_member_counts_sql('SELECT unit_path, status, 1 AS d FROM members');
END
$$;
--> statement-breakpoint
SELECT dangbo_rebuild_member_counts();
