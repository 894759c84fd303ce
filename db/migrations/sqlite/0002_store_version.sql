-- A counter that every change to the records bumps, so that store-wide findings can be
-- computed once per change and reused by every reader until the next one.

CREATE TABLE store_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO store_version (id, version) VALUES (1, 0);

CREATE TRIGGER sources_insert_bumps_version AFTER INSERT ON sources
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER sources_update_bumps_version AFTER UPDATE ON sources
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER sources_delete_bumps_version AFTER DELETE ON sources
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER quantities_insert_bumps_version AFTER INSERT ON quantities
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER quantities_update_bumps_version AFTER UPDATE ON quantities
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER quantities_delete_bumps_version AFTER DELETE ON quantities
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER claims_insert_bumps_version AFTER INSERT ON claims
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER claims_update_bumps_version AFTER UPDATE ON claims
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER claims_delete_bumps_version AFTER DELETE ON claims
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER relations_insert_bumps_version AFTER INSERT ON relations
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER relations_update_bumps_version AFTER UPDATE ON relations
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER relations_delete_bumps_version AFTER DELETE ON relations
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER relation_terms_insert_bumps_version AFTER INSERT ON relation_terms
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER relation_terms_update_bumps_version AFTER UPDATE ON relation_terms
BEGIN UPDATE store_version SET version = version + 1; END;
CREATE TRIGGER relation_terms_delete_bumps_version AFTER DELETE ON relation_terms
BEGIN UPDATE store_version SET version = version + 1; END;
