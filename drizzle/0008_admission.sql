CREATE TABLE "admission_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"nominated_on" date NOT NULL,
	"course_date" date,
	"course_certificate" text,
	"youth_union_introduced" boolean DEFAULT false NOT NULL,
	"introducers_on" date,
	"verification_date" date,
	"verification_result" text,
	"verification_note" text,
	"cell_vote_date" date,
	"votes_for" integer,
	"votes_total" integer,
	"cell_vote_result" text,
	"decision_number" text,
	"decision_date" date,
	"ceremony_date" date,
	"official_vote_date" date,
	"official_vote_result" text,
	"official_date" date,
	"closed_on" date,
	"closed_reason" text,
	"open" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admission_cases_votes_ck" CHECK ("admission_cases"."votes_for" is null or ("admission_cases"."votes_for" between 0 and "admission_cases"."votes_total"))
);
--> statement-breakpoint
CREATE TABLE "admission_introducers" (
	"case_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"known_since" date NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "admission_introducers_case_id_member_id_pk" PRIMARY KEY("case_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "admission_targets" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"target" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admission_targets_unit_id_year_pk" PRIMARY KEY("unit_id","year"),
	CONSTRAINT "admission_targets_ck" CHECK ("admission_targets"."target" >= 0)
);
--> statement-breakpoint
ALTER TABLE "working_calendar_days" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "admission_cases" ADD CONSTRAINT "admission_cases_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_introducers" ADD CONSTRAINT "admission_introducers_case_id_admission_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."admission_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_introducers" ADD CONSTRAINT "admission_introducers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_targets" ADD CONSTRAINT "admission_targets_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admission_cases_member_idx" ON "admission_cases" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "admission_cases_decision_idx" ON "admission_cases" USING btree ("decision_date");--> statement-breakpoint
CREATE UNIQUE INDEX "admission_cases_open_member_uq" ON "admission_cases" USING btree ("member_id") WHERE "admission_cases"."open";