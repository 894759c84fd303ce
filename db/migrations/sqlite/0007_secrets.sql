-- The store's own secrets, made once when it is created and shared by every instance on it:
-- 'cursor' signs the cursors lists give out, so that a client can neither forge nor alter one.
CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO secrets (name, value) VALUES ('cursor', lower(hex(randomblob(32))));
