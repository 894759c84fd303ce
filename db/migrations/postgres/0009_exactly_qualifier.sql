-- The qualifier `exactly` (a sample size or another count written exact, issue 19) can be stored:
-- the API took it since it was added, but the claims table's CHECK still listed the qualifiers before it.
ALTER TABLE claims DROP CONSTRAINT claims_qualifier_check;
ALTER TABLE claims ADD CONSTRAINT claims_qualifier_check CHECK (qualifier IN ('exact', 'approximately', 'more_than', 'at_least',
    'less_than', 'up_to', 'at_most', 'nearly', 'between', 'exactly'));
