-- Every activity IRI the store holds, taken apart: course, module, kind of item and item id.
CREATE OR REPLACE TEMP TABLE objects AS
SELECT object, parts.course, parts.module, parts.kind, parts.item
FROM (
    SELECT object, regexp_extract(
        object,
        '/xapi/courses/([^/]+)(?:/modules/([^/]+)(?:/(pre-work|exercise|questions|check)(?:/([^/]+))?)?)?$',
        ['course', 'module', 'kind', 'item']
    ) AS parts
    FROM (SELECT DISTINCT object FROM statements WHERE object IS NOT NULL)
)
WHERE parts.course <> '';

-- Each learner's course: first statement, team (the latest one chosen) and cohort.
-- The cohort is the latest one starting at most 7 days after the learner's first statement (pre-work
-- comes before the first session); without a cohort list, the week (Monday) of first statement + 7 days.
CREATE OR REPLACE TEMP TABLE learner_course AS
WITH firsts AS (
    SELECT o.course, s.learner, min(s.ts)::DATE AS first_day,
           coalesce(arg_max(s.team, s.ts) FILTER (WHERE s.team IS NOT NULL AND s.team <> ''), '') AS team
    FROM statements s JOIN objects o ON s.object = o.object
    GROUP BY o.course, s.learner
)
SELECT f.course, f.learner, f.team,
       coalesce(c.cohort, strftime(date_trunc('week', f.first_day + 7), '%Y-%m-%d')) AS cohort,
       coalesce(c.start, date_trunc('week', f.first_day + 7)::DATE) AS start
FROM firsts f
ASOF LEFT JOIN cohorts c ON f.course = c.course AND f.first_day + 7 >= c.start;

-- Every statement about a known course, with its parts (made once, read by every aggregation).
CREATE OR REPLACE TEMP TABLE verbs AS
SELECT verb AS iri, regexp_extract(verb, '[^/]+$') AS verb FROM (SELECT DISTINCT verb FROM statements);
CREATE OR REPLACE TEMP TABLE events AS
SELECT o.course, o.module, o.kind, o.item, s.learner, v.verb, s.ts, s.success, s.response
FROM statements s JOIN objects o ON s.object = o.object JOIN verbs v ON s.verb = v.iri;
