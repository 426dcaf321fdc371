-- Each learner's course: team (the latest one chosen) and cohort. The cohort is the latest one
-- starting at most 7 days after the learner's first statement (pre-work comes before the first
-- session); without a cohort list, the week (Monday) of the first statement + 7 days.
CREATE OR REPLACE TEMP TABLE learner_course AS
SELECT f.course, f.learner, f.team,
       coalesce(c.cohort, strftime(date_trunc('week', f.first_day + 7), '%Y-%m-%d')) AS cohort,
       coalesce(c.start, date_trunc('week', f.first_day + 7)::DATE) AS start
FROM learner_first f
ASOF LEFT JOIN cohorts c ON f.course = c.course AND f.first_day + 7 >= c.start;
