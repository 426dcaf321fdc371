"""The per-learner facts: new statements merge into the facts of their learners only, equal to a
derivation from scratch; a statement read twice changes nothing; a store made by other SQL starts again."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from lxkit.insights import learners, sources
from lxkit.insights.learners import prepare_store
from lxkit.insights.sources import read_file
from lxkit.insights.store import open_store
from tests.insights.conftest import GeneratedPortal

FACTS = ("learner_first", "learner_module", "learner_item", "learner_answer")


def facts(connection: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[object, ...]]]:
    return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in FACTS}


def test_facts_after_new_statements_equal_facts_from_scratch(generated: GeneratedPortal, tmp_path: Path) -> None:
    lines = generated.statements.read_bytes().splitlines(keepends=True)
    growing = tmp_path / "export.jsonl"
    growing.write_bytes(b"".join(lines[: len(lines) // 2]))
    with open_store(tmp_path / "grown.duckdb") as connection:
        read_file(connection, growing, tmp_path / "spill")
        growing.write_bytes(b"".join(lines))
        assert read_file(connection, growing, tmp_path / "spill").added > 0
        touched = connection.execute("SELECT count(*) FROM touched").fetchone()
        learners = connection.execute("SELECT count(DISTINCT learner) FROM learner_first").fetchone()
        assert touched is not None and learners is not None and 0 < touched[0] < learners[0]
        grown = facts(connection)
    with open_store(tmp_path / "scratch.duckdb") as connection:
        read_file(connection, growing, tmp_path / "spill")
        assert facts(connection) == grown
        assert all(grown[table] for table in FACTS)


def test_statements_read_twice_change_nothing(generated: GeneratedPortal, tmp_path: Path) -> None:
    lines = generated.statements.read_bytes().splitlines(keepends=True)
    again = tmp_path / "again.jsonl"
    again.write_bytes(b"".join(lines[::3]))
    with open_store(tmp_path / "store.duckdb") as connection:
        total = read_file(connection, generated.statements, tmp_path / "spill").total
        expected = facts(connection)
        assert read_file(connection, again, tmp_path / "spill").added == 0
        assert facts(connection) == expected
        assert connection.execute("SELECT count(*) FROM statement_ids").fetchone() == (total,)


def test_a_store_made_by_other_sql_starts_again(generated: GeneratedPortal, tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    with open_store(path) as connection:
        assert not prepare_store(connection)  # a new store: nothing to empty
        read_file(connection, generated.statements, tmp_path / "spill")
        expected = facts(connection)
        assert not prepare_store(connection)
        connection.execute("UPDATE store_format SET version = 'an older lxkit'")
        connection.execute("CREATE TABLE statements (id UBIGINT)")  # what an older store kept
    with open_store(path) as connection:
        assert prepare_store(connection)
        assert all(not rows for rows in facts(connection).values())
        assert connection.execute("SELECT count(*) FROM sources").fetchone() == (0,)
        tables = connection.execute("SELECT table_name FROM duckdb_tables() WHERE table_name = 'statements'")
        assert tables.fetchall() == []
        read_file(connection, generated.statements, tmp_path / "spill")  # read from the start again
        assert facts(connection) == expected


def test_statements_about_no_course_make_no_facts(generated: GeneratedPortal, tmp_path: Path) -> None:
    first = json.loads(generated.statements.open().readline())
    outsider = {**first["actor"], "account": {"homePage": "https://example.com/", "name": "outsider"}}
    foreign = tmp_path / "foreign.jsonl"
    with foreign.open("w") as out:
        for i, iri in enumerate(("https://example.com/xapi/other", "https://example.com/xapi/courses")):
            out.write(json.dumps({**first, "id": f"foreign-{i}", "actor": outsider, "object": {"id": iri}}) + "\n")
    with open_store(tmp_path / "store.duckdb") as connection:
        read_file(connection, generated.statements, tmp_path / "spill")
        expected = facts(connection)
        read_file(connection, foreign, tmp_path / "spill")
        assert facts(connection) == expected
        courses = connection.execute("SELECT course FROM objects WHERE object LIKE 'https://example.com/%'").fetchall()
        assert courses == [("",), ("",)]


def test_a_big_file_is_taken_in_parts_and_a_stopped_read_goes_on(
    generated: GeneratedPortal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(tmp_path / "whole.duckdb") as connection:
        whole = read_file(connection, generated.statements, tmp_path / "spill")
        expected = facts(connection)
    monkeypatch.setattr(sources, "CHUNK_BYTES", generated.statements.stat().st_size // 5)
    merge = learners.update_learner_facts
    calls = []

    def stopped_in_the_third_part(connection: duckdb.DuckDBPyConnection) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        merge(connection)

    monkeypatch.setattr(sources, "update_learner_facts", stopped_in_the_third_part)
    with open_store(tmp_path / "parts.duckdb") as connection:
        with pytest.raises(KeyboardInterrupt):
            read_file(connection, generated.statements, tmp_path / "spill")
        kept = connection.execute("SELECT count(*) FROM statement_ids").fetchone()
        assert kept is not None and 0 < kept[0] < whole.total
        monkeypatch.setattr(sources, "update_learner_facts", merge)
        again = read_file(connection, generated.statements, tmp_path / "spill")
        assert (kept[0] + again.added, again.total) == (whole.total, whole.total)
        assert facts(connection) == expected
    assert len(calls) == 3
