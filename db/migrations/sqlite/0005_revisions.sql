-- History: every create, update and delete of a source, quantity, claim or relation is kept as a
-- revision with its time, its author (the API key's name, from the connection's current_author())
-- and the full state after it (for a delete, the state it removed). Nothing is ever overwritten:
-- a delete leaves a tombstone that can be restored, and the check can be run as of any instant.

-- A relation's terms travel with it, so that one row holds its whole state.
ALTER TABLE relations ADD COLUMN terms TEXT NOT NULL DEFAULT '[]';
UPDATE relations SET terms = (
    SELECT coalesce(json_group_array(json_object('role', role, 'position', position, 'quantity_id', quantity_id)), '[]')
    FROM (SELECT * FROM relation_terms t WHERE t.relation_id = relations.id ORDER BY role, position));

CREATE TABLE revisions (
    id        INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL CHECK (entity IN ('source', 'quantity', 'claim', 'relation')),
    entity_id INTEGER NOT NULL,
    revision  INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    at        TEXT NOT NULL,
    author    TEXT NOT NULL,
    data      TEXT NOT NULL CHECK (json_valid(data)),
    UNIQUE (entity, entity_id, revision)
);
CREATE INDEX revisions_by_time ON revisions (at);

INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
SELECT 'source', id, 1, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration', json_object('publisher', sources.publisher, 'title', sources.title, 'url', sources.url, 'published_at', sources.published_at, 'text', sources.text) FROM sources;
INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
SELECT 'quantity', id, 1, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration', json_object('key', quantities.key, 'label', quantities.label, 'unit', quantities.unit, 'kind', quantities.kind, 'window_days', quantities.window_days, 'aliases', json(quantities.aliases)) FROM quantities;
INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
SELECT 'claim', id, 1, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration', json_object('source_id', claims.source_id, 'quantity_id', claims.quantity_id, 'quote', claims.quote, 'quote_start', claims.quote_start, 'quote_end', claims.quote_end, 'qualifier', claims.qualifier, 'value', claims.value, 'min', claims.min, 'max', claims.max, 'precision', claims.precision, 'as_of', claims.as_of, 'attributed_to', claims.attributed_to, 'note', claims.note, 'signature', claims.signature) FROM claims;
INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
SELECT 'relation', id, 1, 'create', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration', json_object('kind', relations.kind, 'meaning', relations.meaning, 'signature', relations.signature, 'terms', json(relations.terms)) FROM relations;
CREATE TRIGGER sources_insert_keeps_revision AFTER INSERT ON sources BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('source', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'source' AND entity_id = new.id), 0) + 1,
            revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('publisher', new.publisher, 'title', new.title, 'url', new.url, 'published_at', new.published_at, 'text', new.text));
END;
CREATE TRIGGER sources_update_keeps_revision AFTER UPDATE ON sources BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('source', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'source' AND entity_id = new.id), 0) + 1,
            revision_action('update'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('publisher', new.publisher, 'title', new.title, 'url', new.url, 'published_at', new.published_at, 'text', new.text));
END;
CREATE TRIGGER sources_delete_keeps_revision AFTER DELETE ON sources BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('source', old.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'source' AND entity_id = old.id), 0) + 1,
            'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('publisher', old.publisher, 'title', old.title, 'url', old.url, 'published_at', old.published_at, 'text', old.text));
END;
CREATE TRIGGER quantities_insert_keeps_revision AFTER INSERT ON quantities BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('quantity', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'quantity' AND entity_id = new.id), 0) + 1,
            revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('key', new.key, 'label', new.label, 'unit', new.unit, 'kind', new.kind, 'window_days', new.window_days, 'aliases', json(new.aliases)));
END;
CREATE TRIGGER quantities_update_keeps_revision AFTER UPDATE ON quantities BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('quantity', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'quantity' AND entity_id = new.id), 0) + 1,
            revision_action('update'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('key', new.key, 'label', new.label, 'unit', new.unit, 'kind', new.kind, 'window_days', new.window_days, 'aliases', json(new.aliases)));
END;
CREATE TRIGGER quantities_delete_keeps_revision AFTER DELETE ON quantities BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('quantity', old.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'quantity' AND entity_id = old.id), 0) + 1,
            'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('key', old.key, 'label', old.label, 'unit', old.unit, 'kind', old.kind, 'window_days', old.window_days, 'aliases', json(old.aliases)));
END;
CREATE TRIGGER claims_insert_keeps_revision AFTER INSERT ON claims BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('claim', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'claim' AND entity_id = new.id), 0) + 1,
            revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('source_id', new.source_id, 'quantity_id', new.quantity_id, 'quote', new.quote, 'quote_start', new.quote_start, 'quote_end', new.quote_end, 'qualifier', new.qualifier, 'value', new.value, 'min', new.min, 'max', new.max, 'precision', new.precision, 'as_of', new.as_of, 'attributed_to', new.attributed_to, 'note', new.note, 'signature', new.signature));
END;
CREATE TRIGGER claims_update_keeps_revision AFTER UPDATE ON claims BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('claim', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'claim' AND entity_id = new.id), 0) + 1,
            revision_action('update'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('source_id', new.source_id, 'quantity_id', new.quantity_id, 'quote', new.quote, 'quote_start', new.quote_start, 'quote_end', new.quote_end, 'qualifier', new.qualifier, 'value', new.value, 'min', new.min, 'max', new.max, 'precision', new.precision, 'as_of', new.as_of, 'attributed_to', new.attributed_to, 'note', new.note, 'signature', new.signature));
END;
CREATE TRIGGER claims_delete_keeps_revision AFTER DELETE ON claims BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('claim', old.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'claim' AND entity_id = old.id), 0) + 1,
            'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('source_id', old.source_id, 'quantity_id', old.quantity_id, 'quote', old.quote, 'quote_start', old.quote_start, 'quote_end', old.quote_end, 'qualifier', old.qualifier, 'value', old.value, 'min', old.min, 'max', old.max, 'precision', old.precision, 'as_of', old.as_of, 'attributed_to', old.attributed_to, 'note', old.note, 'signature', old.signature));
END;
CREATE TRIGGER relations_insert_keeps_revision AFTER INSERT ON relations BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('relation', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'relation' AND entity_id = new.id), 0) + 1,
            revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('kind', new.kind, 'meaning', new.meaning, 'signature', new.signature, 'terms', json(new.terms)));
END;
CREATE TRIGGER relations_update_keeps_revision AFTER UPDATE ON relations BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('relation', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'relation' AND entity_id = new.id), 0) + 1,
            revision_action('update'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('kind', new.kind, 'meaning', new.meaning, 'signature', new.signature, 'terms', json(new.terms)));
END;
CREATE TRIGGER relations_delete_keeps_revision AFTER DELETE ON relations BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('relation', old.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'relation' AND entity_id = old.id), 0) + 1,
            'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('kind', old.kind, 'meaning', old.meaning, 'signature', old.signature, 'terms', json(old.terms)));
END;
