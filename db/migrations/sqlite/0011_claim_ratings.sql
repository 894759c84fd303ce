-- An editor's rating of a claim, which is what its ClaimReview publishes (issue 20): a value on the 1 to 5
-- scale Google's fact-check markup documents, the rating in words (its alternateName) and the review's text.
-- Only ever added, with author and time, so the table is its own history; the newest rating stands. A
-- claim's id is never reused, so a rating needs no tie to the claims table to stay its claim's.
CREATE TABLE claim_ratings (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    claim_id INTEGER NOT NULL,
    rating   INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    wording  TEXT NOT NULL,
    text     TEXT NOT NULL,
    author   TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX claim_ratings_by_claim ON claim_ratings (claim_id, id);
CREATE TRIGGER claim_ratings_insert_bumps_version AFTER INSERT ON claim_ratings
BEGIN UPDATE store_version SET version = version + 1; END;
