-- Full-text search, as db/migrations/sqlite/0004_search.sql keeps it with FTS5: each claim is
-- indexed under its quote, who it is attributed to, its quantity's key, label and aliases, and its
-- source's title and publisher; quantities and sources are indexed on their own for their lists.
-- Text is tokenized as FTS5's unicode61 does: runs of letters and digits, accents removed,
-- lower-cased. The tsquery comes from Search.cs through search_query.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Immutable, so that indexes can hold it: the unaccent dictionary is taken as fixed.
CREATE FUNCTION search_document(VARIADIC fields text[]) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig,
        regexp_replace(public.unaccent('public.unaccent'::regdictionary, array_to_string(fields, ' ')), '[^[:alnum:]]+', ' ', 'g'))
$$;

CREATE FUNCTION search_query(words text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsquery('simple'::regconfig, public.unaccent('public.unaccent'::regdictionary, words))
$$;

CREATE INDEX sources_search ON sources USING gin (search_document(title, publisher));
CREATE INDEX quantities_search ON quantities USING gin (search_document(key, label, aliases));

-- A claim's words come from three tables, so they are kept in a table of their own.
CREATE TABLE claim_search (
    claim_id bigint PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    document tsvector NOT NULL
);
CREATE INDEX claim_search_document ON claim_search USING gin (document);

CREATE FUNCTION claim_document(claim_id bigint) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT search_document(c.quote, c.attributed_to, q.key, q.label, q.aliases, s.title, s.publisher)
    FROM claims c JOIN quantities q ON q.id = c.quantity_id JOIN sources s ON s.id = c.source_id
    WHERE c.id = claim_id
$$;

CREATE FUNCTION index_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO claim_search (claim_id, document) VALUES (NEW.id, claim_document(NEW.id))
    ON CONFLICT (claim_id) DO UPDATE SET document = excluded.document;
    RETURN NULL;
END $$;

-- TG_ARGV[0] names the claims' column that points at the changed row.
CREATE FUNCTION index_claims_of() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('UPDATE claim_search SET document = claim_document(claim_id)
                    WHERE claim_id IN (SELECT id FROM claims WHERE %I = $1)', TG_ARGV[0]) USING NEW.id;
    RETURN NULL;
END $$;

INSERT INTO claim_search (claim_id, document) SELECT id, claim_document(id) FROM claims;

CREATE TRIGGER claims_index AFTER INSERT OR UPDATE ON claims
FOR EACH ROW EXECUTE FUNCTION index_claim();
CREATE TRIGGER quantities_index_claims AFTER UPDATE OF key, label, aliases ON quantities
FOR EACH ROW EXECUTE FUNCTION index_claims_of('quantity_id');
CREATE TRIGGER sources_index_claims AFTER UPDATE OF title, publisher ON sources
FOR EACH ROW EXECUTE FUNCTION index_claims_of('source_id');
