"""Generate realistic xAPI statements for a portal's courses, with known answers for the tests.

    python bench/insights_generate.py OUT.jsonl [--portal mkdocs.yml] [--statements 1000000] [--seed 7]
        [--data-dir DIR]   # also write cohorts/<course>.csv and metrics/<course>.csv into DIR

The statements follow the portal's xAPI vocabulary (docs/xapi.md; README "Learning records");
the learners who make them, and :class:`Truth`, the counts the insights must find, are
``bench/insights_learners.py``. This file writes them as JSON lines, and the co-created data:
each cohort's start, and the business metric, which stays at its baseline until the first cohort
ends and then moves towards the target.

The tests import this file (``importlib``) and generate a few thousand statements; the benchmark
generates millions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from insights_learners import (  # noqa: E402  (bench/ is not a package)
    LATE_TEAM,
    SMALL_TEAM,
    Generator,
    ModuleShape,
    Planted,
    QuestionShape,
    Truth,
    course_shape,
    plant,
)

from lxkit.model import Course, Portal  # noqa: E402

__all__ = [
    "LATE_TEAM",
    "SMALL_TEAM",
    "Generator",
    "ModuleShape",
    "Planted",
    "QuestionShape",
    "Truth",
    "cohorts_csv",
    "course_shape",
    "goal_numbers",
    "main",
    "metric_csv",
    "plant",
    "write_data",
    "write_jsonl",
]

# -- co-created data: cohorts and the business metric ---------------------------------------------------------------

NUMBER = re.compile(r"(-?\d+(?:\.\d+)?)\s*(%|[A-Za-z]+)?")


def goal_numbers(course: Course) -> tuple[float, float, str] | None:
    """Baseline, target and unit of a course's business goal (``22% of ...`` -> 22, '%')."""
    goal = course.business_goal
    if goal is None:
        return None
    base, target = NUMBER.search(goal.baseline), NUMBER.search(goal.target)
    if not base or not target:
        return None
    return float(base.group(1)), float(target.group(1)), (base.group(2) or "").lower()


def cohorts_csv(cohorts: list[tuple[str, date]]) -> str:
    """``cohorts/<course>.csv``: cohort name and the date of its first session."""
    return "cohort,start\n" + "".join(f"{name},{start:%Y-%m-%d}\n" for name, start in cohorts)


def metric_csv(course: Course, cohorts: list[tuple[str, date]], weeks: int) -> str:
    """``metrics/<course>.csv``: monthly values at the baseline until the first cohort ends, then rising."""
    numbers = goal_numbers(course)
    if numbers is None or not cohorts:
        return ""
    baseline, target, unit = numbers
    first_end = cohorts[0][1] + timedelta(days=7 * weeks)
    month = date(cohorts[0][1].year - 1, cohorts[0][1].month, 1)
    last = cohorts[-1][1] + timedelta(days=7 * weeks + 120)
    rows, step = [], 0
    while month <= last:
        if month > first_end:
            step += 1
        value = baseline + (target - baseline) * min(1.0, step / 10) * 0.8
        rows.append(f"{month:%Y-%m-%d},{value:.1f},{unit}\n")
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return "date,value,unit\n" + "".join(rows)


def write_data(portal: Portal, truth: Truth, folder: Path) -> None:
    """Write ``cohorts/`` and ``metrics/`` CSV files for the generated cohorts into ``folder``."""
    for course in portal.courses:
        cohorts = truth.cohorts.get(course.folder)
        if not cohorts:
            continue
        (folder / "cohorts").mkdir(parents=True, exist_ok=True)
        (folder / "cohorts" / f"{course.folder}.csv").write_text(cohorts_csv(cohorts), "utf-8")
        weeks = max((m.week or 1) for m in course.modules)
        text = metric_csv(course, cohorts, weeks)
        if text:
            (folder / "metrics").mkdir(parents=True, exist_ok=True)
            (folder / "metrics" / f"{course.folder}.csv").write_text(text, "utf-8")


def write_jsonl(portal: Portal, out: Path, statements: int, seed: int = 7) -> Truth:
    """Write about ``statements`` statements as JSON lines; the known answers."""
    generator = Generator(portal, seed=seed)
    dumps = json.JSONEncoder(separators=(",", ":")).encode
    with out.open("w", encoding="utf-8") as handle:
        batch: list[str] = []
        for statement in generator.statements(statements):
            batch.append(dumps(statement))
            if len(batch) >= 10_000:
                handle.write("\n".join(batch) + "\n")
                batch.clear()
        if batch:
            handle.write("\n".join(batch) + "\n")
    return generator.truth


def main(argv: list[str] | None = None) -> int:
    """Command line: write statements (and, with --data-dir, the cohort and metric files)."""
    from lxkit.config import load_config
    from lxkit.loader import load_portal

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--portal", type=Path, default=Path(__file__).resolve().parent.parent / "mkdocs.yml")
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args(argv)
    portal = load_portal(load_config(args.portal))
    truth = write_jsonl(portal, args.out, args.statements, args.seed)
    if args.data_dir:
        write_data(portal, truth, args.data_dir)
    print(f"{truth.statements} statements -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
