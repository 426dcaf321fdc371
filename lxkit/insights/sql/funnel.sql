-- Funnel per course, cohort and week: learners who opened the module, did all its counted pre-work
-- before the session date (cohort start + 7 * (week - 1) days), completed the exercise, passed the check.
WITH per_learner AS (
    SELECT lc.course, lc.cohort, m.week, m.module, e.learner,
           bool_or(e.kind = '' AND e.verb = 'experienced') AS opened,
           count(DISTINCT e.item) FILTER (
               WHERE e.kind = 'pre-work' AND e.verb = 'completed' AND p.counted
                 AND e.ts < (lc.start + 7 * (m.week - 1))::TIMESTAMPTZ
           ) AS on_time_items,
           any_value(m.counted_items) AS counted_items,
           bool_or(e.kind = 'exercise' AND e.verb = 'completed') AS exercise,
           bool_or(e.kind = 'check' AND e.verb = 'passed') AS passed
    FROM events e
    JOIN learner_course lc ON e.course = lc.course AND e.learner = lc.learner
    JOIN modules m ON e.course = m.course AND e.module = m.module
    LEFT JOIN pre_work p ON e.course = p.course AND e.module = p.module AND e.item = p.item
    GROUP BY ALL
),
sizes AS (SELECT course, cohort, count(*) AS learners FROM learner_course GROUP BY ALL)
SELECT f.course, f.cohort, f.week, f.module, any_value(z.learners) AS learners,
       count(*) FILTER (WHERE opened) AS opened,
       count(*) FILTER (WHERE counted_items > 0 AND on_time_items = counted_items) AS on_time,
       count(*) FILTER (WHERE exercise) AS exercise,
       count(*) FILTER (WHERE passed) AS passed
FROM per_learner f JOIN sizes z ON f.course = z.course AND f.cohort = z.cohort
GROUP BY f.course, f.cohort, f.week, f.module
ORDER BY f.course, f.cohort, f.week, f.module;
