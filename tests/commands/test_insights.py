"""``lxkit insights`` on the command line: what it reads, what it writes, and clear usage errors."""

from __future__ import annotations

import json
import socket
from pathlib import Path

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
    code, err = run("-f", config, "--from", str(generated.statements), "--store", store, "-o", out)
    assert code == 0 and "Read 0 new statements" in err


def test_no_source_says_how_to_give_one(generated: GeneratedPortal) -> None:
    code, err = run("-f", str(generated.root / "mkdocs.yml"))
    assert code == 2
    assert "pass --from FILE.jsonl, or --lrs URL" in err


def test_a_missing_file_is_a_usage_error(generated: GeneratedPortal, tmp_path: Path) -> None:
    code, err = run("-f", str(generated.root / "mkdocs.yml"), "--from", str(tmp_path / "nope.jsonl"))
    assert code == 2 and "statements file not found" in err


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
    assert f"cannot reach the LRS at http://127.0.0.1:{closed_port}/xAPI/" in err
