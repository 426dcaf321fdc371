-- Per pre-work item: learners who opened its module, completed the item, and completed it before
-- the session of its week (cohort start + 7 * (week - 1) days, in microseconds: 604800000000 a
-- week). The items are joined with the modules before the learners (in a subquery): joined the
-- other way, the learners x the modules of their course are built first, several times the rows.
WITH opened AS (
    SELECT course, module, count(*) AS opened
    FROM learner_module WHERE opened IS NOT NULL
    GROUP BY ALL
),
done AS (
    SELECT i.course, i.module, i.item,
           epoch_us(i.first_done) < lc.start_us + (i.week - 1) * 604800000000 AS on_time
    FROM (
        SELECT i.course, i.module, i.item, i.learner, i.first_done, m.week
        FROM learner_item i JOIN modules m ON i.course = m.course AND i.module = m.module
    ) i
    JOIN learner_course lc ON i.course = lc.course AND i.learner = lc.learner
)
SELECT d.course, d.module, d.item, any_value(o.opened) AS opened, count(*) AS completed,
       count(*) FILTER (WHERE d.on_time) AS on_time
FROM done d LEFT JOIN opened o ON d.course = o.course AND d.module = o.module
GROUP BY d.course, d.module, d.item
ORDER BY d.course, d.module, d.item;
