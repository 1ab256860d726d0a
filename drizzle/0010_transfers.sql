CREATE TABLE "member_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text NOT NULL,
	"member_id" uuid,
	"from_unit_id" uuid,
	"external_sender" text,
	"to_unit_id" uuid,
	"external_receiver" text,
	"move_date" date NOT NULL,
	"period_from" date,
	"period_to" date,
	"full_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"citizen_id" text,
	"admission_date" date,
	"official_date" date,
	"card_number" text,
	"record_number" text,
	"letter_year" integer,
	"letter_seq" integer,
	"letter_number" text,
	"letter_date" date,
	"letter_place" text,
	"dues_paid_through" text,
	"issue_due_on" date NOT NULL,
	"present_due_on" date,
	"late_reason" text,
	"received_on" date,
	"receiving_note" text,
	"cancel_reason" text,
	"note" text,
	"signer_name" text,
	"signer_role" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "member_transfers" ADD CONSTRAINT "member_transfers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_transfers" ADD CONSTRAINT "member_transfers_from_unit_id_org_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_transfers" ADD CONSTRAINT "member_transfers_to_unit_id_org_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "member_transfers_letter_uq" ON "member_transfers" USING btree ("from_unit_id","letter_year","letter_seq") WHERE "member_transfers"."letter_seq" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "member_transfers_open_uq" ON "member_transfers" USING btree ("member_id","kind") WHERE "member_transfers"."status" in ('draft', 'issued') and "member_transfers"."member_id" is not null;--> statement-breakpoint
CREATE INDEX "member_transfers_from_idx" ON "member_transfers" USING btree ("from_unit_id","status");--> statement-breakpoint
CREATE INDEX "member_transfers_to_idx" ON "member_transfers" USING btree ("to_unit_id","status");--> statement-breakpoint
CREATE INDEX "member_transfers_member_idx" ON "member_transfers" USING btree ("member_id");--> statement-breakpoint
-- hand-written: transfers
-- Each end is either a unit of the tree or a named organisation outside it, and a transfer never leaves and
-- enters the tree at once.
ALTER TABLE "member_transfers" ADD CONSTRAINT "member_transfers_ends_ck" CHECK (
	(("from_unit_id" IS NULL) <> ("external_sender" IS NULL))
	AND (("to_unit_id" IS NULL) <> ("external_receiver" IS NULL))
	AND ("from_unit_id" IS NOT NULL OR "to_unit_id" IS NOT NULL)
);--> statement-breakpoint
ALTER TABLE "member_transfers" ADD CONSTRAINT "member_transfers_member_ck" CHECK (
	"member_id" IS NOT NULL OR "from_unit_id" IS NULL
);
