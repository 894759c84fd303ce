-- The store version is bumped once per transaction, not once per row. PostgreSQL keeps every version of the
-- store_version row that one transaction writes until it ends, and each UPDATE scans past all of them: an import
-- that created 10,000 quantities and 9,000 sources spent most of its time there (quadratic in the rows of one
-- transaction). One bump is all a reader needs: the transaction's writes become visible together, at its commit.
-- The bulk import's explicit bump after its claims (ClaimBatch) still runs; a version that moves twice is harmless.
-- SQLite updates the row in place and keeps its per-row bumps.
CREATE OR REPLACE FUNCTION bump_store_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('factcheck.bumped', true) IS DISTINCT FROM 'on' THEN
        UPDATE store_version SET version = version + 1;
        PERFORM set_config('factcheck.bumped', 'on', true);
    END IF;
    RETURN NULL;
END $$;
