"""Co-created data beside the courses: measured values of each course's business metric
(``metrics/<course-id>.csv``) and the course's cohorts (``cohorts/<course-id>.csv``).

Reading never raises on content: every problem is a :class:`DataProblem` with its line and column,
which ``lxkit lint`` reports (rules LX020 and LX021) and ``lxkit insights`` skips.
"""

from __future__ import annotations

import csv
import difflib
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from lxkit.boundary import RefusedFile, read_limited
from lxkit.insights.data_cells import date_fix, extra_cells, other_separator, separator_message, team_problem
from lxkit.insights.settings import portal_teams
from lxkit.model import Course, Portal

METRICS_DIR = "metrics"
COHORTS_DIR = "cohorts"
MAX_BYTES = 5_000_000
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_GOAL_NUMBER = re.compile(r"(-?\d+(?:[.,]\d+)?)\s*(%|[A-Za-z]+)?")
T = TypeVar("T")
# Words that follow a number in a sentence without being its unit ("9 in the last quarter", "3 or fewer").
_NOT_UNITS = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "by",
        "each",
        "every",
        "for",
        "from",
        "in",
        "of",
        "on",
        "or",
        "per",
        "than",
        "the",
        "to",
        "until",
        "within",
        "fewer",
        "less",
        "more",
        "most",
    ]
)


@dataclass(frozen=True, slots=True)
class DataProblem:
    """Something wrong in a data file, said for the person who edits it."""

    path: str
    line: int
    column: int
    message: str


@dataclass(frozen=True, slots=True)
class MetricPoint:
    """One measured value of a business metric (``team`` empty for the whole business)."""

    day: date
    value: float
    team: str


@dataclass(frozen=True, slots=True)
class Cohort:
    """A group that takes a course together; ``start`` is the date of its first session."""

    name: str
    start: date


@dataclass(frozen=True, slots=True)
class GoalNumbers:
    """Baseline and target of a course's business goal as numbers, with their unit (``%``, ``hours``)."""

    baseline: float
    target: float
    unit: str


def goal_numbers(course: Course) -> GoalNumbers | None:
    """The numbers in ``business_goal.baseline`` and ``.target`` (``22% of proposals`` -> 22, '%')."""
    goal = course.business_goal
    if goal is None:
        return None
    base, target = _GOAL_NUMBER.search(goal.baseline), _GOAL_NUMBER.search(goal.target)
    if not base or not target:
        return None
    units = [word.lower() for word in (base.group(2), target.group(2)) if word and word.lower() not in _NOT_UNITS]
    unit = units[0] if units else ""
    return GoalNumbers(float(base.group(1).replace(",", ".")), float(target.group(1).replace(",", ".")), unit)


def same_unit(written: str, expected: str) -> bool:
    """Whether a unit matches the goal's (case, a plural s and 'percent' for '%' do not matter)."""

    def norm(unit: str) -> str:
        unit = unit.strip().lower()
        unit = "%" if unit in ("percent", "per cent", "pct") else unit
        return unit[:-1] if unit.endswith("s") and len(unit) > 2 else unit

    return norm(written) == norm(expected)


def data_files(root: Path, folder: str) -> list[Path]:
    """The ``*.csv`` files of ``<portal>/<folder>/``, sorted."""
    base = root / folder
    return sorted(p for p in base.glob("*.csv") if p.is_file()) if base.is_dir() else []


