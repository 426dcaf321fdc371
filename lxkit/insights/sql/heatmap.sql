-- Capability x team: learners who completed a module (passed its check or completed its exercise)
-- of each journey stage, in the courses that build the capability; and each row's team size.
-- The learners are counted per (capability, team, stage) before the join with the row sizes.
WITH done AS (SELECT course, module, learner FROM learner_module WHERE passed OR exercise),
reached AS (
    SELECT c.capability, lc.team, m.stage, count(DISTINCT d.learner) AS reached
    FROM done d
    JOIN modules m ON d.course = m.course AND d.module = m.module
    JOIN capabilities c ON d.course = c.course
    JOIN learner_course lc ON d.course = lc.course AND d.learner = lc.learner
    GROUP BY ALL
),
row_sizes AS (
    SELECT c.capability, lc.team, count(DISTINCT lc.learner) AS learners
    FROM learner_course lc JOIN capabilities c ON lc.course = c.course
    GROUP BY ALL
),
team_sizes AS (SELECT team, count(DISTINCT learner) AS learners FROM learner_course GROUP BY ALL)
SELECT z.capability, z.team, z.learners AS row_learners, t.learners AS team_learners, r.stage,
       coalesce(r.reached, 0) AS reached
FROM row_sizes z
JOIN team_sizes t ON z.team = t.team
LEFT JOIN reached r ON z.capability = r.capability AND z.team = r.team
ORDER BY z.capability, z.team, r.stage;
