"""The per-learner facts: updated for the learners of new statements only, equal to a derivation
from scratch, and derived again when the store was derived by other SQL."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from lxkit.insights.learners import update_learner_facts
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
        update_learner_facts(connection)
        growing.write_bytes(b"".join(lines))
        added = read_file(connection, growing, tmp_path / "spill").added
        assert connection.execute("SELECT count(*) FROM incoming").fetchone() == (added,)
        update_learner_facts(connection)
        touched = connection.execute("SELECT count(*) FROM touched").fetchone()
        learners = connection.execute("SELECT count(DISTINCT learner) FROM statements").fetchone()
        assert touched is not None and learners is not None and 0 < touched[0] < learners[0]
        grown = facts(connection)
    with open_store(tmp_path / "scratch.duckdb") as connection:
        read_file(connection, growing, tmp_path / "spill")
        update_learner_facts(connection)
        assert facts(connection) == grown
        assert all(grown[table] for table in FACTS)


def test_facts_derived_by_other_sql_are_derived_again(generated: GeneratedPortal, tmp_path: Path) -> None:
    with open_store(tmp_path / "store.duckdb") as connection:
        read_file(connection, generated.statements, tmp_path / "spill")
        update_learner_facts(connection)
        expected = facts(connection)
        connection.execute("UPDATE derived SET version = 'an older lxkit'")
        connection.execute("DELETE FROM learner_module WHERE passed")
        update_learner_facts(connection)
        assert facts(connection) == expected
        update_learner_facts(connection)  # nothing new: nothing changes
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
        update_learner_facts(connection)
        expected = facts(connection)
        read_file(connection, foreign, tmp_path / "spill")
        update_learner_facts(connection)
        assert facts(connection) == expected
        courses = connection.execute("SELECT course FROM objects WHERE object LIKE 'https://example.com/%'").fetchall()
        assert courses == [("",), ("",)]
