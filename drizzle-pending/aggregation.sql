-- Report aggregation (aggregate-queries.ts `countsByChild`, aggregate-compiled.ts): the reports of a form and
-- period in a subtree are counted by status and child subtree. With `unit_path` in the index the count is an
-- index-only scan instead of a heap fetch per report (national root: 300,000 reports a month).
CREATE INDEX "report_submissions_form_period_path_idx" ON "report_submissions" USING btree ("form_id","period_key","status") INCLUDE ("unit_path");
