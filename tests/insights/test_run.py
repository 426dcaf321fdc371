"""One ``lxkit insights`` run: nothing aggregated again when the facts and the courses did not change."""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path
from typing import Any

import duckdb
import pytest

from lxkit.insights import run as run_module
from lxkit.insights.results import Insights
from lxkit.insights.run import Source, run_insights
from lxkit.insights.settings import insight_settings
from tests.insights.conftest import GeneratedPortal


def run(generated: GeneratedPortal, cache: Path, source: Path | None, output: Path | None = None) -> Insights:
    settings = insight_settings(generated.portal.config)
    settings = dataclasses.replace(settings, store=cache / "store.duckdb", output=output or cache / "insights.json")
    return run_insights(generated.portal, settings, Source(file=source) if source else None).insights


def no_aggregation(*_: Any) -> Insights:
    raise AssertionError("aggregated again")


def test_a_run_without_new_statements_aggregates_nothing_and_leaves_the_file(
    generated: GeneratedPortal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run(generated, tmp_path, generated.statements)
    written = (tmp_path / "insights.json").stat().st_mtime_ns
    monkeypatch.setattr(run_module, "aggregate", no_aggregation)
    assert run(generated, tmp_path, generated.statements) == first
    assert run(generated, tmp_path, None) == first
    assert (tmp_path / "insights.json").stat().st_mtime_ns == written


def test_new_statements_that_change_no_facts_are_counted_without_aggregating(
    generated: GeneratedPortal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    growing = tmp_path / "export.jsonl"
    growing.write_bytes(generated.statements.read_bytes())
    first = run(generated, tmp_path / "store", growing)
    opened = next(s for s in map(json.loads, growing.open()) if s["verb"]["id"].endswith("/experienced"))
    with growing.open("a") as out:  # the same module opened again at the same time: no fact changes
        out.write(json.dumps({**opened, "id": str(uuid.uuid4())}) + "\n")
    scratch = run(generated, tmp_path / "scratch", growing)
    monkeypatch.setattr(run_module, "aggregate", no_aggregation)
    again = run(generated, tmp_path / "store", growing)
    assert again.statements == first.statements + 1
    assert again == scratch


def test_results_written_from_another_store_are_aggregated_again(generated: GeneratedPortal, tmp_path: Path) -> None:
    half = tmp_path / "half.jsonl"
    lines = generated.statements.read_bytes().splitlines(keepends=True)
    half.write_bytes(b"".join(lines[: len(lines) // 2]))
    output = tmp_path / "insights.json"
    whole = run(generated, tmp_path / "whole", generated.statements, output)
    assert run(generated, tmp_path / "half", half, output) != whole
    assert run(generated, tmp_path / "whole", None, output) == whole


def test_a_store_made_by_another_lxkit_is_started_again_and_said_so(generated: GeneratedPortal, tmp_path: Path) -> None:
    first = run(generated, tmp_path, generated.statements)
    with duckdb.connect(str(tmp_path / "store.duckdb")) as connection:
        connection.execute("UPDATE store_format SET version = 'an older lxkit'")
    settings = insight_settings(generated.portal.config)
    settings = dataclasses.replace(settings, store=tmp_path / "store.duckdb", output=tmp_path / "insights.json")
    again = run_insights(generated.portal, settings, Source(file=generated.statements))
    assert again.started_again and again.ingested.added == first.statements
    assert again.insights == first
    assert not run_insights(generated.portal, settings, Source(file=generated.statements)).started_again
