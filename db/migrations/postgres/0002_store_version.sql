-- A counter that every change to the records bumps, so that store-wide findings can be
-- computed once per change and reused by every reader until the next one.

CREATE TABLE store_version (
    id      bigint PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
);
INSERT INTO store_version (id, version) VALUES (1, 0);

CREATE FUNCTION bump_store_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE store_version SET version = version + 1;
    RETURN NULL;
END $$;

-- Per row, as on SQLite: a statement that changes nothing leaves the version alone.
CREATE TRIGGER sources_bump_version AFTER INSERT OR UPDATE OR DELETE ON sources
FOR EACH ROW EXECUTE FUNCTION bump_store_version();
CREATE TRIGGER quantities_bump_version AFTER INSERT OR UPDATE OR DELETE ON quantities
FOR EACH ROW EXECUTE FUNCTION bump_store_version();
CREATE TRIGGER claims_bump_version AFTER INSERT OR UPDATE OR DELETE ON claims
FOR EACH ROW EXECUTE FUNCTION bump_store_version();
CREATE TRIGGER relations_bump_version AFTER INSERT OR UPDATE OR DELETE ON relations
FOR EACH ROW EXECUTE FUNCTION bump_store_version();
CREATE TRIGGER relation_terms_bump_version AFTER INSERT OR UPDATE OR DELETE ON relation_terms
FOR EACH ROW EXECUTE FUNCTION bump_store_version();
