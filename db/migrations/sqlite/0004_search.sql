-- Full-text search (FTS5): each claim is indexed under its quote, who it is attributed to, its
-- quantity's key, label and aliases, and its source's title and publisher; quantities and sources
-- are indexed on their own for their lists. Triggers keep the indexes in step with the records.

CREATE VIRTUAL TABLE claim_search USING fts5(quote, attributed_to, quantity, source, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quantity_search USING fts5(key, label, aliases, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE source_search USING fts5(title, publisher, tokenize = 'unicode61 remove_diacritics 2');

CREATE VIEW claim_search_rows AS
SELECT c.id AS claim_id, c.quote, coalesce(c.attributed_to, '') AS attributed_to,
       q.key || ' ' || q.label || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(q.aliases)), '') AS quantity,
       s.title || ' ' || s.publisher AS source
FROM claims c JOIN quantities q ON q.id = c.quantity_id JOIN sources s ON s.id = c.source_id;

INSERT INTO claim_search (rowid, quote, attributed_to, quantity, source)
SELECT claim_id, quote, attributed_to, quantity, source FROM claim_search_rows;
INSERT INTO quantity_search (rowid, key, label, aliases)
SELECT id, key, label, coalesce((SELECT group_concat(value, ' ') FROM json_each(aliases)), '') FROM quantities;
INSERT INTO source_search (rowid, title, publisher) SELECT id, title, publisher FROM sources;

CREATE TRIGGER claims_insert_indexes AFTER INSERT ON claims BEGIN
    INSERT INTO claim_search (rowid, quote, attributed_to, quantity, source)
    SELECT claim_id, quote, attributed_to, quantity, source FROM claim_search_rows WHERE claim_id = new.id;
END;
CREATE TRIGGER claims_update_indexes AFTER UPDATE ON claims BEGIN
    DELETE FROM claim_search WHERE rowid = old.id;
    INSERT INTO claim_search (rowid, quote, attributed_to, quantity, source)
    SELECT claim_id, quote, attributed_to, quantity, source FROM claim_search_rows WHERE claim_id = new.id;
END;
CREATE TRIGGER claims_delete_indexes AFTER DELETE ON claims BEGIN
    DELETE FROM claim_search WHERE rowid = old.id;
END;

CREATE TRIGGER quantities_insert_indexes AFTER INSERT ON quantities BEGIN
    INSERT INTO quantity_search (rowid, key, label, aliases)
    VALUES (new.id, new.key, new.label, coalesce((SELECT group_concat(value, ' ') FROM json_each(new.aliases)), ''));
END;
CREATE TRIGGER quantities_update_indexes AFTER UPDATE OF key, label, aliases ON quantities BEGIN
    DELETE FROM quantity_search WHERE rowid = old.id;
    INSERT INTO quantity_search (rowid, key, label, aliases)
    VALUES (new.id, new.key, new.label, coalesce((SELECT group_concat(value, ' ') FROM json_each(new.aliases)), ''));
    UPDATE claim_search SET quantity = (SELECT quantity FROM claim_search_rows WHERE claim_id = claim_search.rowid)
    WHERE rowid IN (SELECT id FROM claims WHERE quantity_id = new.id);
END;
CREATE TRIGGER quantities_delete_indexes AFTER DELETE ON quantities BEGIN
    DELETE FROM quantity_search WHERE rowid = old.id;
END;

CREATE TRIGGER sources_insert_indexes AFTER INSERT ON sources BEGIN
    INSERT INTO source_search (rowid, title, publisher) VALUES (new.id, new.title, new.publisher);
END;
CREATE TRIGGER sources_update_indexes AFTER UPDATE OF title, publisher ON sources BEGIN
    DELETE FROM source_search WHERE rowid = old.id;
    INSERT INTO source_search (rowid, title, publisher) VALUES (new.id, new.title, new.publisher);
    UPDATE claim_search SET source = new.title || ' ' || new.publisher
    WHERE rowid IN (SELECT id FROM claims WHERE source_id = new.id);
END;
CREATE TRIGGER sources_delete_indexes AFTER DELETE ON sources BEGIN
    DELETE FROM source_search WHERE rowid = old.id;
END;
