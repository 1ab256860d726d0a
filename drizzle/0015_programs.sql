CREATE TABLE "petition_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"petition_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"note" text,
	"by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"from_path" "ltree" NOT NULL,
	"from_member_id" uuid,
	"submitted_by" uuid,
	"to_unit_id" uuid NOT NULL,
	"to_path" "ltree" NOT NULL,
	"subject" text NOT NULL,
	"content" text NOT NULL,
	"received_on" date NOT NULL,
	"authority" text,
	"status" text DEFAULT 'received' NOT NULL,
	"forwarded_to" text,
	"forwarded_on" date,
	"superior_answer" text,
	"answered_on" date,
	"reply" text,
	"replied_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"progress" integer NOT NULL,
	"note" text,
	"file_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_path" "ltree" NOT NULL,
	"assignee_unit_id" uuid NOT NULL,
	"assignee_path" "ltree" NOT NULL,
	"assignee_member_id" uuid,
	"parent_id" uuid,
	"weight" integer DEFAULT 1 NOT NULL,
	"source_kind" text NOT NULL,
	"source_ref_id" uuid,
	"source_item_id" uuid,
	"source_title" text NOT NULL,
	"source_text" text NOT NULL,
	"source_date" date NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"due_on" date NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"close_reason" text,
	"next_reminder_on" date,
	"next_reminder_stage" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_progress_range" CHECK ("tasks"."progress" between 0 and 100),
	CONSTRAINT "tasks_weight_range" CHECK ("tasks"."weight" between 1 and 100),
	CONSTRAINT "tasks_due_after_source" CHECK ("tasks"."due_on" >= "tasks"."source_date"),
	CONSTRAINT "tasks_closed" CHECK (("tasks"."status" = 'open') = ("tasks"."closed_on" is null)),
	CONSTRAINT "tasks_not_own_parent" CHECK ("tasks"."parent_id" is distinct from "tasks"."id")
);
--> statement-breakpoint
CREATE TABLE "work_program_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"document_type" text,
	"title" text NOT NULL,
	"due_month" integer,
	"due_quarter" integer,
	"due_on" date NOT NULL,
	"responsible_body_id" uuid,
	"responsible_member_id" uuid,
	"responsible_text" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"done_on" date,
	"document_id" uuid,
	"note" text,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_program_items_period" CHECK (("work_program_items"."due_month" is null) <> ("work_program_items"."due_quarter" is null) and ("work_program_items"."due_month" is null or "work_program_items"."due_month" between 1 and 12) and ("work_program_items"."due_quarter" is null or "work_program_items"."due_quarter" between 1 and 4)),
	CONSTRAINT "work_program_items_document_type" CHECK (("work_program_items"."kind" = 'document') = ("work_program_items"."document_type" is not null)),
	CONSTRAINT "work_program_items_done" CHECK (("work_program_items"."status" = 'done') = ("work_program_items"."done_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "work_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"body_id" uuid,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_session_conclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"held_on" date NOT NULL,
	"superior_name" text NOT NULL,
	"superior_unit_id" uuid,
	"topic" text NOT NULL,
	"place" text,
	"our_participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"their_participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report_document_id" uuid,
	"report_summary" text,
	"discussion_html" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_from_unit_id_org_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_from_member_id_members_id_fk" FOREIGN KEY ("from_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_to_unit_id_org_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_file_id_document_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."document_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_unit_id_org_units_id_fk" FOREIGN KEY ("assignee_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_member_id_members_id_fk" FOREIGN KEY ("assignee_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_parent_id_tasks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_program_items" ADD CONSTRAINT "work_program_items_program_id_work_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."work_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_program_items" ADD CONSTRAINT "work_program_items_responsible_body_id_org_bodies_id_fk" FOREIGN KEY ("responsible_body_id") REFERENCES "public"."org_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_program_items" ADD CONSTRAINT "work_program_items_responsible_member_id_members_id_fk" FOREIGN KEY ("responsible_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_program_items" ADD CONSTRAINT "work_program_items_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programs" ADD CONSTRAINT "work_programs_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programs" ADD CONSTRAINT "work_programs_body_id_org_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."org_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programs" ADD CONSTRAINT "work_programs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_session_conclusions" ADD CONSTRAINT "working_session_conclusions_session_id_working_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."working_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_superior_unit_id_org_units_id_fk" FOREIGN KEY ("superior_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_report_document_id_documents_id_fk" FOREIGN KEY ("report_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_sessions" ADD CONSTRAINT "working_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_events_petition_idx" ON "petition_events" USING btree ("petition_id","created_at");--> statement-breakpoint
CREATE INDEX "petitions_to_path_idx" ON "petitions" USING gist ("to_path");--> statement-breakpoint
CREATE INDEX "petitions_from_path_idx" ON "petitions" USING gist ("from_path");--> statement-breakpoint
CREATE INDEX "petitions_to_status_idx" ON "petitions" USING btree ("to_unit_id","status","received_on");--> statement-breakpoint
CREATE INDEX "petitions_submitter_idx" ON "petitions" USING btree ("submitted_by");--> statement-breakpoint
CREATE INDEX "task_updates_task_idx" ON "task_updates" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE INDEX "tasks_assignee_path_idx" ON "tasks" USING gist ("assignee_path");--> statement-breakpoint
CREATE INDEX "tasks_open_due_idx" ON "tasks" USING btree ("due_on","id") WHERE "tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "tasks_closed_idx" ON "tasks" USING btree ("closed_on","id") WHERE "tasks"."status" <> 'open';--> statement-breakpoint
CREATE INDEX "tasks_parent_idx" ON "tasks" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "tasks_source_idx" ON "tasks" USING btree ("source_ref_id","source_item_id");--> statement-breakpoint
CREATE INDEX "tasks_member_idx" ON "tasks" USING btree ("assignee_member_id");--> statement-breakpoint
CREATE INDEX "tasks_reminder_idx" ON "tasks" USING btree ("next_reminder_on") WHERE "tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "work_program_items_program_idx" ON "work_program_items" USING btree ("program_id","due_on","position");--> statement-breakpoint
CREATE INDEX "work_program_items_document_idx" ON "work_program_items" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_programs_holder_year_uq" ON "work_programs" USING btree ("unit_id",coalesce("body_id", '00000000-0000-0000-0000-000000000000'::uuid),"year");--> statement-breakpoint
CREATE INDEX "work_programs_path_idx" ON "work_programs" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "working_session_conclusions_session_idx" ON "working_session_conclusions" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "working_sessions_path_idx" ON "working_sessions" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "working_sessions_unit_idx" ON "working_sessions" USING btree ("unit_id","held_on");--> statement-breakpoint
-- Conclusions of closed meetings with an owner and a deadline become tasks of the meeting's unit (the
-- service does the same when a meeting closes); run once here for meetings closed before this module.
CREATE FUNCTION dangbo_tasks_from_closed_meetings() RETURNS integer LANGUAGE sql AS $$
  with made as (
    insert into tasks (owner_unit_id, owner_path, assignee_unit_id, assignee_path, assignee_member_id,
      source_kind, source_ref_id, source_item_id, source_title, source_text, source_date, title, due_on,
      progress, status, closed_on, next_reminder_on, next_reminder_stage)
    select u.id, u.path, u.id, u.path, c.owner_member_id,
      'meeting', m.id, c.id,
      (case when m.body_id is null then 'Sinh hoạt chi bộ ngày ' else 'Hội nghị ngày ' end)
        || to_char((m.starts_at at time zone 'UTC' + interval '7 hours')::date, 'DD/MM/YYYY'),
      c.text, (m.starts_at at time zone 'UTC' + interval '7 hours')::date, left(c.text, 500),
      greatest(c.due_on, (m.starts_at at time zone 'UTC' + interval '7 hours')::date),
      case when c.task_status = 'done' then 100 else 0 end,
      c.task_status,
      case when c.task_status = 'done' then greatest(c.due_on, (m.starts_at at time zone 'UTC' + interval '7 hours')::date) end,
      case when c.task_status = 'open' then greatest(c.due_on, current_date) end,
      case when c.task_status = 'open' then (case when c.due_on >= current_date then 'due' else 'overdue' end) end
    from meeting_conclusions c
    join meetings m on m.id = c.meeting_id and m.status = 'closed'
    join org_units u on u.id = m.unit_id
    where c.task_status is not null
      and not exists (select 1 from tasks t where t.source_item_id = c.id)
    returning 1
  )
  select count(*)::integer from made
$$;
--> statement-breakpoint
SELECT dangbo_tasks_from_closed_meetings();
