-- The qualifier `exactly` (a sample size or another count written exact, issue 19) can be stored:
-- the API took it since it was added, but the claims table's CHECK still listed the qualifiers before
-- it, so storing such a claim failed. SQLite cannot change a CHECK in place, so the table is rebuilt
-- as 0006 rebuilt it, with foreign keys off and checked by the script before it commits; every row
-- keeps its id, and the sequence starts past the highest id the table ever held.

PRAGMA legacy_alter_table = ON;

-- claims
CREATE TABLE claims_rebuilt (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id     INTEGER NOT NULL REFERENCES sources (id),
    quantity_id   INTEGER NOT NULL REFERENCES quantities (id),
    quote         TEXT NOT NULL,
    quote_start   INTEGER,
    quote_end     INTEGER,
    qualifier     TEXT NOT NULL CHECK (qualifier IN ('exact', 'approximately', 'more_than', 'at_least',
                                      'less_than', 'up_to', 'at_most', 'nearly', 'between', 'exactly')),
    value         TEXT,
    min           TEXT,
    max           TEXT,
    precision     TEXT,
    as_of         TEXT,          -- NULL: the source's publication date
    attributed_to TEXT,
    note          TEXT,
    -- Everything that makes two claims the same claim: a retried POST or a re-import cannot double-count.
    signature     TEXT NOT NULL UNIQUE,
    CHECK ((qualifier = 'between') = (value IS NULL)),
    CHECK ((qualifier = 'between') = (min IS NOT NULL AND max IS NOT NULL))
);
INSERT INTO claims_rebuilt (id, source_id, quantity_id, quote, quote_start, quote_end, qualifier, value, min, max, precision, as_of, attributed_to, note, signature) SELECT id, source_id, quantity_id, quote, quote_start, quote_end, qualifier, value, min, max, precision, as_of, attributed_to, note, signature FROM claims;
DROP TABLE claims;
ALTER TABLE claims_rebuilt RENAME TO claims;
CREATE INDEX claims_by_quantity ON claims (quantity_id, id);
CREATE INDEX claims_by_source ON claims (source_id, id);
CREATE TRIGGER claims_delete_bumps_version AFTER DELETE ON claims
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER claims_delete_indexes AFTER DELETE ON claims BEGIN
    DELETE FROM claim_search WHERE rowid = old.id;
END;
CREATE TRIGGER claims_delete_keeps_revision AFTER DELETE ON claims BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('claim', old.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'claim' AND entity_id = old.id), 0) + 1,
            'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('source_id', old.source_id, 'quantity_id', old.quantity_id, 'quote', old.quote, 'quote_start', old.quote_start, 'quote_end', old.quote_end, 'qualifier', old.qualifier, 'value', old.value, 'min', old.min, 'max', old.max, 'precision', old.precision, 'as_of', old.as_of, 'attributed_to', old.attributed_to, 'note', old.note, 'signature', old.signature));
END;
CREATE TRIGGER claims_insert_bumps_version AFTER INSERT ON claims
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER claims_insert_indexes AFTER INSERT ON claims BEGIN
    INSERT INTO claim_search (rowid, quote, attributed_to, quantity, source)
    SELECT claim_id, quote, attributed_to, quantity, source FROM claim_search_rows WHERE claim_id = new.id;
END;
CREATE TRIGGER claims_insert_keeps_revision AFTER INSERT ON claims BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('claim', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'claim' AND entity_id = new.id), 0) + 1,
            revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('source_id', new.source_id, 'quantity_id', new.quantity_id, 'quote', new.quote, 'quote_start', new.quote_start, 'quote_end', new.quote_end, 'qualifier', new.qualifier, 'value', new.value, 'min', new.min, 'max', new.max, 'precision', new.precision, 'as_of', new.as_of, 'attributed_to', new.attributed_to, 'note', new.note, 'signature', new.signature));
END;
CREATE TRIGGER claims_update_bumps_version AFTER UPDATE ON claims
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER claims_update_indexes AFTER UPDATE ON claims BEGIN
    DELETE FROM claim_search WHERE rowid = old.id;
    INSERT INTO claim_search (rowid, quote, attributed_to, quantity, source)
    SELECT claim_id, quote, attributed_to, quantity, source FROM claim_search_rows WHERE claim_id = new.id;
END;
CREATE TRIGGER claims_update_keeps_revision AFTER UPDATE ON claims BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('claim', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'claim' AND entity_id = new.id), 0) + 1,
            revision_action('update'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('source_id', new.source_id, 'quantity_id', new.quantity_id, 'quote', new.quote, 'quote_start', new.quote_start, 'quote_end', new.quote_end, 'qualifier', new.qualifier, 'value', new.value, 'min', new.min, 'max', new.max, 'precision', new.precision, 'as_of', new.as_of, 'attributed_to', new.attributed_to, 'note', new.note, 'signature', new.signature));
END;
DELETE FROM sqlite_sequence WHERE name = 'claims';
INSERT INTO sqlite_sequence (name, seq) VALUES ('claims', max(coalesce((SELECT max(id) FROM claims), 0), coalesce((SELECT max(entity_id) FROM revisions WHERE entity = 'claim'), 0)));

PRAGMA legacy_alter_table = OFF;

-- Every reference still names a row, or the CHECK fails and the whole rebuild rolls back.
CREATE TEMP TABLE broken_references (count INTEGER CHECK (count = 0));
INSERT INTO broken_references SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE broken_references;
