CREATE TABLE "exchange_column_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"signature" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_import_rows" (
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"cells" jsonb NOT NULL,
	"kind" text,
	"member_id" uuid,
	"member_version" integer,
	"fields" jsonb,
	"diff" jsonb,
	"problems" jsonb,
	CONSTRAINT "exchange_import_rows_import_id_row_number_pk" PRIMARY KEY("import_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "exchange_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" "ltree" NOT NULL,
	"file_name" text NOT NULL,
	"status" text NOT NULL,
	"job_id" uuid,
	"headers" jsonb NOT NULL,
	"mapping" jsonb,
	"counts" jsonb,
	"row_count" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exchange_member_sources" (
	"import_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_member_sources_import_id_member_id_pk" PRIMARY KEY("import_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "exchange_column_mappings" ADD CONSTRAINT "exchange_column_mappings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_column_mappings" ADD CONSTRAINT "exchange_column_mappings_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_import_rows" ADD CONSTRAINT "exchange_import_rows_import_id_exchange_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."exchange_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_imports" ADD CONSTRAINT "exchange_imports_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_imports" ADD CONSTRAINT "exchange_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_member_sources" ADD CONSTRAINT "exchange_member_sources_import_id_exchange_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."exchange_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_member_sources" ADD CONSTRAINT "exchange_member_sources_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_column_mappings_user_uq" ON "exchange_column_mappings" USING btree ("user_id","signature");--> statement-breakpoint
CREATE INDEX "exchange_column_mappings_unit_idx" ON "exchange_column_mappings" USING btree ("unit_id","signature");--> statement-breakpoint
CREATE INDEX "exchange_import_rows_kind_idx" ON "exchange_import_rows" USING btree ("import_id","kind","row_number");--> statement-breakpoint
CREATE INDEX "exchange_imports_creator_idx" ON "exchange_imports" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE INDEX "exchange_member_sources_member_idx" ON "exchange_member_sources" USING btree ("member_id","created_at");