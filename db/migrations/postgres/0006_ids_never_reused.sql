-- Ids name one record forever. PostgreSQL's identity sequences never hand out an id twice, so
-- this script (named as SQLite's, which rebuilds its tables with AUTOINCREMENT) only makes sure
-- each sequence stands past the highest id its table ever held, live or only in history.
DO $$
DECLARE
    t record;
    used bigint;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('sources', 'source'), ('quantities', 'quantity'), ('claims', 'claim'),
                                   ('relations', 'relation'), ('revisions', '')) AS v (name, entity) LOOP
        EXECUTE format('SELECT greatest(coalesce(max(id), 0), coalesce((SELECT max(entity_id) FROM revisions WHERE entity = %L), 0)) FROM %I',
                       t.entity, t.name) INTO used;
        used := greatest(used, coalesce(pg_sequence_last_value(pg_get_serial_sequence(t.name, 'id')::regclass), 0));
        IF used > 0 THEN
            PERFORM setval(pg_get_serial_sequence(t.name, 'id'), used);
        END IF;
    END LOOP;
END
$$;
