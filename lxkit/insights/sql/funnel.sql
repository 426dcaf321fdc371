-- Funnel per course, cohort and week: learners who opened the module, did all its counted pre-work
-- before the session date (cohort start + 7 * (week - 1) days, in microseconds: 604800000000 a
-- week), completed the exercise, passed the check. The items are joined with the modules before
-- the learners (in a subquery), so the learners x the modules of their course are never built.
WITH on_time AS (
    SELECT i.course, i.module, i.learner, count(*) AS items
    FROM (
        SELECT i.course, i.module, i.learner, i.first_done, m.week
        FROM learner_item i
        JOIN modules m ON i.course = m.course AND i.module = m.module
        JOIN pre_work p ON i.course = p.course AND i.module = p.module AND i.item = p.item
        WHERE p.counted
    ) i
    JOIN learner_course lc ON i.course = lc.course AND i.learner = lc.learner
    WHERE epoch_us(i.first_done) < lc.start_us + (i.week - 1) * 604800000000
    GROUP BY i.course, i.module, i.learner
),
per_learner AS (
    SELECT lc.course, lc.cohort, m.week, m.module, m.counted_items,
           lm.opened IS NOT NULL AS opened, coalesce(o.items, 0) AS on_time_items, lm.exercise, lm.passed
    FROM learner_module lm
    JOIN learner_course lc ON lm.course = lc.course AND lm.learner = lc.learner
    JOIN modules m ON lm.course = m.course AND lm.module = m.module
    LEFT JOIN on_time o ON lm.course = o.course AND lm.module = o.module AND lm.learner = o.learner
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
