-- Per pre-work item: learners who opened its module, completed the item, and completed it before
-- the session of its week (cohort start + 7 * (week - 1) days).
WITH opened AS (
    SELECT course, module, count(*) AS opened
    FROM learner_module WHERE opened IS NOT NULL
    GROUP BY ALL
),
done AS (
    SELECT i.course, i.module, i.item, i.learner, i.first_done, lc.start, m.week
    FROM learner_item i
    JOIN learner_course lc ON i.course = lc.course AND i.learner = lc.learner
    JOIN modules m ON i.course = m.course AND i.module = m.module
)
SELECT d.course, d.module, d.item, any_value(o.opened) AS opened, count(*) AS completed,
       count(*) FILTER (WHERE d.first_done < (d.start + 7 * (d.week - 1))::TIMESTAMPTZ) AS on_time
FROM done d LEFT JOIN opened o ON d.course = o.course AND d.module = o.module
GROUP BY d.course, d.module, d.item
ORDER BY d.course, d.module, d.item;
