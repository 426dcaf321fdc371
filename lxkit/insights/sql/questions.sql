-- Per question: learners who answered, how many were right the first time, and the wrong option
-- chosen most often in first answers (option ids of a response are joined by '[,]'); of wrong
-- options chosen equally often, the first in id order, so every run names the same one. The first
-- answers are counted per response first: a question has a few distinct responses, so only these
-- counts are split into options.
WITH responses AS (
    SELECT course, question, response, count(*) AS learners, count(*) FILTER (WHERE success) AS right_first
    FROM learner_answer
    GROUP BY ALL
),
stats AS (
    SELECT course, question, sum(learners) AS answered, sum(right_first) AS right_first
    FROM responses GROUP BY ALL
),
chosen AS (
    SELECT f.course, f.question, option, sum(f.learners) AS learners
    FROM (SELECT course, question, learners, unnest(string_split(response, '[,]')) AS option FROM responses
          WHERE response IS NOT NULL AND response <> '') f
    JOIN questions q ON f.course = q.course AND f.question = q.question
    WHERE NOT list_contains(string_split(q.correct, '[,]'), f.option)
    GROUP BY ALL
),
top_wrong AS (
    SELECT course, question, arg_min(option, (-learners, option)) AS option, max(learners) AS learners
    FROM chosen GROUP BY ALL
)
SELECT s.course, s.question, s.answered, s.right_first, w.option AS wrong_option, w.learners AS wrong_learners
FROM stats s LEFT JOIN top_wrong w ON s.course = w.course AND s.question = w.question
ORDER BY s.course, s.question;
