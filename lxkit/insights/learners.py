"""The per-learner facts kept in the store (``sql/learner_schema.sql``), brought up to date after a read.

A read that added statements to a store whose facts were current re-derives only the learners
those statements are about (all their statements, so the result equals a derivation from scratch);
anything else (a new store, a new version of the SQL, a store written by an older lxkit) derives
every learner again. The aggregations then read these facts, never the statements themselves.
"""

from __future__ import annotations

import hashlib

import duckdb

from lxkit.insights.store import count, sql

INCOMING = "incoming"  # the temporary table of the statements the last read added (see store.ingest_file)
_TOUCHED = "WHERE learner IN (SELECT learner FROM touched)"


def version() -> str:
    """A digest of the SQL that derives the facts: facts derived by other SQL are derived again."""
    text = sql("learner_schema") + sql("learner_facts")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def update_learner_facts(connection: duckdb.DuckDBPyConnection) -> None:
    """Bring the per-learner facts up to date with the statements in the store."""
    connection.execute(sql("learner_schema"))
    row = connection.execute("SELECT version, statements FROM derived").fetchone()
    total = count(connection)
    derived = int(row[1]) if row is not None and row[0] == version() else None
    incoming = _incoming(connection)
    if derived is not None and incoming is not None and derived + incoming == total and incoming > 0:
        connection.execute(f"CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT learner FROM {INCOMING}")
        _derive(connection, INCOMING, _TOUCHED)
    elif derived != total:
        for table in ("objects", "verbs"):
            connection.execute(f"DELETE FROM {table}")
        _derive(connection, "statements", "")
    connection.execute(f"DROP TABLE IF EXISTS {INCOMING}")
    if derived != total:
        connection.execute("DELETE FROM derived")
        connection.execute("INSERT INTO derived VALUES (?, ?)", [version(), total])


_FACTS = {
    "learner_first": "course, learner, first_day, team",
    "learner_module": "course, module, learner, opened, last_pre_work, exercise, passed",
    "learner_item": "course, module, item, learner, first_done",
    "learner_answer": "course, question, learner, response, success",
}


def facts_digest(connection: duckdb.DuckDBPyConnection) -> str:
    """A digest of the facts' content, whatever the order of their rows (one row per learner and key)."""
    parts = " UNION ALL ".join(
        f"SELECT '{table}', count(*), bit_xor(hash({columns})) FROM {table}" for table, columns in _FACTS.items()
    )
    rows = connection.execute(parts).fetchall()
    return hashlib.sha256(repr(sorted(rows)).encode("utf-8")).hexdigest()


def _incoming(connection: duckdb.DuckDBPyConnection) -> int | None:
    """How many statements the last read added, when it kept them in the ``incoming`` table."""
    try:
        row = connection.execute(f"SELECT count(*) FROM temp.main.{INCOMING}").fetchone()
    except duckdb.CatalogException:
        return None
    return int(row[0]) if row else None


def _derive(connection: duckdb.DuckDBPyConnection, new: str, scope: str) -> None:
    connection.execute(sql("learner_facts").replace("{new}", new).replace("{scope}", scope))
