"""``lxkit insights`` against a real Ralph LRS: paging with ``more``, incremental with ``since``, the
reading credential from the environment, and the statements in the built insight pages."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.insights import sources
from lxkit.insights.results import read_results
from lxkit.insights.run import Source, run_insights
from lxkit.insights.settings import insight_settings
from tests.insights.conftest import build_site, make_portal

pytestmark = [pytest.mark.lrs, pytest.mark.slow]


def post(lrs: Any, lines: list[str]) -> None:
    for start in range(0, len(lines), 250):
        batch = [json.loads(line) for line in lines[start : start + 250]]
        status, _ = lrs.request("POST", "/xAPI/statements", lrs.portal, batch)
        assert status == 200


def insights(root: Path, lrs: Any, credential: str) -> tuple[int, str]:
    env = {"LXKIT_LRS_ENDPOINT": lrs.endpoint, "LXKIT_LRS_CREDENTIAL": credential}
    result = CliRunner().invoke(cli, ["insights", "-f", str(root / "mkdocs.yml")], env=env)
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


def test_reads_only_new_statements_from_ralph_and_builds_the_pages(
    ralph_lrs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "CHUNK_STATEMENTS", 400)  # every page of 1,000 is taken in on its own
    lrs = ralph_lrs()
    generated = make_portal(tmp_path / "portal", statements=2500)
    # Browsers send statements in the order they happen (Ralph's 'since' compares statement timestamps).
    lines = sorted(generated.statements.read_text("utf-8").splitlines(), key=lambda line: json.loads(line)["timestamp"])
    cut = len(lines) * 2 // 3
    post(lrs, lines[:cut])
    code, err = insights(generated.root, lrs, lrs.portal.text)
    assert code == 2 and "refused the credential in LXKIT_LRS_CREDENTIAL" in err  # the portal's may only write
    code, err = insights(generated.root, lrs, lrs.reader.text)
    assert code == 0, err
    assert f"Read {cut} new statements" in err
    post(lrs, lines[cut:])
    code, err = insights(generated.root, lrs, lrs.reader.text)
    assert code == 0, err
    assert f"Read {len(lines) - cut} new statements; the store holds {len(lines)}" in err
    from_lrs = read_results(insight_settings(generated.portal.config).output)
    settings = dataclasses.replace(
        insight_settings(generated.portal.config), store=tmp_path / "file.duckdb", output=tmp_path / "file.json"
    )
    from_file = run_insights(generated.portal, settings, Source(file=generated.statements)).insights
    assert from_lrs == from_file
    site = build_site(generated.root, tmp_path / "site", tmp_path / "cache")
    overview = (site / "trainer" / "insights" / "index.html").read_text("utf-8")
    assert f"{len(lines)} statements" in overview


def test_an_address_without_xapi_gets_the_endpoint_to_write(ralph_lrs: Any, tmp_path: Path) -> None:
    lrs = ralph_lrs()
    generated = make_portal(tmp_path / "portal", statements=100)
    bare = lrs.endpoint.removesuffix("xAPI/")
    for given, env, fix in (
        (["--lrs", bare], {}, f"--lrs {lrs.endpoint}"),
        ([], {"LXKIT_LRS_ENDPOINT": bare + "xapi/statements"}, f"export LXKIT_LRS_ENDPOINT={lrs.endpoint}"),
    ):
        result = CliRunner().invoke(
            cli,
            ["insights", "-f", str(generated.root / "mkdocs.yml"), *given],
            env={"LXKIT_LRS_ENDPOINT": "", "LXKIT_LRS_CREDENTIAL": lrs.reader.text, **env},
        )
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert result.stderr.rstrip().endswith(f"(HTTP 404): the endpoint is the address that ends in /xAPI/: {fix}")
