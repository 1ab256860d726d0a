CREATE TABLE "member_name_suffixes" (
	"member_id" uuid NOT NULL,
	"suffix" text collate "C" NOT NULL,
	"sort_key" text collate "C" NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"user_id" uuid,
	"status" text NOT NULL
);
--> statement-breakpoint
-- The word-boundary suffixes of a name, folded as the search box folds what is typed; each is shorter than
-- the one before, so a member's suffixes are distinct. Not STRICT, so that PostgreSQL inlines it into the
-- queries that call it (seven times faster over a million names).
CREATE FUNCTION dangbo_name_suffixes(full_name text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_string(w.words[i:], ' ')
  FROM (SELECT string_to_array(dangbo_fold(full_name), ' ') AS words) w,
    generate_series(1, coalesce(cardinality(w.words), 0)) AS i
$$;
--> statement-breakpoint
-- Rows of changed members are replaced (a phone edit rewrites their few suffixes; a unit move the paths).
CREATE FUNCTION dangbo_member_suffixes_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM member_name_suffixes s USING old_rows o WHERE s.member_id = o.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO member_name_suffixes (member_id, suffix, sort_key, unit_path, user_id, status)
    SELECT n.id, x.suffix, n.sort_key, n.unit_path, n.user_id, n.status
    FROM new_rows n, dangbo_name_suffixes(n.full_name) AS x(suffix);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER members_suffixes_insert AFTER INSERT ON members
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_member_suffixes_apply();
--> statement-breakpoint
CREATE TRIGGER members_suffixes_update AFTER UPDATE ON members
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION dangbo_member_suffixes_apply();
--> statement-breakpoint
CREATE TRIGGER members_suffixes_delete AFTER DELETE ON members
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_member_suffixes_apply();
--> statement-breakpoint
CREATE FUNCTION dangbo_rebuild_member_suffixes() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM member_name_suffixes;
  INSERT INTO member_name_suffixes (member_id, suffix, sort_key, unit_path, user_id, status)
  SELECT m.id, x.suffix, m.sort_key, m.unit_path, m.user_id, m.status
  FROM members m, dangbo_name_suffixes(m.full_name) AS x(suffix);
$$;
--> statement-breakpoint
SELECT dangbo_rebuild_member_suffixes();
--> statement-breakpoint
-- The indexes last: built sorted over the filled table, not entry by entry.
CREATE INDEX "member_name_suffixes_search_idx" ON "member_name_suffixes" USING btree ("suffix","sort_key","member_id","unit_path","user_id","status");
--> statement-breakpoint
CREATE INDEX "member_name_suffixes_member_idx" ON "member_name_suffixes" USING btree ("member_id");
