-- Ids name one record forever: sources, quantities, claims, relations and revisions become
-- AUTOINCREMENT tables, so SQLite never hands out an id again after the newest record is deleted
-- (without it, a new claim took the deleted one's id, and the deleted claim's history and
-- restore crossed into the new record). Each table is rebuilt as SQLite's documented procedure
-- does it (https://www.sqlite.org/lang_altertable.html#otheralter): migrations run with foreign
-- keys off, and the script checks them itself before it commits; every row keeps its id, and
-- each table's sequence starts past the highest id it ever held, live or only in history.
-- Its own indexes and triggers go with a dropped table and are created again as they were.

PRAGMA legacy_alter_table = ON;

-- sources
CREATE TABLE sources_rebuilt (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    publisher    TEXT NOT NULL,
    title        TEXT NOT NULL,
    url          TEXT UNIQUE,
    published_at TEXT NOT NULL,
    text         TEXT
);
INSERT INTO sources_rebuilt (id, publisher, title, url, published_at, text) SELECT id, publisher, title, url, published_at, text FROM sources;
DROP TABLE sources;
ALTER TABLE sources_rebuilt RENAME TO sources;
CREATE INDEX sources_by_date ON sources (published_at);
CREATE INDEX sources_by_publisher ON sources (publisher, published_at);
CREATE UNIQUE INDEX sources_without_url ON sources (publisher, title, published_at) WHERE url IS NULL;
CREATE TRIGGER sources_delete_bumps_version AFTER DELETE ON sources
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER sources_delete_indexes AFTER DELETE ON sources BEGIN
    DELETE FROM source_search WHERE rowid = old.id;
END;
CREATE TRIGGER sources_delete_keeps_revision AFTER DELETE ON sources BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('source', old.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'source' AND entity_id = old.id), 0) + 1,
            'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('publisher', old.publisher, 'title', old.title, 'url', old.url, 'published_at', old.published_at, 'text', old.text));
END;
CREATE TRIGGER sources_insert_bumps_version AFTER INSERT ON sources
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER sources_insert_indexes AFTER INSERT ON sources BEGIN
    INSERT INTO source_search (rowid, title, publisher) VALUES (new.id, new.title, new.publisher);
END;
CREATE TRIGGER sources_insert_keeps_revision AFTER INSERT ON sources BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('source', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'source' AND entity_id = new.id), 0) + 1,
            revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('publisher', new.publisher, 'title', new.title, 'url', new.url, 'published_at', new.published_at, 'text', new.text));
END;
CREATE TRIGGER sources_update_bumps_version AFTER UPDATE ON sources
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER sources_update_indexes AFTER UPDATE OF title, publisher ON sources BEGIN
    DELETE FROM source_search WHERE rowid = old.id;
    INSERT INTO source_search (rowid, title, publisher) VALUES (new.id, new.title, new.publisher);
    UPDATE claim_search SET source = new.title || ' ' || new.publisher
    WHERE rowid IN (SELECT id FROM claims WHERE source_id = new.id);
END;
CREATE TRIGGER sources_update_keeps_revision AFTER UPDATE ON sources BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('source', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'source' AND entity_id = new.id), 0) + 1,
            revision_action('update'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('publisher', new.publisher, 'title', new.title, 'url', new.url, 'published_at', new.published_at, 'text', new.text));
END;
DELETE FROM sqlite_sequence WHERE name = 'sources';
INSERT INTO sqlite_sequence (name, seq) VALUES ('sources', max(coalesce((SELECT max(id) FROM sources), 0), coalesce((SELECT max(entity_id) FROM revisions WHERE entity = 'source'), 0)));

-- quantities
CREATE TABLE quantities_rebuilt (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    key         TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL,
    unit        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('event', 'stock')),
    window_days INTEGER CHECK (window_days >= 0),
    aliases     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases))
);
INSERT INTO quantities_rebuilt (id, key, label, unit, kind, window_days, aliases) SELECT id, key, label, unit, kind, window_days, aliases FROM quantities;
DROP TABLE quantities;
ALTER TABLE quantities_rebuilt RENAME TO quantities;
CREATE TRIGGER quantities_delete_bumps_version AFTER DELETE ON quantities
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER quantities_delete_indexes AFTER DELETE ON quantities BEGIN
    DELETE FROM quantity_search WHERE rowid = old.id;
END;
CREATE TRIGGER quantities_delete_keeps_revision AFTER DELETE ON quantities BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('quantity', old.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'quantity' AND entity_id = old.id), 0) + 1,
            'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('key', old.key, 'label', old.label, 'unit', old.unit, 'kind', old.kind, 'window_days', old.window_days, 'aliases', json(old.aliases)));
END;
CREATE TRIGGER quantities_insert_bumps_version AFTER INSERT ON quantities
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER quantities_insert_indexes AFTER INSERT ON quantities BEGIN
    INSERT INTO quantity_search (rowid, key, label, aliases)
    VALUES (new.id, new.key, new.label, coalesce((SELECT group_concat(value, ' ') FROM json_each(new.aliases)), ''));
END;
CREATE TRIGGER quantities_insert_keeps_revision AFTER INSERT ON quantities BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('quantity', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'quantity' AND entity_id = new.id), 0) + 1,
            revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('key', new.key, 'label', new.label, 'unit', new.unit, 'kind', new.kind, 'window_days', new.window_days, 'aliases', json(new.aliases)));
