-- Extensions every later migration relies on; both engines ship them (PGlite loads them on open).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS ltree;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS citext;
--> statement-breakpoint
-- Folded text for search indexes: no tone marks, đ→d, lower case, single spaces. unaccent() itself is only
-- STABLE, so this wrapper names its dictionary explicitly and is declared IMMUTABLE; it must agree with
-- src/domain/text.ts fold().
CREATE OR REPLACE FUNCTION dangbo_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary,
    translate(value, 'đĐ', 'dD'))), '\s+', ' ', 'g'))
$$;
