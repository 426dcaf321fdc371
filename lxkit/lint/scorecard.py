"""``lxkit lint --summary``: per course, how many rules of each area pass.

A rule fails for a course when it reports an error or a warning in one of the course's files;
info findings are notes and do not fail a rule. Only rules that ran are counted.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import click

from lxkit.findings import Severity
from lxkit.lint.decisions import Suppression
from lxkit.lint.engine import LintResult
from lxkit.lint.rule import Area, Rule


@dataclass(frozen=True, slots=True)
class AreaScore:
    """Rules of one area that pass and fail for a course."""

    area: Area
    passed: tuple[str, ...]
    failed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CourseScore:
    """The scorecard of one course."""

    course: str
    title: str
    areas: tuple[AreaScore, ...]
    suppressed: tuple[Suppression, ...] = ()

    @property
    def passed(self) -> int:
        """Rules passed over all areas."""
        return sum(len(area.passed) for area in self.areas)

    @property
    def total(self) -> int:
        """Rules counted over all areas."""
        return sum(len(area.passed) + len(area.failed) for area in self.areas)


def scorecard(result: LintResult, rules: Sequence[Rule[Any]]) -> tuple[CourseScore, ...]:
    """One score per linted course."""
    ran = set(result.rules)
    counted = [rule for rule in rules if rule.code in ran and rule.scored]
    scores = []
    for course in result.courses:
        folder = posixpath.dirname(course.path) + "/"
        failing = {f.code for f in result.findings if f.path.startswith(folder) and f.severity is not Severity.INFO}
        areas = tuple(
            AreaScore(
                area,
                tuple(r.code for r in counted if r.area is area and r.code not in failing),
                tuple(r.code for r in counted if r.area is area and r.code in failing),
            )
            for area in Area
        )
        suppressed = tuple(s for s in result.suppressions if s.path.startswith(folder))
        scores.append(CourseScore(course.folder, course.title, areas, suppressed))
    return tuple(scores)


def render_scorecard(scores: Sequence[CourseScore], colour: bool = False) -> str:
    """The scorecard as text, one block per course."""
    lines = ["Scorecard (rules passed per area):"]
    for score in scores:
        lines.append(f"  {score.course}: {score.passed}/{score.total} rules pass")
        for area in score.areas:
            total = len(area.passed) + len(area.failed)
            if not total:
                continue
            mark = f"{len(area.passed)}/{total}"
            if area.failed and colour:
                mark = click.style(mark, fg="yellow", bold=True)
            failing = f"  fails: {', '.join(area.failed)}" if area.failed else ""
            lines.append(f"    {area.area.label:<18} {mark}{failing}")
        for suppression in score.suppressed:
            reason = f"-- {suppression.reason}" if suppression.reason else "(no reason given; add one after ' -- ')"
            lines.append(f"    suppressed {suppression.code} at {suppression.path}:{suppression.line} {reason}")
    return "\n".join(lines)


def scorecard_data(scores: Sequence[CourseScore]) -> list[dict[str, Any]]:
    """The scorecard as JSON-ready data."""
    return [
        {
            "course": score.course,
            "title": score.title,
            "passed": score.passed,
            "total": score.total,
            "areas": {
                area.area.value: {"passed": list(area.passed), "failed": list(area.failed)}
                for area in score.areas
                if area.passed or area.failed
            },
            "suppressed": [
                {"path": s.path, "line": s.line, "code": s.code, "reason": s.reason} for s in score.suppressed
            ],
        }
        for score in scores
    ]
