"""``lxkit insights`` on the command line: what it reads, what it writes, and clear usage errors."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from tests.insights.conftest import GeneratedPortal, generated

__all__ = ["generated"]


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["insights", *args], env={"LXKIT_LRS_ENDPOINT": "", **(env or {})})
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


def test_reads_a_file_then_only_what_is_new(generated: GeneratedPortal, tmp_path: Path) -> None:
    config = str(generated.root / "mkdocs.yml")
    store, out = str(tmp_path / "s.duckdb"), str(tmp_path / "i.json")
    code, err = run("-f", config, "--from", str(generated.statements), "--store", store, "-o", out)
    assert code == 0, err
    assert f"Read {generated.truth.statements} new statements" in err
    assert "1 team(s) with fewer than 5 learners are not shown" in err
    assert json.loads(Path(out).read_text())["statements"] == generated.truth.statements
    built = generated.root / ".lxkit-cache" / "insights" / "insights.json"
    assert (
        f"Wrote the insights to {out}; 'lxkit build' reads {built} instead: leave out -o, or set 'output: {out}'" in err
    )
    code, err = run("-f", config, "--from", str(generated.statements), "--store", store, "-o", out)
    assert code == 0 and "Read 0 new statements" in err


def test_no_source_says_how_to_give_one(generated: GeneratedPortal) -> None:
    code, err = run("-f", str(generated.root / "mkdocs.yml"))
    assert code == 2
    assert "pass --from FILE.jsonl, or --lrs URL" in err


def test_a_missing_file_is_a_usage_error(generated: GeneratedPortal, tmp_path: Path) -> None:
    code, err = run("-f", str(generated.root / "mkdocs.yml"), "--from", str(tmp_path / "nope.jsonl"))
    assert code == 2 and "statements file not found" in err


def test_a_mistyped_file_name_gets_the_name_it_meant(generated: GeneratedPortal, tmp_path: Path) -> None:
    (tmp_path / "export.jsonl").write_text("")
    code, err = run("-f", str(generated.root / "mkdocs.yml"), "--from", str(tmp_path / "exprt.jsonl"))
    assert code == 2
    assert (
        f"statements file not found: {tmp_path / 'exprt.jsonl'}: did you mean --from {tmp_path / 'export.jsonl'}?"
        in err
    )


def test_the_reading_credential_comes_from_the_environment(generated: GeneratedPortal) -> None:
    code, err = run(
        "-f", str(generated.root / "mkdocs.yml"), "--lrs", "http://127.0.0.1:9/xAPI/", env={"LXKIT_LRS_CREDENTIAL": ""}
    )
    assert code == 2 and "set LXKIT_LRS_CREDENTIAL=user:password" in err


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_lrs_is_said_plainly(generated: GeneratedPortal, tmp_path: Path, closed_port: int) -> None:
    code, err = run(
        "-f",
        str(generated.root / "mkdocs.yml"),
        "--lrs",
        f"http://127.0.0.1:{closed_port}/xAPI/",
        "--store",
        str(tmp_path / "s.duckdb"),
        env={"LXKIT_LRS_CREDENTIAL": "reader:secret"},
    )
    assert code == 2
    assert f"cannot reach the LRS at http://127.0.0.1:{closed_port}/xAPI/: nothing answers on 127.0.0.1:" in err
    assert "start the LRS (bash scripts/lrs.sh prints its address) or correct the port" in err


def test_https_to_an_lrs_without_it_gets_the_http_address(generated: GeneratedPortal, tmp_path: Path) -> None:
    import http.server
    import threading

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        code, err = run(
            "-f",
            str(generated.root / "mkdocs.yml"),
            "--lrs",
            f"https://127.0.0.1:{port}/xAPI/",
            "--store",
            str(tmp_path / "s.duckdb"),
            env={"LXKIT_LRS_CREDENTIAL": "reader:secret"},
        )
    finally:
        server.shutdown()
        server.server_close()
    assert code == 2
    assert err.rstrip().endswith(f"it answers without https: --lrs http://127.0.0.1:{port}/xAPI/")


def _read(generated: GeneratedPortal, tmp_path: Path, statements: Path) -> tuple[int, str]:
    store, out = str(tmp_path / "s.duckdb"), str(tmp_path / "i.json")
    return run("-f", str(generated.root / "mkdocs.yml"), "--from", str(statements), "--store", store, "-o", out)


def test_an_empty_file_is_a_content_problem_that_says_so(generated: GeneratedPortal, tmp_path: Path) -> None:
    empty = tmp_path / "export.jsonl"
    empty.write_text("")
    code, err = _read(generated, tmp_path, empty)
    assert code == 1 and f"{empty} is empty: it holds no statements" in err


def test_a_file_that_is_no_json_lines_reads_nothing_and_is_read_once_fixed(
    generated: GeneratedPortal, tmp_path: Path
) -> None:
    lines = generated.statements.read_text().splitlines()[:50]
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps([json.loads(line) for line in lines], indent=2))
    code, err = _read(generated, tmp_path, export)
    assert code == 1 and f"{export}:1:1: the file is JSON written over several lines" in err
    assert "jq -c" in err and "Read " not in err
    export.write_text("\n".join(lines) + "\n")  # what the message says to do: one statement per line
    code, err = _read(generated, tmp_path, export)
    assert code == 0 and "Read 50 new statements" in err


def test_lines_that_are_no_statement_are_skipped_with_a_warning(generated: GeneratedPortal, tmp_path: Path) -> None:
    lines = generated.statements.read_text().splitlines()[:20]
    no_id = json.dumps({k: v for k, v in json.loads(lines[0]).items() if k != "id"})
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join([*lines[:10], "date,value", no_id, no_id, *lines[10:]]) + "\n")
    code, err = _read(generated, tmp_path, export)
    assert code == 0, err
    assert f"warning: 3 lines of {export} are no xAPI statement and were skipped, the first: {export}:11:1" in err
    assert "Read 20 new statements" in err  # lines without an id are not one statement


def test_ctrl_c_during_a_query_keeps_what_was_read_and_the_next_run_goes_on(
    generated: GeneratedPortal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lxkit.insights import learners, sources

    monkeypatch.setattr(sources, "CHUNK_BYTES", generated.statements.stat().st_size // 4)
    merge, calls = learners.update_learner_facts, []

    def interrupted_in_the_third_part(connection: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("Query interrupted")  # what DuckDB raises when Ctrl+C lands during a query
        merge(connection)

    monkeypatch.setattr(sources, "update_learner_facts", interrupted_in_the_third_part)
    code, err = _read(generated, tmp_path, generated.statements)
    assert code == 130 and "Traceback" not in err
    assert "interrupted: the store keeps every part it had read before, nothing twice" in err
    assert list((tmp_path / "incoming").iterdir()) == []  # no statements left in transit
    monkeypatch.setattr(sources, "update_learner_facts", merge)
    code, err = _read(generated, tmp_path, generated.statements)
    total = generated.truth.statements
    assert code == 0 and f"the store holds {total}" in err and f"Read {total} new" not in err


def test_a_store_without_statements_says_where_they_come_from(generated: GeneratedPortal, tmp_path: Path) -> None:
    config = str(generated.root / "mkdocs.yml")
    code, err = run("-f", config, "--no-read", "--store", str(tmp_path / "s.duckdb"), "-o", str(tmp_path / "i.json"))
    assert code == 0 and "No learning records yet, so the Insights pages will be empty" in err


def test_a_data_file_named_after_no_course_is_counted_with_the_problems(
    generated: GeneratedPortal, tmp_path: Path
) -> None:
    root = tmp_path / "portal"
    shutil.copytree(generated.root, root)
    (root / "cohorts" / "no-such-course.csv").write_text("cohort,start\nspring,2026-03-04\n", "utf-8")
    store, out = str(tmp_path / "s.duckdb"), str(tmp_path / "i.json")
    code, err = run("-f", str(root / "mkdocs.yml"), "--no-read", "--store", store, "-o", out)
    assert code == 0 and "1 problem(s) in metrics/ or cohorts/ were skipped: run 'lxkit lint' to see them" in err
