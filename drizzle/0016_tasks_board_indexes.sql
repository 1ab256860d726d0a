DROP INDEX "tasks_open_due_idx";--> statement-breakpoint
DROP INDEX "tasks_closed_idx";--> statement-breakpoint
CREATE INDEX "tasks_open_due_idx" ON "tasks" USING btree ("due_on","id","assignee_path","assignee_member_id") WHERE "tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "tasks_closed_idx" ON "tasks" USING btree ("closed_on","id","status","assignee_path","assignee_member_id") WHERE "tasks"."status" <> 'open';