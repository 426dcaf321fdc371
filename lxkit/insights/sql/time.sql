-- Time on pre-work: minutes from opening a module to ticking its last pre-work item, when both
-- happen within four hours (one sitting), against the minutes the module plans for its pre-work.
-- The seconds between them come from the times in microseconds (epoch_us): the same number as
-- epoch(last_pre_work - opened) for these spans, for a fraction of the cost of an interval per row.
WITH sittings AS (
    SELECT course, module, (epoch_us(last_pre_work) - epoch_us(opened)) / 1000000.0 AS seconds
    FROM learner_module
)
SELECT s.course, s.module, count(*) AS learners, median(s.seconds / 60.0) AS minutes
FROM sittings s JOIN modules m ON s.course = m.course AND s.module = m.module
WHERE s.seconds > 0 AND s.seconds <= 4 * 60 * 60
GROUP BY ALL
ORDER BY s.course, s.module;
