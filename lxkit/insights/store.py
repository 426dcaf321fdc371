"""The local analytical store (DuckDB): the ids of the statements read so far, where each source
was left off, and (:mod:`lxkit.insights.learners`) the per-learner facts made of the statements.

Every read ends in :func:`ingest_file`: a JSON-lines file goes through DuckDB's own reader (no
Python loop over statements) into the temporary table ``incoming``, which
:func:`lxkit.insights.learners.update_learner_facts` merges into the facts and then drops. The SQL
lives in ``lxkit/insights/sql/``; the facts' SQL reads a table of flattened statements, so running
it in another engine that has such a table (ClickHouse, see docs/insights-clickhouse.md) needs no
rewrite.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import duckdb

from lxkit.exceptions import UsageError

MEMORY_LIMIT = "1GB"
INCOMING = "incoming"  # the temporary table of the statements staged by reads, until the facts take them in


def sql(name: str) -> str:
    """The text of ``lxkit/insights/sql/<name>.sql``."""
    return resources.files("lxkit.insights").joinpath("sql").joinpath(f"{name}.sql").read_text("utf-8")


def quoted(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


@contextmanager
def open_store(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """The store at ``path`` (created when missing), with bounded memory and spilling beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = duckdb.connect(str(path))
    except duckdb.Error as error:
        raise UsageError(_unopened(path, error)) from error
    try:
        connection.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        connection.execute(f"SET temp_directory = {quoted(str(path.parent / 'spill'))}")
        connection.execute("SET preserve_insertion_order = false")
        connection.execute("SET TimeZone = 'UTC'")
        connection.execute(sql("schema"))
        yield connection
    except (duckdb.InterruptException, RuntimeError) as error:
        if isinstance(error, duckdb.InterruptException) or str(error) == "Query interrupted":
            raise KeyboardInterrupt from None  # Ctrl+C during a query: the open transaction is rolled back
        raise
    finally:
        connection.close()


def _unopened(path: Path, error: duckdb.Error) -> str:
    if "lock" in str(error).lower():
        return (
            f"the insights store {path} is in use by another program (another 'lxkit insights'?): "
            "wait until it has finished, then run this again"
        )
    return f"cannot open the insights store {path}: {error} (delete it to start again: the next run reads everything)"


@dataclass(frozen=True, slots=True)
class Ingested:
    """How many statements a read added to the store, and how many it already had."""

    added: int
    total: int
    skipped: int = 0  # lines (or LRS statements) that are no xAPI statement with id, timestamp, verb and object
    read: int = 0  # statements this read staged, repeats included
    note: str = ""  # what was skipped and where, for the person who made the file


def ingest_file(connection: duckdb.DuckDBPyConnection, path: Path) -> Ingested:
    """Stage a JSON-lines file's statements in the temporary table ``incoming`` (added to what an earlier
    read staged, until the facts take them in) and count the ones the store had not read before."""
    staged = sql("staged").replace("{path}", quoted(str(path)))
    before = count(connection)
    try:
        connection.execute(f"CREATE TEMP TABLE IF NOT EXISTS {INCOMING} AS SELECT n.* FROM ({staged}) n WITH NO DATA")
        row = connection.execute(f"INSERT INTO {INCOMING} SELECT n.* FROM ({staged}) n").fetchone()
    except duckdb.InterruptException:
        raise
    except duckdb.Error as error:
        raise UsageError(f"cannot read statements from {path}: {error}") from error
    skipped = _drop_invalid(connection)
    read = (int(row[0]) if row else 0) - skipped
    new = f"SELECT DISTINCT id FROM {INCOMING}"
    if before:
        new = f"SELECT DISTINCT i.id FROM {INCOMING} i ANTI JOIN statement_ids s ON i.id = s.id"
    connection.execute(f"INSERT INTO statement_ids {new}")
    total = count(connection)
    return Ingested(total - before, total, skipped, read)


_INVALID = "id IS NULL OR ts IS NULL OR verb IS NULL OR object IS NULL"


def _drop_invalid(connection: duckdb.DuckDBPyConnection) -> int:
    """Remove the staged lines that are no statement (not JSON, or without id, timestamp, verb or object)
    and say how many there were (counting them costs a scan of the staged columns, not of the JSON)."""
    row = connection.execute(f"SELECT count(*) FROM {INCOMING} WHERE {_INVALID}").fetchone()
    invalid = int(row[0]) if row else 0
    if invalid:
        connection.execute(f"DELETE FROM {INCOMING} WHERE {_INVALID}")
    return invalid


def count(connection: duckdb.DuckDBPyConnection) -> int:
    """Statements read into the store (each once, however often it was read)."""
    row = connection.execute("SELECT count(*) FROM statement_ids").fetchone()
    return int(row[0]) if row else 0


def position(connection: duckdb.DuckDBPyConnection, source: str) -> tuple[str, str] | None:
    """Where a source was left off (position, identity), if it was read before."""
    row = connection.execute("SELECT position, identity FROM sources WHERE source = ?", [source]).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def remember(connection: duckdb.DuckDBPyConnection, source: str, where: str, identity: str) -> None:
    """Record where a source was left off."""
    connection.execute(
        "INSERT OR REPLACE INTO sources VALUES (?, ?, ?)",
        [source, where, identity],
    )
