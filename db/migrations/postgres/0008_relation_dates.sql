-- A relation may name the date its arithmetic holds at (consistency.md, second revision): then each
-- stock in it stands for its claims within its window of that date. NULL: the relation is checked at
-- its events' claims' dates, or per period of its stocks. Its revisions keep the date too: the
-- history trigger stores the whole row.
ALTER TABLE relations ADD COLUMN as_of text;
