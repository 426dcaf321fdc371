"""LX160 with ``lxkit lint --insights``: the planted questions are reported on their lines, as info."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.insights.results import read_results
from lxkit.insights.run import Source, run_insights
from lxkit.insights.settings import insight_settings
from lxkit.lint.engine import lint_portal
from tests.insights.conftest import GeneratedPortal, generated, make_portal

__all__ = ["generated"]


def test_flagged_questions_are_info_findings_on_their_line(generated: GeneratedPortal, tmp_path: Path) -> None:
    settings = dataclasses.replace(
        insight_settings(generated.portal.config), store=tmp_path / "s.duckdb", output=tmp_path / "i.json"
    )
    run_insights(generated.portal, settings, Source(file=generated.statements))
    insights = read_results(tmp_path / "i.json")
    result = lint_portal(generated.portal, insights=insights)
    flagged = [f for f in result.findings if f.code == "LX160"]
    planted = {p for course in generated.truth.planted.values() for p in (course.hard, course.easy, course.misleading)}
    assert len(flagged) == len(planted)
    lines = {q.id: (m.path, q.line) for c in generated.portal.courses for m in c.modules for q in m.check}
    for finding in flagged:
        question = finding.message.split("'")[1]
        assert question in planted
        assert (finding.path, finding.line) == lines[question]
        assert finding.severity.value == "info"
    assert "LX160" not in {f.code for f in lint_portal(generated.portal).findings}


def test_lint_insights_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    portal = make_portal(tmp_path / "portal", statements=4000)
    monkeypatch.chdir(portal.root)
    result = CliRunner().invoke(cli, ["lint", "--insights"])
    assert result.exit_code == 2
    assert "run 'lxkit insights' first" in result.stderr
    run_insights(portal.portal, insight_settings(portal.portal.config), Source(file=portal.statements))
    result = CliRunner().invoke(cli, ["lint", "--insights", "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "LX160 question-flagged" in result.stdout
    assert "has a misleading distractor (right first time" in result.stdout
