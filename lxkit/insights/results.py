"""The insights' results: aggregates only, never a learner id, no group below the minimum size.

``lxkit insights`` writes them as JSON (``.lxkit-cache/insights/insights.json`` by default); the
portal build and ``lxkit review`` read that file. A count below the minimum group size is ``None``
("fewer than N"), and so is every share computed from it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from lxkit.exceptions import UsageError

FORMAT = 2  # 2: funnel and time rows say when the module takes place (``when``)


@dataclass(frozen=True, slots=True)
class FunnelRow:
    """One week of one cohort: learners who reached each step (``None``: fewer than the minimum)."""

    cohort: str
    week: int
    when: str  # ``Week 3`` or ``90 days after the course`` (a follow-up's week is the one its day falls in)
    module: str
    learners: int
    opened: int | None
    on_time: int | None
    exercise: int | None
    passed: int | None


@dataclass(frozen=True, slots=True)
class QuestionStat:
    """How learners answered one question the first time, and the flags it earned."""

    module: str
    question: str
    kind: str
    path: str
    line: int
    answered: int
    right_first: float | None
    wrong_option: str
    wrong_share: float | None
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PreWorkStat:
    """One pre-work item: learners who opened its module, and the shares who did it (before the session)."""

    module: str
    item: str
    opened: int
    completed: float | None
    on_time: float | None


@dataclass(frozen=True, slots=True)
class TimeRow:
    """Median minutes measured on a module's pre-work against the minutes the module plans."""

    module: str
    week: int
    when: str  # ``Week 3`` or ``90 days after the course``
    planned: int
    measured: float | None
    learners: int | None


@dataclass(frozen=True, slots=True)
class MetricSeries:
    """A course's business metric over time, its baseline and target, and its cohorts' starts."""

    metric: str
    unit: str
    baseline: float | None
    target: float | None
    points: tuple[tuple[str, float, str], ...]
    cohorts: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class CourseInsights:
    """Everything shown about one course."""

    course: str
    title: str
    learners: int | None
    funnel: tuple[FunnelRow, ...]
    questions: tuple[QuestionStat, ...]
    time: tuple[TimeRow, ...]
    metric: MetricSeries | None
    pre_work: tuple[PreWorkStat, ...] = ()


@dataclass(frozen=True, slots=True)
class HeatRow:
    """One capability x team: learners who reached each journey stage (in journey order)."""

    capability: str
    team: str
    learners: int
    stages: tuple[int | None, ...]
    capability_name: str = ""  # from the portal's capability framework ("" when it names none)
    team_name: str = ""  # from the portal's tracking.teams ("" for a team it does not list)


@dataclass(frozen=True, slots=True)
class Insights:
    """The results of one ``lxkit insights`` run."""

    statements: int
    min_group: int
    hidden_teams: int
    courses: tuple[CourseInsights, ...]
    heatmap: tuple[HeatRow, ...]

    def course(self, course_id: str) -> CourseInsights | None:
        """The insights of one course, if it has any."""
        return next((c for c in self.courses if c.course == course_id), None)


def to_json(insights: Insights) -> str:
    """The results as JSON text."""
    data = {
        "format": FORMAT,
        "statements": insights.statements,
        "min_group": insights.min_group,
        "hidden_teams": insights.hidden_teams,
        "courses": [_course_dict(course) for course in insights.courses],
        "heatmap": [_flat_dict(row) for row in insights.heatmap],
    }
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def _course_dict(course: CourseInsights) -> dict[str, object]:
    return {
        "course": course.course,
        "title": course.title,
        "learners": course.learners,
        "funnel": [_flat_dict(row) for row in course.funnel],
        "questions": [_flat_dict(row) for row in course.questions],
        "time": [_flat_dict(row) for row in course.time],
        "metric": _flat_dict(course.metric) if course.metric is not None else None,
        "pre_work": [_flat_dict(row) for row in course.pre_work],
    }


_Flat = FunnelRow | QuestionStat | PreWorkStat | TimeRow | MetricSeries | HeatRow
_NAMES: dict[type, tuple[str, ...]] = {}


def _flat_dict(row: _Flat) -> dict[str, object]:
    """A dataclass whose values are numbers, text, ``None`` or tuples of them, as a dict (what
    ``dataclasses.asdict`` gives, without its recursion and copies: the JSON is the same)."""
    names = _NAMES.get(type(row))
    if names is None:
        names = _NAMES[type(row)] = tuple(field.name for field in fields(row))
    return {name: getattr(row, name) for name in names}


def write_results(insights: Insights, path: Path) -> str:
    """Write the results file (atomically: a build never reads half of it; not at all when it holds them
    already); the digest of its bytes."""
    data = to_json(insights).encode("utf-8")
    if not path.is_file() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_bytes(data)
        partial.replace(path)
    return hashlib.sha256(data).hexdigest()


def read_results(path: Path) -> Insights | None:
    """The results written by ``lxkit insights``; ``None`` when there are none yet."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        found = data.get("format") if isinstance(data, dict) else None
        if found != FORMAT:
            raise ValueError(f"format {found!r}, expected {FORMAT}")
        return from_dict(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:  # a file not written by lxkit
        raise UsageError(f"cannot read the insights in {path} ({error}): run 'lxkit insights' again") from error


def from_dict(data: dict[str, Any]) -> Insights:
    """Results from their JSON form."""
    courses = tuple(
        CourseInsights(
            course=c["course"],
            title=c["title"],
            learners=c["learners"],
            funnel=tuple(FunnelRow(**row) for row in c["funnel"]),
            questions=tuple(QuestionStat(**{**q, "flags": tuple(q["flags"])}) for q in c["questions"]),
            time=tuple(TimeRow(**row) for row in c["time"]),
            metric=_metric(c["metric"]),
            pre_work=tuple(PreWorkStat(**row) for row in c.get("pre_work", [])),
        )
        for c in data["courses"]
    )
    heat = tuple(
        HeatRow(
            r["capability"],
            r["team"],
            r["learners"],
            tuple(r["stages"]),
            str(r.get("capability_name") or ""),
            str(r.get("team_name") or ""),
        )
        for r in data["heatmap"]
    )
    return Insights(data["statements"], data["min_group"], data["hidden_teams"], courses, heat)


def _metric(data: dict[str, Any] | None) -> MetricSeries | None:
    if data is None:
        return None
    points = tuple((str(d), float(v), str(t)) for d, v, t in data["points"])
    cohorts = tuple((str(n), str(s)) for n, s in data["cohorts"])
    return MetricSeries(data["metric"], data["unit"], data["baseline"], data["target"], points, cohorts)
