-- Full-text search. SQLite keeps FTS5 tables; here a claim, quantity or source is matched at query
-- time against a tsvector of the same fields, tokenized as FTS5's unicode61 does: runs of letters
-- and digits, accents removed, lower-cased. The tsquery comes from Search.cs.

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION search_document(VARIADIC fields text[]) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT to_tsvector('simple', regexp_replace(unaccent(array_to_string(fields, ' ')), '[^[:alnum:]]+', ' ', 'g'))
$$;

CREATE FUNCTION search_query(words text) RETURNS tsquery LANGUAGE sql STABLE AS $$
    SELECT to_tsquery('simple', unaccent(words))
$$;
