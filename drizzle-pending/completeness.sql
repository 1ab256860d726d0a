-- Proposal only (not needed for the goals): the completeness view reads one form and period's reports — unit,
-- status and days — from this index alone instead of one heap visit per expected unit. Measured in
-- docs/BENCHMARKS-reports.md (≈100,000 units): root p95 605 → 548 ms, province 120 → 97 ms, grassroots unchanged.
CREATE INDEX IF NOT EXISTS "report_submissions_completeness_idx" ON "report_submissions"
  USING btree ("form_id", "period_key", "unit_id") INCLUDE ("status", "sent_on", "due_on", "received_on_paper");
