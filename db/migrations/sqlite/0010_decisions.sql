-- A desk's decisions on findings (issue 20): confirmed, dismissed with a reason, or a note. A finding is
-- computed, not stored, so a decision names it by its stable id (kind, claims, relation and period) and
-- keeps the fingerprint of what the finding said when it was taken: once the finding says something
-- else, the decision no longer holds and the finding is open again. Decisions are only ever added, each
-- with its author and time, so the table is its own history. Adding one is a change to the store.
CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    finding_id  TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed', 'note')),
    text        TEXT,
    fingerprint TEXT NOT NULL,
    author      TEXT NOT NULL,
    at          TEXT NOT NULL,
    CHECK (decision <> 'dismissed' OR text IS NOT NULL)
);
CREATE INDEX decisions_by_finding ON decisions (finding_id, id);
CREATE TRIGGER decisions_insert_bumps_version AFTER INSERT ON decisions
BEGIN UPDATE store_version SET version = version + 1; END;
