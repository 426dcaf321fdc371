-- Merge the statements just read (the temporary table incoming) into the per-learner facts
-- (sql/learner_schema.sql): for each learner they are about, the kept facts and the new statements
-- are aggregated together, which gives what a derivation from all their statements gives.

-- Every new activity IRI taken apart: course, module, kind of item and item id (an IRI about no
-- course gets an empty course; the events below leave it out: a filter on the parts here would be
-- pushed below the DISTINCT and run the regular expression once per statement instead of per IRI,
-- 0.9 s of CPU per 1,000,000 statements); every new verb's last word.
INSERT INTO objects
SELECT object, parts.course, parts.module, parts.kind, parts.item
FROM (
    SELECT object, regexp_extract(
        object,
        '/xapi/courses/([^/]+)(?:/modules/([^/]+)(?:/(pre-work|exercise|questions|check)(?:/([^/]+))?)?)?$',
        ['course', 'module', 'kind', 'item']
    ) AS parts
    FROM (SELECT DISTINCT object FROM incoming WHERE object IS NOT NULL)
    WHERE object NOT IN (SELECT object FROM objects)
);

INSERT INTO verbs
SELECT verb, regexp_extract(verb, '[^/]+$')
FROM (SELECT DISTINCT verb FROM incoming) WHERE verb NOT IN (SELECT iri FROM verbs);

-- The new statements about a known course, with their parts, and the learners they are about.
CREATE OR REPLACE TEMP TABLE events AS
SELECT o.course, o.module, o.kind, o.item, s.learner, v.verb, s.ts, s.success, s.response, s.team
FROM incoming s JOIN objects o ON s.object = o.object AND o.course <> '' JOIN verbs v ON s.verb = v.iri;
CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT learner FROM events;

CREATE OR REPLACE TEMP TABLE merged AS
SELECT course, learner, min(first_day) AS first_day,
       coalesce(arg_max(team, (team_at, team)) FILTER (WHERE team <> ''), '') AS team,
       max(team_at) FILTER (WHERE team <> '') AS team_at
FROM (
    SELECT course, learner, first_day, team, team_at FROM learner_first WHERE learner IN (SELECT learner FROM touched)
    UNION ALL
    SELECT course, learner, ts::DATE, team, ts FROM events
)
GROUP BY course, learner;
DELETE FROM learner_first WHERE learner IN (SELECT learner FROM touched);
INSERT INTO learner_first SELECT * FROM merged;

CREATE OR REPLACE TEMP TABLE merged AS
SELECT course, module, learner, min(opened) AS opened, max(last_pre_work) AS last_pre_work,
       bool_or(exercise) AS exercise, bool_or(passed) AS passed
FROM (
    SELECT course, module, learner, opened, last_pre_work, exercise, passed
    FROM learner_module WHERE learner IN (SELECT learner FROM touched)
    UNION ALL
    SELECT course, module, learner,
           CASE WHEN kind = '' AND verb = 'experienced' THEN ts END,
           CASE WHEN kind = 'pre-work' AND verb = 'completed' THEN ts END,
           kind = 'exercise' AND verb = 'completed',
           kind = 'check' AND verb = 'passed'
    FROM events WHERE module <> ''
)
GROUP BY course, module, learner;
DELETE FROM learner_module WHERE learner IN (SELECT learner FROM touched);
INSERT INTO learner_module SELECT * FROM merged;

CREATE OR REPLACE TEMP TABLE merged AS
SELECT course, module, item, learner, min(first_done) AS first_done
FROM (
    SELECT * FROM learner_item WHERE learner IN (SELECT learner FROM touched)
    UNION ALL
    SELECT course, module, item, learner, ts FROM events WHERE kind = 'pre-work' AND verb = 'completed'
)
GROUP BY course, module, item, learner;
DELETE FROM learner_item WHERE learner IN (SELECT learner FROM touched);
INSERT INTO learner_item SELECT * FROM merged;

-- The first answer; of answers sent in the same instant, always the same one.
CREATE OR REPLACE TEMP TABLE merged AS
SELECT course, question, learner, earliest.response, earliest.success, earliest.answered_at
FROM (
    SELECT course, question, learner,
           arg_min(
               {'response': response, 'success': success, 'answered_at': answered_at},
               (answered_at, coalesce(response, ''), coalesce(success, false))
           ) AS earliest
    FROM (
        SELECT * FROM learner_answer WHERE learner IN (SELECT learner FROM touched)
        UNION ALL
        SELECT course, item, learner, response, success, ts FROM events WHERE kind = 'questions' AND verb = 'answered'
    )
    GROUP BY course, question, learner
);
DELETE FROM learner_answer WHERE learner IN (SELECT learner FROM touched);
INSERT INTO learner_answer SELECT * FROM merged;

DROP TABLE merged;
DROP TABLE events;
DROP TABLE incoming;
