-- The store's own secrets, made once when it is created and shared by every instance on it:
-- 'cursor' signs the cursors lists give out, so that a client can neither forge nor alter one.
-- gen_random_uuid() draws from the server's strong random source; two give 244 random bits.
CREATE TABLE secrets (
    name  text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO secrets (name, value) VALUES ('cursor', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
