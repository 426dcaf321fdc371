"""The per-learner facts kept in the store (``sql/learner_schema.sql``): all it keeps of the statements.

A read stages its statements in the temporary table ``incoming`` (:func:`lxkit.insights.store.ingest_file`);
:func:`update_learner_facts` merges them into the facts of the learners they are about
(``sql/learner_facts.sql``). Every fact is a minimum, a maximum, an "any" or a first/latest kept
with its time, so merging gives exactly the facts a derivation from all statements gives, and a
statement read twice changes nothing. A store made by other SQL (another lxkit) cannot be
re-derived from statements it never kept: :func:`prepare_store` empties it, so the source is read
again from the start.
"""

from __future__ import annotations

import hashlib

import duckdb

from lxkit.insights.store import INCOMING, sql


def version() -> str:
    """A digest of the SQL that makes the store: a store made by other SQL is started again."""
    text = "".join(sql(name) for name in ("schema", "staged", "learner_schema", "learner_facts"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def prepare_store(connection: duckdb.DuckDBPyConnection) -> bool:
    """Create the facts' tables; empty a store made by other SQL (True when there was something to empty)."""
    connection.execute(sql("learner_schema"))
    row = connection.execute("SELECT version FROM store_format").fetchone()
    if row is not None and row[0] == version():
        return False
    listed = connection.execute("SELECT table_name FROM duckdb_tables() WHERE NOT temporary").fetchall()
    tables = {str(name) for (name,) in listed}
    stale = bool(tables & {"statements", "derived"}) or _holds_anything(connection)
    for table in (*_FACTS, "objects", "verbs", "store_format", "statements", "derived"):
        connection.execute(f"DROP TABLE IF EXISTS {table}")  # their columns may be another version's
    for table in ("statement_ids", "sources", "aggregated"):
        connection.execute(f"DELETE FROM {table}")
    connection.execute(sql("learner_schema"))
    connection.execute("INSERT INTO store_format VALUES (?)", [version()])
    return stale


def _holds_anything(connection: duckdb.DuckDBPyConnection) -> bool:
    tables = ("statement_ids", "sources", "objects", *_FACTS)
    counts = " UNION ALL ".join(f"SELECT count(*) FROM {table}" for table in tables)
    return any(int(row[0]) for row in connection.execute(counts).fetchall())


def update_learner_facts(connection: duckdb.DuckDBPyConnection) -> None:
    """Merge the staged statements (if any) into the facts, and drop them."""
    connection.execute(sql("learner_schema"))
    try:
        connection.execute(f"SELECT 1 FROM temp.main.{INCOMING} LIMIT 0")
    except duckdb.CatalogException:
        return
    connection.execute(sql("learner_facts"))


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
