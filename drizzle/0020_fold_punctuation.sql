-- fold() in src/domain/text.ts now turns dashes, curly quotes and the like into what unaccent makes of them,
-- as dangbo_fold does: stored folded texts written before are brought to the same form.
UPDATE members SET search_text = dangbo_fold(search_text) WHERE search_text <> dangbo_fold(search_text);
--> statement-breakpoint
UPDATE documents SET search_text = dangbo_fold(search_text) WHERE search_text <> dangbo_fold(search_text);
