-- The local store: one row per statement, only the fields the insights read.
-- learner is a hash of the pseudonymous actor (the account id never leaves the store, and is not kept as text).
CREATE TABLE IF NOT EXISTS statements (
    id UBIGINT,          -- hash of the statement id (duplicates are not stored twice)
    ts TIMESTAMPTZ,      -- the statement's timestamp
    stored TIMESTAMPTZ,  -- when the LRS stored it (the cursor of incremental reads)
    learner UBIGINT,
    verb VARCHAR,        -- the verb IRI
    object VARCHAR,      -- the activity IRI
    success BOOLEAN,
    response VARCHAR,
    scaled DOUBLE,
    team VARCHAR
);
-- What was read from each source: a file (bytes read and a digest of its head) or an LRS (last stored time).
CREATE TABLE IF NOT EXISTS sources (
    source VARCHAR PRIMARY KEY,
    position VARCHAR,
    identity VARCHAR
);
-- The last results written from this store: the digest of what they were computed from (the facts,
-- the courses, cohorts, metrics and settings) and of the file, so an unchanged run aggregates nothing.
CREATE TABLE IF NOT EXISTS aggregated (
    output VARCHAR PRIMARY KEY,
    inputs VARCHAR,
    written VARCHAR
);
