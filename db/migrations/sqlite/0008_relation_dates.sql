-- A relation may name the date its arithmetic holds at (consistency.md, second revision): then each
-- stock in it stands for its claims within its window of that date. NULL: the relation is checked at
-- its events' claims' dates, or per period of its stocks. Its revisions keep the date too.
ALTER TABLE relations ADD COLUMN as_of TEXT;

DROP TRIGGER relations_insert_keeps_revision;
DROP TRIGGER relations_update_keeps_revision;
DROP TRIGGER relations_delete_keeps_revision;
CREATE TRIGGER relations_insert_keeps_revision AFTER INSERT ON relations BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('relation', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'relation' AND entity_id = new.id), 0) + 1,
            revision_action('create'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('kind', new.kind, 'meaning', new.meaning, 'as_of', new.as_of, 'signature', new.signature, 'terms', json(new.terms)));
END;
CREATE TRIGGER relations_update_keeps_revision AFTER UPDATE ON relations BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('relation', new.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'relation' AND entity_id = new.id), 0) + 1,
            revision_action('update'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('kind', new.kind, 'meaning', new.meaning, 'as_of', new.as_of, 'signature', new.signature, 'terms', json(new.terms)));
END;
CREATE TRIGGER relations_delete_keeps_revision AFTER DELETE ON relations BEGIN
    INSERT INTO revisions (entity, entity_id, revision, action, at, author, data)
    VALUES ('relation', old.id,
            coalesce((SELECT max(revision) FROM revisions WHERE entity = 'relation' AND entity_id = old.id), 0) + 1,
            'delete', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), current_author(), json_object('kind', old.kind, 'meaning', old.meaning, 'as_of', old.as_of, 'signature', old.signature, 'terms', json(old.terms)));
END;
