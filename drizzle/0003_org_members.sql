CREATE TABLE "org_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"body_id" uuid,
	"term_id" uuid,
	"member_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"decision_ref" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_unit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"effective_on" date NOT NULL,
	"decision_ref" text,
	"note" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"label" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"next_congress_due_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_unit_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"sort_key" text collate "C" NOT NULL,
	"code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"level" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text NOT NULL,
	"effective_on" date NOT NULL,
	"decision_ref" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_unit_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"sort_key" text collate "C" NOT NULL,
	"search_text" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"ethnicity_code" text DEFAULT '01' NOT NULL,
	"religion_code" text DEFAULT '00' NOT NULL,
	"citizen_id" text,
	"hometown_old" text,
	"hometown_new" text,
	"residence_old" text,
	"residence_new" text,
	"admission_date" date,
	"official_date" date,
	"admission_age_exception" text,
	"card_number" text,
	"record_number" text,
	"unit_id" uuid NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"general_education" text,
	"professional_degree" text,
	"major" text,
	"academic_title" text,
	"theory_level" text,
	"job" text,
	"workplace" text,
	"phone" text,
	"email" text,
	"status" text NOT NULL,
	"status_since" date NOT NULL,
	"user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "org_units_parent_idx";--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "sort_key" text collate "C" NOT NULL;--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "founded_on" date;--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "dissolved_on" date;--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "successor_id" uuid;--> statement-breakpoint
ALTER TABLE "org_positions" ADD CONSTRAINT "org_positions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_positions" ADD CONSTRAINT "org_positions_body_id_org_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."org_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_positions" ADD CONSTRAINT "org_positions_term_id_org_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."org_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_bodies" ADD CONSTRAINT "org_bodies_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_events" ADD CONSTRAINT "org_unit_events_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_terms" ADD CONSTRAINT "org_terms_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_versions" ADD CONSTRAINT "org_unit_versions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_versions" ADD CONSTRAINT "org_unit_versions_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_status_events" ADD CONSTRAINT "member_status_events_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_unit_history" ADD CONSTRAINT "member_unit_history_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_unit_history" ADD CONSTRAINT "member_unit_history_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_positions_unit_idx" ON "org_positions" USING btree ("unit_id","starts_on");--> statement-breakpoint
CREATE INDEX "org_positions_member_idx" ON "org_positions" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "org_bodies_unit_idx" ON "org_bodies" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "org_unit_events_unit_idx" ON "org_unit_events" USING btree ("unit_id","effective_on");--> statement-breakpoint
CREATE UNIQUE INDEX "org_terms_unit_start_uq" ON "org_terms" USING btree ("unit_id","starts_on");--> statement-breakpoint
CREATE INDEX "org_unit_versions_unit_idx" ON "org_unit_versions" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_unit_versions_parent_idx" ON "org_unit_versions" USING btree ("parent_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_unit_versions_path_gist" ON "org_unit_versions" USING gist ("path");--> statement-breakpoint
CREATE INDEX "member_status_events_member_idx" ON "member_status_events" USING btree ("member_id","effective_on");--> statement-breakpoint
CREATE INDEX "member_unit_history_member_idx" ON "member_unit_history" USING btree ("member_id","from_date");--> statement-breakpoint
CREATE INDEX "member_unit_history_unit_idx" ON "member_unit_history" USING btree ("unit_id","from_date");--> statement-breakpoint
CREATE UNIQUE INDEX "members_citizen_id_uq" ON "members" USING btree ("citizen_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_card_number_uq" ON "members" USING btree ("card_number");--> statement-breakpoint
CREATE UNIQUE INDEX "members_user_uq" ON "members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "members_unit_path_gist" ON "members" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "members_unit_idx" ON "members" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "members_sort_idx" ON "members" USING btree ("sort_key","id");--> statement-breakpoint
CREATE INDEX "members_search_trgm" ON "members" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_successor_id_org_units_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id","sort_key","id");--> statement-breakpoint
ALTER TABLE "org_positions" ADD CONSTRAINT "org_positions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;
