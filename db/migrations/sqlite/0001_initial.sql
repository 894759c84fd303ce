-- The claims store. Figures are TEXT holding the decimal exactly as written ("4.0" stays "4.0":
-- the decimals written set the rounding grain); dates are ISO-8601 TEXT.

CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    publisher    TEXT NOT NULL,
    title        TEXT NOT NULL,
    url          TEXT UNIQUE,
    published_at TEXT NOT NULL,
    text         TEXT
);
-- A source without a URL (print, broadcast, a translated report) is known by publisher, title and date.
CREATE UNIQUE INDEX sources_without_url ON sources (publisher, title, published_at) WHERE url IS NULL;
CREATE INDEX sources_by_publisher ON sources (publisher, published_at);
CREATE INDEX sources_by_date ON sources (published_at);

CREATE TABLE quantities (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL,
    unit        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('event', 'stock')),
    window_days INTEGER CHECK (window_days >= 0),
    aliases     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases))
);

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER NOT NULL REFERENCES sources (id),
    quantity_id   INTEGER NOT NULL REFERENCES quantities (id),
    quote         TEXT NOT NULL,
    quote_start   INTEGER,
    quote_end     INTEGER,
    qualifier     TEXT NOT NULL CHECK (qualifier IN ('exact', 'approximately', 'more_than', 'at_least',
                                      'less_than', 'up_to', 'at_most', 'nearly', 'between')),
    value         TEXT,
    min           TEXT,
    max           TEXT,
    precision     TEXT,
    as_of         TEXT,          -- NULL: the source's publication date
    attributed_to TEXT,
    note          TEXT,
    -- Everything that makes two claims the same claim: a retried POST or a re-import cannot double-count.
    signature     TEXT NOT NULL UNIQUE,
    CHECK ((qualifier = 'between') = (value IS NULL)),
    CHECK ((qualifier = 'between') = (min IS NOT NULL AND max IS NOT NULL))
);
CREATE INDEX claims_by_quantity ON claims (quantity_id, id);
CREATE INDEX claims_by_source ON claims (source_id, id);

CREATE TABLE relations (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('percent', 'ratio', 'sum', 'parts_at_most', 'difference')),
    meaning   TEXT,
    -- The kind and its quantities by role: the same arithmetic cannot be declared twice.
    signature TEXT NOT NULL UNIQUE
);

CREATE TABLE relation_terms (
    relation_id INTEGER NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('result', 'part', 'whole', 'total', 'minuend', 'subtrahend')),
    position    INTEGER NOT NULL,
    quantity_id INTEGER NOT NULL REFERENCES quantities (id),
    PRIMARY KEY (relation_id, role, position)
);
CREATE INDEX relation_terms_by_quantity ON relation_terms (quantity_id);