def _rows(root: Path, rel: str) -> tuple[list[list[str]], list[DataProblem]]:
    """The rows of ``root/rel``; read only when its real path is inside the portal (``metrics/`` may
    not be a link to a folder elsewhere)."""
    path = root / rel
    real_root, real = os.path.realpath(root), os.path.realpath(path)
    if os.path.commonpath([real_root, real]) != real_root:
        message = (
            f"'{rel}' is reached through a link that leads outside the portal folder, so lxkit "
            "does not read it: replace the link with a copy of the file or folder"
        )
        return [], [DataProblem(rel, 1, 1, message)]
    try:
        if path.stat().st_size > MAX_BYTES:
            return [], [
                DataProblem(
                    rel, 1, 1, f"the file is larger than {MAX_BYTES // 1_000_000} MB; keep one row per measurement"
                )
            ]
        text = read_limited(root, path, MAX_BYTES).decode("utf-8-sig")  # no link out of the portal
    except RefusedFile as refused:
        return [], [DataProblem(rel, 1, 1, refused.message.replace("courses folder", "portal folder"))]
    except (OSError, UnicodeDecodeError) as error:
        return [], [DataProblem(rel, 1, 1, f"cannot read the file ({error}); save it as UTF-8 text")]
    lines = text.splitlines()
    nul = _nul_problem(lines, rel)
    return ([], [nul]) if nul else _parsed(lines, rel)


def _parsed(lines: list[str], rel: str) -> tuple[list[list[str]], list[DataProblem]]:
    """The rows of a CSV text, one a line; a quote left open or a huge cell makes the file one problem."""
    reader = csv.reader(lines)
    rows: list[list[str]] = []
    start = 1
    try:
        for row in reader:
            if reader.line_num > start:  # a quoted cell ran on into the next line(s)
                message = (
                    'a quote (") opened on this line is not closed on it, so the lines after it would be read as '
                    "part of one cell and the file is not read: close the quote or delete it"
                )
                return [], [DataProblem(rel, start, lines[start - 1].rfind('"') + 1, message)]
            rows.append(row)
            start = reader.line_num + 1
    except csv.Error:
        message = (
            f"a cell starting on this line is longer than {csv.field_size_limit()} characters, so the file is not "
            'read: shorten it, or close the quote (") left open in it'
        )
        return [], [DataProblem(rel, start, 1, message)]
    return rows, []


def _nul_problem(lines: list[str], rel: str) -> DataProblem | None:
    """The first NUL character of a file, at its line and column (a file with one is skipped whole)."""
    found = [(number, line.index("\0") + 1) for number, line in enumerate(lines, start=1) if "\0" in line]
    if not found:
        return None
    count = sum(line.count("\0") for line in lines)
    others = {1: "", 2: " and the other one in the file"}.get(count, f" and the {count - 1} others in the file")
    message = (
        f"a NUL character (\\u0000) is in this cell, so the file is not read: delete it{others}; "
        "a file saved as UTF-16 has one after every letter: save it again as CSV UTF-8"
    )
    return DataProblem(rel, found[0][0], found[0][1], message)


def _header(
    rows: list[list[str]], rel: str, required: tuple[str, ...], optional: tuple[str, ...]
) -> tuple[dict[str, int], list[DataProblem]]:
    names = [cell.strip().lower() for cell in rows[0]] if rows else []
    missing = [name for name in required if name not in names]
    unknown = [name for name in names if name and name not in required + optional]
    wanted = ",".join(required) + "".join(f"[,{o}]" for o in optional)
    if missing or unknown:
        separator = other_separator(rows[0] if rows else [])
        if separator:
            return {}, [DataProblem(rel, 1, 1, separator_message(separator, rows[0][0]))]
        what = f"missing column(s) {', '.join(missing)}" if missing else f"unknown column(s) {', '.join(unknown)}"
        return {}, [DataProblem(rel, 1, 1, f"{what}: the first line must name the columns {wanted}")]
    return {name: names.index(name) for name in names if name}, []


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()) else None
    except ValueError:
        return None


