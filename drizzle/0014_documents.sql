CREATE TABLE "document_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_files_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "document_issuers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"superior_name" text,
	"unit_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_number_sequences" (
	"issuer_id" uuid NOT NULL,
	"sequence" text NOT NULL,
	"term_id" uuid NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "document_number_sequences_issuer_id_sequence_term_id_pk" PRIMARY KEY("issuer_id","sequence","term_id")
);
--> statement-breakpoint
CREATE TABLE "document_numbers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issuer_id" uuid NOT NULL,
	"sequence" text NOT NULL,
	"term_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"number_text" text NOT NULL,
	"document_id" uuid,
	"status" text NOT NULL,
	"void_reason" text,
	"taken_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_reads" (
	"document_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_reads_document_id_member_id_pk" PRIMARY KEY("document_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"direction" text NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_path" "ltree" NOT NULL,
	"type" text NOT NULL,
	"issuer_id" uuid NOT NULL,
	"number" integer,
	"number_text" text,
	"issued_on" date,
	"received_on" date,
	"term_id" uuid,
	"congress" boolean DEFAULT false NOT NULL,
	"place" text,
	"signer_name" text,
	"signer_title" text,
	"signing_form" text DEFAULT 'direct' NOT NULL,
	"signing_for" text,
	"summary" text NOT NULL,
	"confidentiality" text DEFAULT 'normal' NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"withdrawn_reason" text,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_study_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"due_on" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_study_attendees" (
	"target_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "document_study_attendees_target_id_member_id_pk" PRIMARY KEY("target_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "document_study_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"studied_on" date,
	"meeting_id" uuid,
	"present_count" integer DEFAULT 0 NOT NULL,
	"plan_file_id" uuid,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_issuers" ADD CONSTRAINT "document_issuers_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_from_id_documents_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_to_id_documents_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_number_sequences" ADD CONSTRAINT "document_number_sequences_issuer_id_document_issuers_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."document_issuers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_number_sequences" ADD CONSTRAINT "document_number_sequences_term_id_org_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."org_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_numbers" ADD CONSTRAINT "document_numbers_issuer_id_document_issuers_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."document_issuers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_numbers" ADD CONSTRAINT "document_numbers_term_id_org_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."org_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_numbers" ADD CONSTRAINT "document_numbers_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_numbers" ADD CONSTRAINT "document_numbers_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_reads" ADD CONSTRAINT "document_reads_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_reads" ADD CONSTRAINT "document_reads_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_issuer_id_document_issuers_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."document_issuers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_term_id_org_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."org_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_assignments" ADD CONSTRAINT "document_study_assignments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_assignments" ADD CONSTRAINT "document_study_assignments_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_assignments" ADD CONSTRAINT "document_study_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_attendees" ADD CONSTRAINT "document_study_attendees_target_id_document_study_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."document_study_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_attendees" ADD CONSTRAINT "document_study_attendees_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_targets" ADD CONSTRAINT "document_study_targets_assignment_id_document_study_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."document_study_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_targets" ADD CONSTRAINT "document_study_targets_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_targets" ADD CONSTRAINT "document_study_targets_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_targets" ADD CONSTRAINT "document_study_targets_plan_file_id_document_files_id_fk" FOREIGN KEY ("plan_file_id") REFERENCES "public"."document_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_study_targets" ADD CONSTRAINT "document_study_targets_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_files_document_id_index" ON "document_files" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_issuers_code_name_uq" ON "document_issuers" USING btree ("code","name");--> statement-breakpoint
CREATE INDEX "document_issuers_unit_id_index" ON "document_issuers" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_uq" ON "document_links" USING btree ("from_id","to_id","kind");--> statement-breakpoint
CREATE INDEX "document_links_to_id_index" ON "document_links" USING btree ("to_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_numbers_uq" ON "document_numbers" USING btree ("issuer_id","sequence","term_id","number");--> statement-breakpoint
CREATE INDEX "document_numbers_document_id_index" ON "document_numbers" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "document_reads_member_id_index" ON "document_reads" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "documents_owner_path_gist" ON "documents" USING gist ("owner_path");--> statement-breakpoint
CREATE INDEX "documents_issued_idx" ON "documents" USING btree ("issued_on","id");--> statement-breakpoint
CREATE INDEX "documents_created_idx" ON "documents" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "documents_issuer_idx" ON "documents" USING btree ("issuer_id","type","number");--> statement-breakpoint
CREATE INDEX "documents_number_text_idx" ON "documents" USING btree ("number_text");--> statement-breakpoint
CREATE INDEX "documents_search_trgm" ON "documents" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "document_study_assignments_uq" ON "document_study_assignments" USING btree ("document_id","unit_id");--> statement-breakpoint
CREATE INDEX "document_study_assignments_path_gist" ON "document_study_assignments" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "document_study_attendees_member_id_index" ON "document_study_attendees" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_study_targets_uq" ON "document_study_targets" USING btree ("assignment_id","unit_id");--> statement-breakpoint
CREATE INDEX "document_study_targets_path_gist" ON "document_study_targets" USING gist ("unit_path");--> statement-breakpoint
-- The national issuers every registry needs from the first day; committees add their own and their bodies.
INSERT INTO "document_issuers" ("code", "name") VALUES
  ('TW', 'Ban Chấp hành Trung ương Đảng'),
  ('VPTW', 'Văn phòng Trung ương Đảng'),
  ('BTCTW', 'Ban Tổ chức Trung ương'),
  ('UBKTTW', 'Ủy ban Kiểm tra Trung ương'),
  ('BTGDVTW', 'Ban Tuyên giáo và Dân vận Trung ương'),
  ('BNCTW', 'Ban Nội chính Trung ương');
