-- The local store. Statements themselves are not kept: a read turns them into per-learner facts
-- (sql/learner_schema.sql, merged by sql/learner_facts.sql) and keeps only a hash of each statement id.
-- statement_ids: a hash of the id of every statement read (a statement read twice counts once).
CREATE TABLE IF NOT EXISTS statement_ids (id UBIGINT);
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
