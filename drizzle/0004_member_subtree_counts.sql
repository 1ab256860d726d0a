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
-- two concurrent writers take the row locks in the same order.
CREATE FUNCTION dangbo_member_counts_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO member_subtree_counts AS c (unit_id, status, n)
    SELECT substr(l, 2)::uuid, g.status, sum(g.n)::int
    FROM (SELECT unit_path, status, count(*) AS n FROM new_rows GROUP BY 1, 2) g,
      unnest(string_to_array(g.unit_path::text, '.')) AS l
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (unit_id, status) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO member_subtree_counts AS c (unit_id, status, n)
    SELECT substr(l, 2)::uuid, g.status, -sum(g.n)::int
    FROM (SELECT unit_path, status, count(*) AS n FROM old_rows GROUP BY 1, 2) g,
      unnest(string_to_array(g.unit_path::text, '.')) AS l
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (unit_id, status) DO UPDATE SET n = c.n + excluded.n;
  ELSE
    INSERT INTO member_subtree_counts AS c (unit_id, status, n)
    SELECT substr(l, 2)::uuid, g.status, sum(g.n)::int
    FROM (
      SELECT unit_path, status, sum(n) AS n FROM (
        SELECT o.unit_path, o.status, -1 AS n FROM old_rows o
        UNION ALL
        SELECT w.unit_path, w.status, 1 AS n FROM new_rows w
      ) d GROUP BY 1, 2
    ) g, unnest(string_to_array(g.unit_path::text, '.')) AS l
    GROUP BY 1, 2 HAVING sum(g.n) <> 0 ORDER BY 1, 2
    ON CONFLICT (unit_id, status) DO UPDATE SET n = c.n + excluded.n;
  END IF;
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
-- The counts from scratch (after a bulk load with the triggers off, or a restore). Grouping by path first
-- keeps the exploded rows to one per distinct (path, status), not one per member.
CREATE FUNCTION dangbo_rebuild_member_counts() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM member_subtree_counts;
  INSERT INTO member_subtree_counts (unit_id, status, n)
  SELECT substr(l, 2)::uuid, g.status, sum(g.n)::int
  FROM (SELECT unit_path, status, count(*) AS n FROM members GROUP BY 1, 2) g,
    unnest(string_to_array(g.unit_path::text, '.')) AS l
  GROUP BY 1, 2;
$$;
--> statement-breakpoint
SELECT dangbo_rebuild_member_counts();
