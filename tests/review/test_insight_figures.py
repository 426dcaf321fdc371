"""``lxkit review`` shows how learners did with the questions and pre-work items a change edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.insights.run import Source, run_insights
from lxkit.insights.settings import insight_settings
from tests.helpers_portal import commit_all, git, git_identity
from tests.insights.conftest import generator, make_portal

__all__ = ["git_identity"]
pytestmark = pytest.mark.slow


def test_review_shows_the_figures_of_edited_items(
    tmp_path: Path, git_identity: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    portal = make_portal(tmp_path / "portal", statements=6000)
    root = portal.root
    (root / ".gitignore").write_text(".lxkit-cache/\nstatements.jsonl\n", "utf-8")
    git(root, "init", "-q", "-b", "main")
    base = commit_all(root, "portal")
    run_insights(portal.portal, insight_settings(portal.portal.config), Source(file=portal.statements))
    course = portal.portal.course("data-science-for-engineers")
    assert course is not None
    planted = portal.truth.planted[course.folder]
    module = next(m for m in course.modules if any(q.id == planted.misleading for q in m.check))
    question = next(q for q in module.check if q.id == planted.misleading)
    item = module.pre_work[0]
    path = root / module.path
    text = path.read_text("utf-8")
    text = text.replace(question.options[planted.distractor - 1].text, "A clearer wrong option", 1)
    text = text.replace(f"minutes: {item.minutes}", f"minutes: {(item.minutes or 0) + 5}", 1)
    path.write_text(text, "utf-8")
    commit_all(root, "clearer distractor")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(cli, ["review", "--base", base])
    report = result.stdout
    assert "### How learners did with the edited items" in report
    assert f"question `{question.id}` in `{module.path}:{question.line}`: right first time" in report
    assert f"option {'ABC'[planted.distractor - 1]} chosen first by" in report
    assert "flagged misleading distractor" in report
    assert f"pre-work `{item.id}`" in report and "learners who opened the module; before the session by" in report
    assert generator().SMALL_TEAM not in report
    result = CliRunner().invoke(cli, ["review", "--base", base, "--format", "json"])
    assert '"insights": [' in result.stdout
