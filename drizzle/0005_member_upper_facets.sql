CREATE TABLE "member_upper_facets" (
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "member_upper_facets_unit_id_status_dim_key_pk" PRIMARY KEY("unit_id","status","dim","key")
);
--> statement-breakpoint
-- The statement that adds the breakdowns of one set of member rows (`src`, with a column `d` of +1 or -1) to
-- every unit above the grassroots that the rows' paths pass through, by status. A text, because transition
-- tables are visible only to statements run by the trigger function itself, not to a function it calls.
CREATE FUNCTION dangbo_member_facets_sql(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    INSERT INTO member_upper_facets AS f (unit_id, status, dim, key, n)
    SELECT a.id, r.status, v.dim, v.key, sum(r.d)::int
    FROM (%s) r
    CROSS JOIN LATERAL unnest(string_to_array(r.unit_path::text, '.')) AS l
    JOIN org_units a ON a.id = substr(l, 2)::uuid
      AND a.kind IN ('central', 'provincial', 'grassroots_superior')
    CROSS JOIN LATERAL (VALUES
      ('sex', r.sex),
      ('ethnicity', r.ethnicity_code),
      ('degree', coalesce(r.professional_degree, '')),
      ('theory', coalesce(r.theory_level, '')),
      ('birth', r.birth_date::text),
      ('admission', coalesce(r.admission_date::text, ''))
    ) AS v(dim, key)
    GROUP BY 1, 2, 3, 4 HAVING sum(r.d) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (unit_id, status, dim, key) DO UPDATE SET n = f.n + excluded.n
  $q$, src)
$f$;
--> statement-breakpoint
CREATE FUNCTION dangbo_member_facets_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE dangbo_member_facets_sql(CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS d FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT *, -1 AS d FROM old_rows'
    ELSE 'SELECT *, -1 AS d FROM old_rows UNION ALL SELECT *, 1 AS d FROM new_rows'
  END);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER members_facets_insert AFTER INSERT ON members
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_member_facets_apply();
--> statement-breakpoint
CREATE TRIGGER members_facets_update AFTER UPDATE ON members
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION dangbo_member_facets_apply();
--> statement-breakpoint
CREATE TRIGGER members_facets_delete AFTER DELETE ON members
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_member_facets_apply();
--> statement-breakpoint
CREATE FUNCTION dangbo_rebuild_member_facets() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM member_upper_facets;
  EXECUTE dangbo_member_facets_sql('SELECT m.*, 1 AS d FROM members m');
END
$$;
--> statement-breakpoint
SELECT dangbo_rebuild_member_facets();
