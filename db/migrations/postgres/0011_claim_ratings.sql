-- An editor's rating of a claim, which is what its ClaimReview publishes (issue 20): a value on the 1 to 5
-- scale Google's fact-check markup documents, the rating in words (its alternateName) and the review's text.
-- Only ever added, with author and time, so the table is its own history; the newest rating stands. A
-- claim's id is never reused, so a rating needs no tie to the claims table to stay its claim's.
CREATE TABLE claim_ratings (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id bigint NOT NULL,
    rating   integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    wording  text NOT NULL,
    text     text NOT NULL,
    author   text NOT NULL,
    at       text NOT NULL
);
CREATE INDEX claim_ratings_by_claim ON claim_ratings (claim_id, id);
CREATE TRIGGER claim_ratings_bump_version AFTER INSERT ON claim_ratings
FOR EACH ROW EXECUTE FUNCTION bump_store_version();
