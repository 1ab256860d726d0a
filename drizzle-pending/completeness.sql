-- Completeness view at national size (bench/reports.ts): the reports of one form and period read from the index
-- alone — unit, status and days — instead of one heap visit per expected unit.
CREATE INDEX IF NOT EXISTS "report_submissions_completeness_idx" ON "report_submissions"
  USING btree ("form_id", "period_key", "unit_id") INCLUDE ("status", "sent_on", "due_on", "received_on_paper");
