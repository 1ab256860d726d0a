CREATE TABLE "calendar_feed_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feed_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text,
	"reason" text,
	"checked_in_at" timestamp with time zone,
	"marked_by" uuid,
	"marked_at" timestamp with time zone,
	CONSTRAINT "meeting_attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_conclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"owner_member_id" uuid,
	"due_on" date,
	"task_status" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_conclusions_task_shape" CHECK (("meeting_conclusions"."task_status" is null and "meeting_conclusions"."owner_member_id" is null and "meeting_conclusions"."due_on" is null) or ("meeting_conclusions"."task_status" is not null and "meeting_conclusions"."owner_member_id" is not null and "meeting_conclusions"."due_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "meeting_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"late" boolean NOT NULL,
	"attached_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_minutes_versions" (
	"meeting_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"html" text NOT NULL,
	"reason" text,
	"saved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_minutes_versions_meeting_id_version_pk" PRIMARY KEY("meeting_id","version")
);
--> statement-breakpoint
CREATE TABLE "meeting_missed_months" (
	"member_id" uuid NOT NULL,
	"month" text NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "meeting_missed_months_member_id_month_pk" PRIMARY KEY("member_id","month")
);
--> statement-breakpoint
CREATE TABLE "meeting_rating_scales" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" date NOT NULL,
	"levels" jsonb NOT NULL,
	"citation" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_rating_scales_effective_from_unique" UNIQUE("effective_from")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"body_id" uuid,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"topic" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"month" text NOT NULL,
	"place" text,
	"online_link" text,
	"chair_member_id" uuid,
	"minute_taker_member_id" uuid,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"drafted_from_id" uuid,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"minutes_html" text,
	"minutes_version" integer DEFAULT 0 NOT NULL,
	"attendee_count" integer,
	"quality_rating" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"cancel_reason" text,
	"check_in_hash" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_ends_after_start" CHECK ("meetings"."ends_at" > "meetings"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_conclusions" ADD CONSTRAINT "meeting_conclusions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_conclusions" ADD CONSTRAINT "meeting_conclusions_owner_member_id_members_id_fk" FOREIGN KEY ("owner_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_attached_by_users_id_fk" FOREIGN KEY ("attached_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_minutes_versions" ADD CONSTRAINT "meeting_minutes_versions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_minutes_versions" ADD CONSTRAINT "meeting_minutes_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_missed_months" ADD CONSTRAINT "meeting_missed_months_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_missed_months" ADD CONSTRAINT "meeting_missed_months_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_org_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."org_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_member_id_members_id_fk" FOREIGN KEY ("chair_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_minute_taker_member_id_members_id_fk" FOREIGN KEY ("minute_taker_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_feed_tokens_user_idx" ON "calendar_feed_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meeting_attendance_member_idx" ON "meeting_attendance" USING btree ("member_id","meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_conclusions_meeting_idx" ON "meeting_conclusions" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meeting_conclusions_owner_idx" ON "meeting_conclusions" USING btree ("owner_member_id","due_on");--> statement-breakpoint
CREATE INDEX "meeting_documents_meeting_idx" ON "meeting_documents" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_missed_months_unit_idx" ON "meeting_missed_months" USING btree ("unit_id","month");--> statement-breakpoint
CREATE INDEX "meetings_unit_month_idx" ON "meetings" USING btree ("unit_id","month","status");--> statement-breakpoint
CREATE INDEX "meetings_unit_starts_idx" ON "meetings" USING btree ("unit_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_month_idx" ON "meetings" USING btree ("month","status","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_check_in_uq" ON "meetings" USING btree ("check_in_hash");