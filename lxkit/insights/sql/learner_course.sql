-- Each learner's course: team (the latest one chosen) and cohort. The cohort is the latest one
-- starting at most 7 days after the learner's first statement (pre-work comes before the first
-- session); without a cohort list, the week (Monday) of the first statement + 7 days. The cohort
-- is found once per course and first day (a few hundred), then given to the learners of that day.
-- start_us is the cohort's start in microseconds since 1970 (UTC): funnel.sql and pre_work.sql
-- compare times as such numbers, much cheaper than turning a date into a time per row.
CREATE OR REPLACE TEMP TABLE learner_course AS
WITH day_cohorts AS (
    SELECT d.course, d.first_day,
           coalesce(c.cohort, strftime(date_trunc('week', d.first_day + 7), '%Y-%m-%d')) AS cohort,
           coalesce(c.start, date_trunc('week', d.first_day + 7)::DATE) AS start
    FROM (SELECT DISTINCT course, first_day FROM learner_first) d
    ASOF LEFT JOIN cohorts c ON d.course = c.course AND d.first_day + 7 >= c.start
)
SELECT f.course, f.learner, f.team, d.cohort, d.start, epoch_us(d.start::TIMESTAMP) AS start_us
FROM learner_first f
JOIN day_cohorts d ON f.course IS NOT DISTINCT FROM d.course AND f.first_day IS NOT DISTINCT FROM d.first_day;