END;
CREATE TRIGGER quantities_update_bumps_version AFTER UPDATE ON quantities
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER quantities_update_indexes AFTER UPDATE OF key, label, aliases ON quantities BEGIN
    DELETE FROM quantity_search WHERE rowid = old.id;
    INSERT INTO quantity_search (rowid, key, label, aliases)
    VALUES (new.id, new.key, new.label, coalesce((SELECT group_concat(value, ' ') FROM json_each(new.aliases)), ''));
    UPDATE claim_search SET quantity = (SELECT quantity FROM claim_search_rows WHERE claim_id = claim_search.rowid)
    WHERE rowid IN (SELECT id FROM claims WHERE quantity_id = new.id);
END;
CREATE TRIGGER quantities_update_keeps_revision AFTER UPDATE ON quantities BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('quantity', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'quantity' AND entity_id = new.id), 0) + 1,
            revision_action('update'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('key', new.key, 'label', new.label, 'unit', new.unit, 'kind', new.kind, 'window_days', new.window_days, 'aliases', json(new.aliases)));
END;
DELETE FROM sqlite_sequence WHERE name = 'quantities';
INSERT INTO sqlite_sequence (name, seq) VALUES ('quantities', max(coalesce((SELECT max(id) FROM quantities), 0), coalesce((SELECT max(entity_id) FROM revisions WHERE entity = 'quantity'), 0)));

-- claims
CREATE TABLE claims_rebuilt (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id     INTEGER NOT NULL REFERENCES sources (id),
    quantity_id   INTEGER NOT NULL REFERENCES quantities (id),
    quote         TEXT NOT NULL,
    quote_start   INTEGER,
    quote_end     INTEGER,
    qualifier     TEXT NOT NULL CHECK (qualifier IN ('exact', 'approximately', 'more_than', 'at_least',
                                      'less_than', 'up_to', 'at_most', 'nearly', 'between')),
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

-- relations
CREATE TABLE relations_rebuilt (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT NOT NULL CHECK (kind IN ('percent', 'ratio', 'sum', 'parts_at_most', 'difference')),
    meaning   TEXT,
    -- The kind and its quantities by role: the same arithmetic cannot be declared twice.
    signature TEXT NOT NULL UNIQUE
, terms TEXT NOT NULL DEFAULT '[]');
INSERT INTO relations_rebuilt (id, kind, meaning, signature, terms) SELECT id, kind, meaning, signature, terms FROM relations;
DROP TABLE relations;
ALTER TABLE relations_rebuilt RENAME TO relations;
CREATE TRIGGER relations_delete_bumps_version AFTER DELETE ON relations
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER relations_delete_keeps_revision AFTER DELETE ON relations BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('relation', old.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'relation' AND entity_id = old.id), 0) + 1,
            'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('kind', old.kind, 'meaning', old.meaning, 'signature', old.signature, 'terms', json(old.terms)));
END;
CREATE TRIGGER relations_insert_bumps_version AFTER INSERT ON relations
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER relations_insert_keeps_revision AFTER INSERT ON relations BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('relation', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'relation' AND entity_id = new.id), 0) + 1,
            revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('kind', new.kind, 'meaning', new.meaning, 'signature', new.signature, 'terms', json(new.terms)));
END;
CREATE TRIGGER relations_update_bumps_version AFTER UPDATE ON relations
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER relations_update_keeps_revision AFTER UPDATE ON relations BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('relation', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'relation' AND entity_id = new.id), 0) + 1,
            revision_action('update'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('kind', new.kind, 'meaning', new.meaning, 'signature', new.signature, 'terms', json(new.terms)));
END;
DELETE FROM sqlite_sequence WHERE name = 'relations';
INSERT INTO sqlite_sequence (name, seq) VALUES ('relations', max(coalesce((SELECT max(id) FROM relations), 0), coalesce((SELECT max(entity_id) FROM revisions WHERE entity = 'relation'), 0)));

-- revisions
CREATE TABLE revisions_rebuilt (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL CHECK (entity IN ('source', 'quantity', 'claim', 'relation')),
    entity_id INTEGER NOT NULL,
    revision  INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    at        TEXT NOT NULL,
    author    TEXT NOT NULL,
    data      TEXT NOT NULL CHECK (json_valid(data)),
    UNIQUE (entity, entity_id, revision)
);
INSERT INTO revisions_rebuilt (id, entity, entity_id, revision, action, at, author, data) SELECT id, entity, entity_id, revision, action, at, author, data FROM revisions;
DROP TABLE revisions;
ALTER TABLE revisions_rebuilt RENAME TO revisions;
CREATE INDEX revisions_by_time ON revisions (at);
DELETE FROM sqlite_sequence WHERE name = 'revisions';
INSERT INTO sqlite_sequence (name, seq) VALUES ('revisions', coalesce((SELECT max(id) FROM revisions), 0));

PRAGMA legacy_alter_table = OFF;

-- Every reference still names a row, or the CHECK fails and the whole rebuild rolls back.
CREATE TEMP TABLE broken_references (count INTEGER CHECK (count = 0));
INSERT INTO broken_references SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE broken_references;
