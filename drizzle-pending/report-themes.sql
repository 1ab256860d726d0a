-- Report themes overview (GET /api/report-themes/overview) counts a committee's subtree's mentions by
-- `unit_path <@ $committee`: without this index it reads every mention of every committee. Mentions are written
-- per sent ideological-situation report (a few rows each), so the table grows with the tree × periods.
CREATE INDEX "report_theme_mentions_path_idx" ON "report_theme_mentions" USING gist ("unit_path");
