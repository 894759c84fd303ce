-- Where each quantity last moved: the store version of the last write that changed what the check reads of it (its
-- row, its claims, the dates and publishers of their sources, the relations it takes part in), kept when it is
-- deleted too. The store-wide report, worked out at version V, reads the quantities moved at V or later and checks
-- again only them and those their relations reach (Features/Checks/StoreReport.cs). A trigger may run before or
-- after its write's bump of store_version; either way a write that lands after V records V or later.
-- The bulk import moves its batch's quantities once, with the rest of its set-based work (Features/Import/ClaimBatch.cs).

CREATE TABLE quantity_moves (
    quantity_id INTEGER PRIMARY KEY,
    at_version  INTEGER NOT NULL
);
CREATE INDEX quantity_moves_by_version ON quantity_moves (at_version);

-- What moving a quantity writes, in one place: the triggers below insert the quantity's id into this view.
CREATE VIEW quantity_moved (quantity_id) AS SELECT quantity_id FROM quantity_moves WHERE false;
CREATE TRIGGER quantity_moved_records INSTEAD OF INSERT ON quantity_moved BEGIN
    INSERT INTO quantity_moves VALUES (new.quantity_id, (SELECT version FROM store_version))
    ON CONFLICT (quantity_id) DO UPDATE SET at_version = excluded.at_version;
END;

CREATE TRIGGER quantities_insert_moves AFTER INSERT ON quantities BEGIN INSERT INTO quantity_moved VALUES (new.id); END;
CREATE TRIGGER quantities_update_moves AFTER UPDATE ON quantities BEGIN INSERT INTO quantity_moved VALUES (new.id); END;
CREATE TRIGGER quantities_delete_moves AFTER DELETE ON quantities BEGIN INSERT INTO quantity_moved VALUES (old.id); END;

CREATE TRIGGER claims_insert_moves_quantity AFTER INSERT ON claims WHEN NOT EXISTS (SELECT 1 FROM claims_in_bulk)
BEGIN INSERT INTO quantity_moved VALUES (new.quantity_id); END;
CREATE TRIGGER claims_update_moves_quantity
AFTER UPDATE OF source_id, quantity_id, quote, qualifier, value, min, max, precision, as_of, attributed_to ON claims
BEGIN INSERT INTO quantity_moved VALUES (new.quantity_id), (old.quantity_id); END;
CREATE TRIGGER claims_delete_moves_quantity AFTER DELETE ON claims BEGIN INSERT INTO quantity_moved VALUES (old.quantity_id); END;

CREATE TRIGGER sources_update_moves_quantities AFTER UPDATE OF publisher, published_at ON sources
BEGIN INSERT INTO quantity_moved SELECT DISTINCT quantity_id FROM claims WHERE source_id = new.id; END;

CREATE TRIGGER relations_update_moves_quantities AFTER UPDATE ON relations
BEGIN INSERT INTO quantity_moved SELECT DISTINCT quantity_id FROM relation_terms WHERE relation_id = new.id; END;
CREATE TRIGGER relation_terms_insert_moves_quantity AFTER INSERT ON relation_terms BEGIN INSERT INTO quantity_moved VALUES (new.quantity_id); END;
CREATE TRIGGER relation_terms_update_moves_quantity AFTER UPDATE ON relation_terms
BEGIN INSERT INTO quantity_moved VALUES (new.quantity_id), (old.quantity_id); END;
CREATE TRIGGER relation_terms_delete_moves_quantity AFTER DELETE ON relation_terms BEGIN INSERT INTO quantity_moved VALUES (old.quantity_id); END;