def orphan_files(root: Path, course_ids: Iterable[str]) -> list[DataProblem]:
    """Files in ``metrics/`` or ``cohorts/`` named after no course (``course_ids``: every course folder)."""
    known = set(course_ids)
    listed = ", ".join(sorted(known)) or "none"
    problems = []
    for folder, what in ((METRICS_DIR, "metric values"), (COHORTS_DIR, "cohorts")):
        for path in data_files(root, folder):
            if path.stem not in known:
                close = difflib.get_close_matches(path.stem, sorted(known), n=1)
                rename = f"rename it to {folder}/{close[0]}.csv" if close else f"e.g. {folder}/<course-id>.csv"
                message = (
                    f"there is no course '{path.stem}' for these {what}: name the file after a course id "
                    f"({listed}), {rename}"
                )
                problems.append(DataProblem(f"{folder}/{path.name}", 1, 1, message))
    return problems


def _too_long(row: list[str], header: list[str], rel: str, line: int, problems: list[DataProblem]) -> bool:
    """Whether a line has more cells than the header names (its values would land in the wrong columns:
    the line is reported and not read)."""
    names = [cell.strip() for cell in header]
    while names and not names[-1]:
        names.pop()
    if len(row) <= len(names) or not any(cell.strip() for cell in row[len(names) :]):
        return False
    column, message = extra_cells(row, names)
    problems.append(DataProblem(rel, line, column, message))
    return True


def _date_message(text: str, what: str, example: str) -> str:
    """A cell that is no YYYY-MM-DD date: the exact date to write when it can be told."""
    fix = date_fix(text) or f"write {what} as YYYY-MM-DD, e.g. {example}"
    return f"'{text}' is not a date: {fix}"


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return row[index].strip() if index is not None and index < len(row) else ""


def _col(columns: dict[str, int], name: str) -> int:
    return columns.get(name, 0) + 1


def _per_course(
    portal: Portal, read_file: Callable[[Course, Path], tuple[tuple[T, ...], list[DataProblem]]]
) -> tuple[dict[str, tuple[T, ...]], list[DataProblem]]:
    """One data file per course read with ``read_file``: the valid items by course folder, and every problem."""
    found: dict[str, tuple[T, ...]] = {}
    problems: list[DataProblem] = []
    for course in portal.courses:
        items, file_problems = read_file(course, Path(portal.config.root))
        problems.extend(file_problems)
        if items:
            found[course.folder] = items
    return found, problems


def read_metrics(portal: Portal) -> tuple[dict[str, tuple[MetricPoint, ...]], list[DataProblem]]:
    """The ``metrics/<course-id>.csv`` of every course of a portal: valid points per course, and the problems."""
    teams = portal_teams(portal.config.raw)
    return _per_course(portal, lambda course, root: metric_file(course, root, teams))


def metric_file(
    course: Course, root: Path, teams: Mapping[str, str] | None = None
) -> tuple[tuple[MetricPoint, ...], list[DataProblem]]:
    """The measured values of one course's metric (none when it has no file), and the file's problems
    (``teams``: the portal's teams, id to name, that a row's team must be one of)."""
    rel = f"{METRICS_DIR}/{course.folder}.csv"
    path = root / rel
    if not path.is_file():
        return (), []
    if course.business_goal is None or not course.business_goal.metric:
        message = (
            f"course '{course.folder}' declares no business goal metric: "
            f"add business_goal.metric (with baseline and target) to {course.path}"
        )
        return (), [DataProblem(rel, 1, 1, message)]
    rows, problems = _rows(root, rel)
    columns, header = _header(rows, rel, ("date", "value"), ("unit", "team"))
    if problems or header:
        return (), problems or header  # an unreadable file: one finding
    goal = goal_numbers(course)
    points = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if _too_long(row, rows[0], rel, number, problems):
            continue
        point, row_problems = _metric_row(row, columns, rel, number, goal)
        wrong_team = team_problem(_cell(row, columns, "team"), teams or {})
        if wrong_team:
            row_problems.append(DataProblem(rel, number, _col(columns, "team"), wrong_team))
        problems.extend(row_problems)
        if point is not None and not row_problems:
            points.append(point)
    return tuple(sorted(points, key=lambda p: (p.day, p.team))), problems


