DROP INDEX "report_submissions_form_period_idx";--> statement-breakpoint
CREATE INDEX "report_theme_mentions_path_idx" ON "report_theme_mentions" USING gist ("unit_path");--> statement-breakpoint
CREATE INDEX "report_submissions_form_period_idx" ON "report_submissions" USING btree ("form_id","period_key","unit_id","status","sent_on","due_on","received_on_paper","unit_path");