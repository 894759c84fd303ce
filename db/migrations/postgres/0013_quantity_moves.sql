-- Where each quantity last moved: the store version of the last write that changed what the check reads of it (its
-- row, its claims, the dates and publishers of their sources, the relations it takes part in), kept when it is
-- deleted too. The store-wide report, worked out at version V, reads the quantities moved at V or later and checks
-- again only them and those their relations reach (Features/Checks/StoreReport.cs). Each trigger's name sorts after
-- its table's *_bump_version, so it runs after its write's bump, while the write holds store_version's row: a write
-- that lands after V records more than V.
-- The bulk import moves its batch's quantities once, with the rest of its set-based work (Features/Import/ClaimBatch.cs).

CREATE TABLE quantity_moves (
    quantity_id bigint PRIMARY KEY,
    at_version  bigint NOT NULL
);
CREATE INDEX quantity_moves_by_version ON quantity_moves (at_version);

CREATE FUNCTION move_quantities(VARIADIC ids bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO quantity_moves SELECT DISTINCT id, (SELECT version FROM store_version) FROM unnest(ids) AS id WHERE id IS NOT NULL
    ON CONFLICT (quantity_id) DO UPDATE SET at_version = excluded.at_version;
$$;

-- The quantity of the row before and after the write; for a quantity, its own id.
CREATE FUNCTION move_quantity_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'quantities' THEN
        PERFORM move_quantities(CASE WHEN TG_OP = 'DELETE' THEN old.id ELSE new.id END);
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM move_quantities(new.quantity_id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM move_quantities(old.quantity_id);
    ELSE
        PERFORM move_quantities(new.quantity_id, old.quantity_id);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION move_quantities_of_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM move_quantities(VARIADIC ARRAY(SELECT quantity_id FROM claims WHERE source_id = new.id));
    RETURN NULL;
END $$;

CREATE FUNCTION move_quantities_of_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM move_quantities(VARIADIC ARRAY(SELECT quantity_id FROM relation_terms WHERE relation_id = new.id));
    RETURN NULL;
END $$;

CREATE TRIGGER quantities_move AFTER INSERT OR UPDATE OR DELETE ON quantities
FOR EACH ROW EXECUTE FUNCTION move_quantity_of_row();
CREATE TRIGGER claims_move_quantity
AFTER INSERT OR DELETE OR UPDATE OF source_id, quantity_id, quote, qualifier, value, min, max, precision, as_of, attributed_to ON claims
FOR EACH ROW WHEN (current_setting('factcheck.bulk', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION move_quantity_of_row();
CREATE TRIGGER sources_move_quantities AFTER UPDATE OF publisher, published_at ON sources
FOR EACH ROW EXECUTE FUNCTION move_quantities_of_claims();
CREATE TRIGGER relations_move_quantities AFTER UPDATE ON relations
FOR EACH ROW EXECUTE FUNCTION move_quantities_of_terms();
CREATE TRIGGER relation_terms_move_quantity AFTER INSERT OR UPDATE OR DELETE ON relation_terms
FOR EACH ROW EXECUTE FUNCTION move_quantity_of_row();
