-- Facts per learner, derived from the statements and kept in the store next to them. A read updates
-- only the learners its new statements are about (sql/learner_facts.sql), so the aggregations
-- (funnel, questions, heatmap, time, pre_work) count tens of thousands of rows, not every statement.
CREATE TABLE IF NOT EXISTS objects (object VARCHAR, course VARCHAR, module VARCHAR, kind VARCHAR, item VARCHAR);
CREATE TABLE IF NOT EXISTS verbs (iri VARCHAR, verb VARCHAR);
-- learner_first: the day of a learner's first statement in a course, and the team chosen last.
CREATE TABLE IF NOT EXISTS learner_first (course VARCHAR, learner UBIGINT, first_day DATE, team VARCHAR);
-- learner_module: when the learner first opened the module, last ticked a pre-work item, and
-- whether they completed its exercise and passed its check.
CREATE TABLE IF NOT EXISTS learner_module (
    course VARCHAR, module VARCHAR, learner UBIGINT,
    opened TIMESTAMPTZ, last_pre_work TIMESTAMPTZ, exercise BOOLEAN, passed BOOLEAN
);
-- learner_item: when the learner first ticked a pre-work item.
CREATE TABLE IF NOT EXISTS learner_item (course VARCHAR, module VARCHAR, item VARCHAR, learner UBIGINT, first_done TIMESTAMPTZ);
-- learner_answer: the learner's first answer to a question.
CREATE TABLE IF NOT EXISTS learner_answer (course VARCHAR, question VARCHAR, learner UBIGINT, response VARCHAR, success BOOLEAN);
-- derived: the version of these tables' SQL and how many statements they were derived from.
CREATE TABLE IF NOT EXISTS derived (version VARCHAR, statements UBIGINT);
