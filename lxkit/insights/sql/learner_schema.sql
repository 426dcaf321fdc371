-- Facts per learner: all the store keeps of the statements. Each is a minimum, a maximum, an "any"
-- or a first/latest with the time it happened, so the facts of new statements merge with the kept
-- ones (sql/learner_facts.sql) into exactly what a derivation from every statement gives; the
-- aggregations (funnel, questions, heatmap, time, pre_work) count these rows, never statements.
CREATE TABLE IF NOT EXISTS objects (object VARCHAR, course VARCHAR, module VARCHAR, kind VARCHAR, item VARCHAR);
CREATE TABLE IF NOT EXISTS verbs (iri VARCHAR, verb VARCHAR);
-- learner_first: the day of a learner's first statement in a course, and the team chosen last (when).
CREATE TABLE IF NOT EXISTS learner_first (
    course VARCHAR, learner UBIGINT, first_day DATE, team VARCHAR, team_at TIMESTAMPTZ
);
-- learner_module: when the learner first opened the module, last ticked a pre-work item, and
-- whether they completed its exercise and passed its check.
CREATE TABLE IF NOT EXISTS learner_module (
    course VARCHAR, module VARCHAR, learner UBIGINT,
    opened TIMESTAMPTZ, last_pre_work TIMESTAMPTZ, exercise BOOLEAN, passed BOOLEAN
);
-- learner_item: when the learner first ticked a pre-work item.
CREATE TABLE IF NOT EXISTS learner_item (course VARCHAR, module VARCHAR, item VARCHAR, learner UBIGINT, first_done TIMESTAMPTZ);
-- learner_answer: the learner's first answer to a question (and when it was sent).
CREATE TABLE IF NOT EXISTS learner_answer (
    course VARCHAR, question VARCHAR, learner UBIGINT, response VARCHAR, success BOOLEAN, answered_at TIMESTAMPTZ
);
-- store_format: the version of the SQL that made this store (another version starts the store again).
CREATE TABLE IF NOT EXISTS store_format (version VARCHAR);