def _metric_row(
    row: list[str], columns: dict[str, int], rel: str, line: int, goal: GoalNumbers | None
) -> tuple[MetricPoint | None, list[DataProblem]]:
    problems = []
    day_text, value_text = _cell(row, columns, "date"), _cell(row, columns, "value")
    day = _date(day_text)
    if day is None:
        problems.append(DataProblem(rel, line, _col(columns, "date"), _date_message(day_text, "it", "2026-03-31")))
    value = float(value_text) if _NUMBER.match(value_text) else None
    if value is None:
        hint = value_text.replace(",", ".").rstrip("% ") if value_text else "12.5"
        problems.append(
            DataProblem(
                rel,
                line,
                _col(columns, "value"),
                f"'{value_text}' is not a number: write digits with a dot for decimals and no unit, e.g. {hint}",
            )
        )
    problems.extend(_unit_problems(row, columns, rel, line, goal, value))
    if day is None or value is None:
        return None, problems
    return MetricPoint(day, value, _cell(row, columns, "team")), problems


def _unit_problems(
    row: list[str], columns: dict[str, int], rel: str, line: int, goal: GoalNumbers | None, value: float | None
) -> list[DataProblem]:
    """A unit other than the goal's, or a percentage outside 0-100 when the goal is in percent."""
    unit = _cell(row, columns, "unit")
    if goal and unit and goal.unit and not same_unit(unit, goal.unit):
        message = (
            f"unit '{unit}' does not match the course's metric, whose baseline and target are in "
            f"'{goal.unit}': convert the value and write {goal.unit}"
        )
        return [DataProblem(rel, line, _col(columns, "unit"), message)]
    if goal and value is not None and goal.unit == "%" and not 0 <= value <= 100:
        message = (
            f"{_cell(row, columns, 'value')} is not a percentage between 0 and 100, as the course's baseline and "
            "target are: write the share in percent"
        )
        return [DataProblem(rel, line, _col(columns, "value"), message)]
    return []


def read_cohorts(portal: Portal) -> tuple[dict[str, tuple[Cohort, ...]], list[DataProblem]]:
    """The ``cohorts/<course-id>.csv`` of every course of a portal: valid cohorts per course, and the problems."""
    return _per_course(portal, cohort_file)


def cohort_file(course: Course, root: Path) -> tuple[tuple[Cohort, ...], list[DataProblem]]:
    """The cohorts of one course (none when it has no file), and the file's problems."""
    rel = f"{COHORTS_DIR}/{course.folder}.csv"
    path = root / rel
    if not path.is_file():
        return (), []
    rows, problems = _rows(root, rel)
    columns, header = _header(rows, rel, ("cohort", "start"), ())
    if problems or header:
        return (), problems or header  # an unreadable file: one finding
    cohorts = _cohort_rows(rows, columns, rel, problems)
    return tuple(sorted(cohorts, key=lambda c: c.start)), problems


def _cohort_rows(rows: list[list[str]], columns: dict[str, int], rel: str, problems: list[DataProblem]) -> list[Cohort]:
    cohorts: list[Cohort] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row) or _too_long(row, rows[0], rel, number, problems):
            continue
        name, start_text = _cell(row, columns, "cohort"), _cell(row, columns, "start")
        start = _date(start_text)
        if not name:
            problems.append(
                DataProblem(rel, number, _col(columns, "cohort"), "the cohort has no name: write one, e.g. 2026-spring")
            )
        elif name in seen:
            problems.append(
                DataProblem(
                    rel,
                    number,
                    _col(columns, "cohort"),
                    f"cohort '{name}' is already on line {seen[name]}: give each cohort its own name",
                )
            )
        if start is None:
            problems.append(
                DataProblem(
                    rel,
                    number,
                    _col(columns, "start"),
                    _date_message(start_text, "the first session's date", "2026-03-04"),
                )
            )
        if name and name not in seen:
            seen[name] = number
            if start is not None:
                cohorts.append(Cohort(name, start))
    return cohorts
