-- Time on pre-work: minutes from opening a module to ticking its last pre-work item, when both
-- happen within four hours (one sitting), against the minutes the module plans for its pre-work.
WITH sittings AS (SELECT course, module, learner, opened, last_pre_work AS last_done FROM learner_module)
SELECT s.course, s.module, count(*) AS learners,
       median(epoch(s.last_done - s.opened) / 60.0) AS minutes
FROM sittings s JOIN modules m ON s.course = m.course AND s.module = m.module
WHERE s.last_done > s.opened AND s.last_done - s.opened <= INTERVAL 4 HOURS
GROUP BY ALL
ORDER BY s.course, s.module;
