CREATE TABLE "report_form_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"change_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_id" uuid,
	"owner_path" "ltree",
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"built_in" text,
	"period_type" text NOT NULL,
	"submitter_kinds" text[] NOT NULL,
	"due_days" integer NOT NULL,
	"opens_days_before" integer NOT NULL,
	"starts_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"current_version_no" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_reminders" (
	"form_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"sent_on" date NOT NULL,
	"automatic" boolean DEFAULT true NOT NULL,
	CONSTRAINT "report_reminders_form_id_unit_id_period_key_sent_on_pk" PRIMARY KEY("form_id","unit_id","period_key","sent_on")
);
--> statement-breakpoint
CREATE TABLE "report_submission_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"comment" text,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form_id" uuid NOT NULL,
	"form_version_no" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"period_key" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"opens_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prefill" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sent_on" date,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"received_on_paper" boolean DEFAULT false NOT NULL,
	"on_time" boolean,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_theme_mentions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"period_key" text NOT NULL,
	"period_end" date NOT NULL,
	"content" text NOT NULL,
	"proposal" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_path" "ltree" NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'open' NOT NULL,
	"handling_note" text,
	"handled_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_totals" (
	"form_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"field_key" text NOT NULL,
	"total" double precision NOT NULL,
	"reports" integer NOT NULL,
	CONSTRAINT "report_totals_form_id_unit_id_period_key_field_key_pk" PRIMARY KEY("form_id","unit_id","period_key","field_key")
);
--> statement-breakpoint
ALTER TABLE "report_form_versions" ADD CONSTRAINT "report_form_versions_form_id_report_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."report_forms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_form_versions" ADD CONSTRAINT "report_form_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_forms" ADD CONSTRAINT "report_forms_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_forms" ADD CONSTRAINT "report_forms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submission_events" ADD CONSTRAINT "report_submission_events_submission_id_report_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."report_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submission_events" ADD CONSTRAINT "report_submission_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_form_id_report_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."report_forms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_theme_mentions" ADD CONSTRAINT "report_theme_mentions_theme_id_report_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."report_themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_theme_mentions" ADD CONSTRAINT "report_theme_mentions_submission_id_report_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."report_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_theme_mentions" ADD CONSTRAINT "report_theme_mentions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_themes" ADD CONSTRAINT "report_themes_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_themes" ADD CONSTRAINT "report_themes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_form_versions_uq" ON "report_form_versions" USING btree ("form_id","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "report_forms_owner_code_uq" ON "report_forms" USING btree (coalesce("owner_unit_id", '00000000-0000-0000-0000-000000000000'::uuid),"code");--> statement-breakpoint
CREATE INDEX "report_forms_owner_path_idx" ON "report_forms" USING gist ("owner_path");--> statement-breakpoint
CREATE INDEX "report_submission_events_idx" ON "report_submission_events" USING btree ("submission_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_unit_period_uq" ON "report_submissions" USING btree ("form_id","unit_id","period_key");--> statement-breakpoint
CREATE INDEX "report_submissions_form_period_idx" ON "report_submissions" USING btree ("form_id","period_key","status");--> statement-breakpoint
CREATE INDEX "report_submissions_path_idx" ON "report_submissions" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "report_theme_mentions_theme_idx" ON "report_theme_mentions" USING btree ("theme_id","period_end");--> statement-breakpoint
CREATE INDEX "report_theme_mentions_submission_idx" ON "report_theme_mentions" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_themes_owner_name_uq" ON "report_themes" USING btree ("owner_unit_id",lower("name"));--> statement-breakpoint
CREATE INDEX "report_themes_owner_path_idx" ON "report_themes" USING gist ("owner_path");--> statement-breakpoint
-- The built-in ideological-situation forms (src/server/modules/reports/built-in-forms.ts).
WITH form AS (INSERT INTO "report_forms" ("code","name","built_in","period_type","submitter_kinds","due_days","opens_days_before","starts_on") VALUES ('TT-CB', 'Báo cáo tình hình tư tưởng, dư luận xã hội hằng tháng của chi bộ', 'ideology_cell', 'month', ARRAY['cell']::text[], 3, 7, '2026-01-01') RETURNING "id")
INSERT INTO "report_form_versions" ("form_id","version_no","definition") SELECT "id", 1, '{"sections":[{"key":"mood","title":"Tình hình tư tưởng của cán bộ, đảng viên","fields":[{"kind":"number","key":"members","label":"Số đảng viên của chi bộ","help":null,"unit":"người","integer":true,"min":0,"max":null,"aggregate":"sum","source":"members.total","required":true,"retired":false},{"kind":"number","key":"concerned","label":"Số đảng viên có biểu hiện băn khoăn, lo lắng","help":"Ước tính của cấp ủy; để 0 nếu không có.","unit":"người","integer":true,"min":0,"max":null,"aggregate":"sum","source":null,"required":false,"retired":false},{"kind":"text","key":"mood","label":"Tâm trạng, tư tưởng chung","help":"Nhận định chung về tư tưởng, tâm trạng của đảng viên trong kỳ.","maxLength":4000,"required":true,"retired":false}]},{"key":"opinion","title":"Dư luận xã hội nổi bật","fields":[{"kind":"table","key":"opinions","label":"Những ý kiến, dư luận nổi bật","help":"Mỗi dòng một ý kiến; chọn chủ đề để cấp ủy theo dõi.","columns":[{"key":"theme","label":"Chủ đề","kind":"theme"},{"key":"content","label":"Nội dung ý kiến, dư luận","kind":"text"},{"key":"proposal","label":"Đề xuất hướng xử lý","kind":"text"}],"rows":[],"maxRows":20,"required":false,"retired":false}]},{"key":"issues","title":"Vấn đề cần quan tâm; kiến nghị, đề xuất","fields":[{"kind":"text","key":"issues","label":"Những vấn đề cần quan tâm","help":null,"maxLength":4000,"required":false,"retired":false},{"kind":"text","key":"proposals","label":"Kiến nghị, đề xuất với cấp trên","help":null,"maxLength":4000,"required":false,"retired":false}]}],"rules":[{"key":"concerned_le_members","left":"concerned","op":"<=","right":["members"],"label":null}]}'::jsonb FROM form;--> statement-breakpoint
WITH form AS (INSERT INTO "report_forms" ("code","name","built_in","period_type","submitter_kinds","due_days","opens_days_before","starts_on") VALUES ('TT-DU', 'Báo cáo nhanh tình hình tư tưởng, dư luận xã hội hằng tuần của đảng ủy', 'ideology_committee', 'week', ARRAY['grassroots','grassroots_superior']::text[], 1, 2, '2026-01-01') RETURNING "id")
INSERT INTO "report_form_versions" ("form_id","version_no","definition") SELECT "id", 1, '{"sections":[{"key":"mood","title":"Tình hình tư tưởng của cán bộ, đảng viên","fields":[{"kind":"number","key":"members","label":"Số đảng viên của đảng bộ","help":null,"unit":"người","integer":true,"min":0,"max":null,"aggregate":"sum","source":"members.total","required":true,"retired":false},{"kind":"number","key":"concerned","label":"Số đảng viên có biểu hiện băn khoăn, lo lắng","help":"Ước tính của cấp ủy; để 0 nếu không có.","unit":"người","integer":true,"min":0,"max":null,"aggregate":"sum","source":null,"required":false,"retired":false},{"kind":"text","key":"mood","label":"Tâm trạng, tư tưởng chung","help":"Nhận định chung về tư tưởng, tâm trạng của đảng viên trong kỳ.","maxLength":4000,"required":true,"retired":false}]},{"key":"opinion","title":"Dư luận xã hội nổi bật","fields":[{"kind":"table","key":"opinions","label":"Những ý kiến, dư luận nổi bật","help":"Mỗi dòng một ý kiến; chọn chủ đề để cấp ủy theo dõi.","columns":[{"key":"theme","label":"Chủ đề","kind":"theme"},{"key":"content","label":"Nội dung ý kiến, dư luận","kind":"text"},{"key":"proposal","label":"Đề xuất hướng xử lý","kind":"text"}],"rows":[],"maxRows":20,"required":false,"retired":false}]},{"key":"issues","title":"Vấn đề cần quan tâm; kiến nghị, đề xuất","fields":[{"kind":"text","key":"issues","label":"Những vấn đề cần quan tâm","help":null,"maxLength":4000,"required":false,"retired":false},{"kind":"text","key":"proposals","label":"Kiến nghị, đề xuất với cấp trên","help":null,"maxLength":4000,"required":false,"retired":false}]}],"rules":[{"key":"concerned_le_members","left":"concerned","op":"<=","right":["members"],"label":null}]}'::jsonb FROM form;
--> statement-breakpoint
-- The numbers of a report's values: top-level numeric fields, and numeric cells of fixed-row tables keyed
-- `field.row.column` (free-row tables are read, not added up).
CREATE FUNCTION dangbo_report_numbers(vals jsonb) RETURNS TABLE (field_key text, value double precision)
LANGUAGE sql IMMUTABLE AS $$
  SELECT f.key, f.value::text::double precision FROM jsonb_each(vals) f WHERE jsonb_typeof(f.value) = 'number'
  UNION ALL
  SELECT f.key || '.' || (r ->> 'row') || '.' || c.key, c.value::text::double precision
  FROM jsonb_each(vals) f,
    jsonb_array_elements(CASE WHEN jsonb_typeof(f.value) = 'array' THEN f.value ELSE '[]'::jsonb END) r,
    jsonb_each(CASE WHEN jsonb_typeof(r -> 'cells') = 'object' THEN r -> 'cells' ELSE '{}'::jsonb END) c
  WHERE r ? 'row' AND jsonb_typeof(c.value) = 'number'
$$;
--> statement-breakpoint
-- Accepted reports add their numbers to the totals of their unit and of each ancestor (the labels of
-- `unit_path` are `u` + the unit id's hex digits), in the statement that accepts, reopens or moves them — the
-- same statement-trigger pattern as member_subtree_counts (0004). Rows are upserted in key order.
CREATE FUNCTION dangbo_report_totals_sql(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    INSERT INTO report_totals AS t (form_id, unit_id, period_key, field_key, total, reports)
    SELECT g.form_id, substr(l, 2)::uuid, g.period_key, g.field_key, sum(g.total), sum(g.reports)::int
    FROM (SELECT r.form_id, r.unit_path, r.period_key, n.field_key, sum(n.value * r.d) AS total,
            sum(r.d) AS reports
          FROM (%s) r, dangbo_report_numbers(r.vals) n GROUP BY 1, 2, 3, 4) g,
      unnest(string_to_array(g.unit_path::text, '.')) AS l
    GROUP BY 1, 2, 3, 4 HAVING sum(g.reports) <> 0 OR sum(g.total) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (form_id, unit_id, period_key, field_key)
      DO UPDATE SET total = t.total + excluded.total, reports = t.reports + excluded.reports
  $q$, src)
$f$;
--> statement-breakpoint
CREATE FUNCTION dangbo_report_totals_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE dangbo_report_totals_sql(CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT form_id, unit_path, period_key, "values" AS vals, 1 AS d FROM new_rows WHERE status = ''accepted'''
    WHEN 'DELETE' THEN 'SELECT form_id, unit_path, period_key, "values" AS vals, -1 AS d FROM old_rows WHERE status = ''accepted'''
    ELSE 'SELECT form_id, unit_path, period_key, "values" AS vals, -1 AS d FROM old_rows WHERE status = ''accepted'' UNION ALL SELECT form_id, unit_path, period_key, "values", 1 FROM new_rows WHERE status = ''accepted'''
  END);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER report_totals_insert AFTER INSERT ON report_submissions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_report_totals_apply();
--> statement-breakpoint
CREATE TRIGGER report_totals_update AFTER UPDATE ON report_submissions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION dangbo_report_totals_apply();
--> statement-breakpoint
CREATE TRIGGER report_totals_delete AFTER DELETE ON report_submissions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dangbo_report_totals_apply();
--> statement-breakpoint
CREATE FUNCTION dangbo_rebuild_report_totals() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM report_totals;
  EXECUTE dangbo_report_totals_sql('SELECT form_id, unit_path, period_key, "values" AS vals, 1 AS d FROM report_submissions WHERE status = ''accepted''');
END
$$;
