-- Capability x team: learners who completed a module (passed its check or completed its exercise)
-- of each journey stage, in the courses that build the capability; and each row's team size.
-- A learner counts once per row even when several of their courses build the capability. Most
-- learners follow one course: they are counted per course, and these few counts are added up per
-- capability; only the learners of several courses are counted (distinct) per capability.
WITH learners AS (
    SELECT course, learner, team, count(*) OVER (PARTITION BY learner) > 1 AS several
    FROM learner_course
),
course_capabilities AS (SELECT DISTINCT course, capability FROM capabilities),
stage_learners AS (
    SELECT DISTINCT d.course, l.team, m.stage, d.learner, l.several
    FROM learner_module d
    JOIN modules m ON d.course = m.course AND d.module = m.module
    JOIN learners l ON d.course = l.course AND d.learner = l.learner
    WHERE d.passed OR d.exercise
),
reached AS (
    SELECT capability, team, stage, sum(learners) AS reached
    FROM (
        SELECT c.capability, s.team, s.stage, s.learners
        FROM (SELECT course, team, stage, count(*) AS learners FROM stage_learners WHERE NOT several GROUP BY ALL) s
        JOIN course_capabilities c ON s.course = c.course
        UNION ALL
        SELECT c.capability, s.team, s.stage, count(DISTINCT s.learner) AS learners
        FROM stage_learners s JOIN course_capabilities c ON s.course = c.course
        WHERE s.several
        GROUP BY ALL
    )
    GROUP BY ALL
),
row_sizes AS (
    SELECT capability, team, sum(learners) AS learners
    FROM (
        SELECT c.capability, s.team, s.learners
        FROM (SELECT course, team, count(*) AS learners FROM learners WHERE NOT several GROUP BY ALL) s
        JOIN course_capabilities c ON s.course = c.course
        UNION ALL
        SELECT c.capability, l.team, count(DISTINCT l.learner) AS learners
        FROM learners l JOIN course_capabilities c ON l.course = c.course
        WHERE l.several
        GROUP BY ALL
    )
    GROUP BY ALL
),
team_sizes AS (SELECT team, count(DISTINCT learner) AS learners FROM learner_course GROUP BY ALL)
SELECT z.capability, z.team, z.learners AS row_learners, t.learners AS team_learners, r.stage,
       coalesce(r.reached, 0) AS reached
FROM row_sizes z
JOIN team_sizes t ON z.team = t.team
LEFT JOIN reached r ON z.capability = r.capability AND z.team = r.team
ORDER BY z.capability, z.team, r.stage;
