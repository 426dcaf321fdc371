-- Statements of one JSON-lines file ({path}), flattened to what the facts need; a line that is no
-- statement (not JSON, or without id, timestamp, verb or object) has NULL there and is counted and
-- dropped by lxkit.insights.store.ingest_file.
SELECT
    CASE WHEN id IS NOT NULL THEN hash(id) END AS id,  -- hash(NULL) is a number: a line without id is no statement
    TRY_CAST("timestamp" AS TIMESTAMPTZ) AS ts,
    hash(coalesce(actor.account.homePage || '|' || actor.account.name, actor.mbox, actor.mbox_sha1sum, actor.openid)) AS learner,
    verb.id AS verb,
    object.id AS object,
    result.success AS success,
    -- choice ids only: free text (fill-in answers) is never read
    CASE WHEN object.definition.interactionType = 'choice' THEN result.response END AS response,
    context.extensions."https://lxkit.dev/xapi/ext/team" AS team
FROM read_json({path}, format = 'newline_delimited', ignore_errors = true, maximum_object_size = 16777216, columns = {
    'id': 'VARCHAR', 'timestamp': 'VARCHAR',
    'actor': 'STRUCT(mbox VARCHAR, mbox_sha1sum VARCHAR, openid VARCHAR, account STRUCT(homePage VARCHAR, name VARCHAR))',
    'verb': 'STRUCT(id VARCHAR)',
    'object': 'STRUCT(id VARCHAR, definition STRUCT(interactionType VARCHAR))',
    'result': 'STRUCT(success BOOLEAN, response VARCHAR)',
    'context': 'STRUCT(extensions STRUCT("https://lxkit.dev/xapi/ext/team" VARCHAR))'
})
