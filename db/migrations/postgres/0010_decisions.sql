-- A desk's decisions on findings (issue 20): confirmed, dismissed with a reason, or a note. A finding is
-- computed, not stored, so a decision names it by its stable id (kind, claims, relation and period) and
-- keeps the fingerprint of what the finding said when it was taken: once the finding says something
-- else, the decision no longer holds and the finding is open again. Decisions are only ever added, each
-- with its author and time, so the table is its own history. Adding one is a change to the store.
CREATE TABLE decisions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    finding_id  text NOT NULL,
    decision    text NOT NULL CHECK (decision IN ('confirmed', 'dismissed', 'note')),
    text        text,
    fingerprint text NOT NULL,
    author      text NOT NULL,
    at          text NOT NULL,
    CHECK (decision <> 'dismissed' OR text IS NOT NULL)
);
CREATE INDEX decisions_by_finding ON decisions (finding_id, id);
CREATE TRIGGER decisions_bump_version AFTER INSERT ON decisions
FOR EACH ROW EXECUTE FUNCTION bump_store_version();
