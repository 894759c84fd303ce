-- The bulk import inserts a batch of claims and then indexes them, keeps their history and bumps
-- the store version once for the whole batch (Features/Import/ClaimBatch.cs). While it inserts, the
-- transaction's setting factcheck.bulk is 'on' and the per-row claim triggers stand aside.

DROP TRIGGER claims_bump_version ON claims;
CREATE TRIGGER claims_bump_version AFTER INSERT OR UPDATE OR DELETE ON claims
FOR EACH ROW WHEN (current_setting('factcheck.bulk', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION bump_store_version();

DROP TRIGGER claims_index ON claims;
CREATE TRIGGER claims_index AFTER INSERT OR UPDATE ON claims
FOR EACH ROW WHEN (current_setting('factcheck.bulk', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION index_claim();

DROP TRIGGER claims_keep_revision ON claims;
CREATE TRIGGER claims_keep_revision AFTER INSERT OR UPDATE OR DELETE ON claims
FOR EACH ROW WHEN (current_setting('factcheck.bulk', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION keep_revision('claim');
