-- (Re)derive the per-learner facts (sql/learner_schema.sql) of the learners {scope} selects, from
-- all their statements; {new} holds the statements read since the last derivation.

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
    FROM (SELECT DISTINCT object FROM {new} WHERE object IS NOT NULL)
    WHERE object NOT IN (SELECT object FROM objects)
);

INSERT INTO verbs
SELECT verb, regexp_extract(verb, '[^/]+$')
FROM (SELECT DISTINCT verb FROM {new}) WHERE verb NOT IN (SELECT iri FROM verbs);

-- The statements of the learners to derive, about a known course, with their parts.
CREATE OR REPLACE TEMP TABLE events AS
SELECT o.course, o.module, o.kind, o.item, s.learner, v.verb, s.ts, s.success, s.response, s.team
FROM statements s JOIN objects o ON s.object = o.object AND o.course <> '' JOIN verbs v ON s.verb = v.iri
{scope};

DELETE FROM learner_first {scope};
INSERT INTO learner_first
SELECT course, learner, min(ts)::DATE,
       coalesce(arg_max(team, (ts, team)) FILTER (WHERE team IS NOT NULL AND team <> ''), '')
FROM events GROUP BY course, learner;

DELETE FROM learner_module {scope};
INSERT INTO learner_module
SELECT course, module, learner,
       min(ts) FILTER (WHERE kind = '' AND verb = 'experienced'),
       max(ts) FILTER (WHERE kind = 'pre-work' AND verb = 'completed'),
       bool_or(kind = 'exercise' AND verb = 'completed'),
       bool_or(kind = 'check' AND verb = 'passed')
FROM events WHERE module <> '' GROUP BY course, module, learner;

DELETE FROM learner_item {scope};
INSERT INTO learner_item
SELECT course, module, item, learner, min(ts)
FROM events WHERE kind = 'pre-work' AND verb = 'completed' GROUP BY course, module, item, learner;

DELETE FROM learner_answer {scope};
INSERT INTO learner_answer
SELECT course, item, learner, first.response, first.success
FROM (
    -- the first answer; of answers sent in the same instant, always the same one
    SELECT course, item, learner,
           arg_min({'response': response, 'success': success}, (ts, coalesce(response, ''), coalesce(success, false))) AS first
    FROM events WHERE kind = 'questions' AND verb = 'answered' GROUP BY course, item, learner
);

DROP TABLE events;
