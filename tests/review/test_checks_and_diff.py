"""LX301/LX302 and the course diff on models loaded from files (pure functions, no Git)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.loader import load_portal
from lxkit.model import Portal
from lxkit.review.checks import owner_review, review_checks, suggest_next, version_not_bumped
from lxkit.review.diff import Status, diff_portals, minutes_per_week
from tests.helpers_portal import COURSE, course_file, edit, write_portal


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """The fixture portal twice: ``before`` stays, ``after`` is edited by the test."""
    before = write_portal(tmp_path / "before")
    after = tmp_path / "after"
    shutil.copytree(before, after)
    return before, after


def _load(root: Path) -> Portal:
    return load_portal(load_config(root / "mkdocs.yml"))


def test_unchanged_portals_have_no_diff_and_no_checks(pair: tuple[Path, Path]) -> None:
    before, after = (_load(p) for p in pair)
    assert diff_portals(before, after) == ()
    assert review_checks(before, after) == []


def test_a_lower_version_is_lx301(pair: tuple[Path, Path]) -> None:
    edit(course_file(pair[1], "index.md"), "version: 1.0.0", "version: 0.9.0")
    before, after = (_load(p).courses[0] for p in pair)
    [finding] = version_not_bumped(before, after)
    assert finding.code == "LX301" and finding.severity.value == "error"
    assert "went from 1.0.0 to 0.9.0" in finding.message
    assert finding.line == 5


def test_a_bump_with_its_changelog_entry_passes(pair: tuple[Path, Path]) -> None:
    index = course_file(pair[1], "index.md")
    edit(index, "version: 1.0.0", "version: 1.0.10")
    edit(index, "changelog:\n", "changelog:\n  - version: 1.0.10\n    date: 2026-02-01\n    changes: [Fix.]\n")
    before, after = (_load(p).courses[0] for p in pair)
    assert version_not_bumped(before, after) == []


def test_owner_review_names_handles_and_owners_without_one(pair: tuple[Path, Path]) -> None:
    edit(course_file(pair[1], "index.md"), "    github: bob-biz\n", "")
    [finding] = owner_review(_load(pair[1]).courses[0])
    assert finding.code == "LX302" and finding.severity.value == "info"
    assert "Ada Lovelace (sme, @ada), Bob Business (business, no Git-host handle)" in finding.message


def test_modules_stages_owners_and_minutes_in_the_diff(pair: tuple[Path, Path]) -> None:
    after = pair[1]
    edit(course_file(after, "02-apply.md"), "journey_stage: reinforcement", "journey_stage: measurement")
    edit(course_file(after, "index.md"), "    github: bob-biz\n", "    github: bobby\n")
    (course_file(after, "01-charts.md")).unlink()
    shutil.copy(course_file(pair[0], "02-apply.md"), course_file(after, "03-more.md"))
    edit(course_file(after, "03-more.md"), "week: 2", "week: 3")
    [diff] = diff_portals(_load(pair[0]), _load(after))
    assert diff.status is Status.CHANGED
    assert [(m.name, m.status) for m in diff.modules] == [
        ("01-charts", Status.REMOVED),
        ("02-apply", Status.CHANGED),
        ("03-more", Status.ADDED),
    ]
    assert [(s.module, s.before, s.after) for s in diff.stages] == [
        ("01-charts", "application", None),
        ("02-apply", "reinforcement", "measurement"),
        ("03-more", None, "reinforcement"),
    ]
    assert diff.owners_added == ("Bob Business (business, @bobby)",)
    assert diff.owners_removed == ("Bob Business (business, @bob-biz)",)
    assert [(w.week, w.before, w.after) for w in diff.minutes] == [(1, 135, 0), (3, 0, 135)]


def test_minutes_per_week_add_up_modules_of_the_same_week(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "p")
    edit(course_file(root, "02-apply.md"), "week: 2", "week: 1")
    assert minutes_per_week(_load(root).courses[0].modules) == {1: 270}


@pytest.mark.parametrize(
    ("version", "expected"),
    [("1.2.0", "1.2.1"), ("2", "3"), ("1.0-beta9", "1.0-beta10"), ("draft", "a higher version")],
)
def test_suggested_next_version(version: str, expected: str) -> None:
    assert suggest_next(version) == expected


def test_diff_of_an_added_course_lists_its_modules(pair: tuple[Path, Path]) -> None:
    shutil.rmtree(pair[0] / "courses" / COURSE)
    [diff] = diff_portals(_load(pair[0]), _load(pair[1]))
    assert diff.status is Status.ADDED
    assert [o.after for o in diff.objectives] == [
        "Explain what a chart shows and what it hides.",
        "Critique a dashboard your team uses.",
    ]
