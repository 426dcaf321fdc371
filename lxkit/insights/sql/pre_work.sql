-- Per pre-work item: learners who opened its module, completed the item, and completed it before
-- the session of its week (cohort start + 7 * (week - 1) days).
WITH opened AS (
    SELECT course, module, count(DISTINCT learner) AS opened
    FROM events WHERE kind = '' AND verb = 'experienced'
    GROUP BY ALL
),
done AS (
    SELECT e.course, e.module, e.item, e.learner, min(e.ts) AS first_done,
           any_value(lc.start) AS start, any_value(m.week) AS week
    FROM events e
    JOIN learner_course lc ON e.course = lc.course AND e.learner = lc.learner
    JOIN modules m ON e.course = m.course AND e.module = m.module
    WHERE e.kind = 'pre-work' AND e.verb = 'completed'
    GROUP BY e.course, e.module, e.item, e.learner
)
SELECT d.course, d.module, d.item, any_value(o.opened) AS opened, count(*) AS completed,
       count(*) FILTER (WHERE d.first_done < (d.start + 7 * (d.week - 1))::TIMESTAMPTZ) AS on_time
FROM done d LEFT JOIN opened o ON d.course = o.course AND d.module = o.module
GROUP BY d.course, d.module, d.item
ORDER BY d.course, d.module, d.item;
