"""The week a module counts in: one rule for lint, review, the journey chart and plans."""

from __future__ import annotations

from pathlib import Path

from lxkit.config import load_config
from lxkit.lint.engine import lint_portal
from lxkit.loader import load_portal
from lxkit.model import Portal
from lxkit.review.diff import minutes_per_week
from lxkit.schedule import module_week, week_loads
from tests.helpers import MODULE, valid_course, write_portal


def weekless_portal(tmp_path: Path, hours_per_week: str = "4") -> Portal:
    """A three-week course whose module 02 has no ``week``."""
    files = valid_course("demo")
    files["index.md"] = files["index.md"].replace("weeks: 1", "weeks: 3").replace(
        "hours_per_week: 4", f"hours_per_week: {hours_per_week}"
    )
    files["02-more-charts.md"] = MODULE.format(title="More charts").replace("week: 1\n", "")
    files["03-last-charts.md"] = MODULE.format(title="Last charts").replace("week: 1\n", "week: 3\n")
    root = write_portal(tmp_path / "portal", {"demo": files})
    return load_portal(load_config(root / "mkdocs.yml"))


def test_a_module_without_a_week_counts_in_the_week_of_its_number(tmp_path: Path) -> None:
    course = weekless_portal(tmp_path).courses[0]
    assert [(m.number, m.week, module_week(m)) for m in course.modules] == [(1, 1, 1), (2, None, 2), (3, 3, 3)]
    loads = week_loads(course)
    assert [(load.week, load.modules) for load in loads] == [
        (1, ("01-reading-charts",)), (2, ("02-more-charts",)), (3, ("03-last-charts",))
    ]
    assert minutes_per_week(course.modules) == {load.week: load.total for load in loads}


def test_lint_and_review_agree_on_the_week_of_a_module_without_one(tmp_path: Path) -> None:
    portal = weekless_portal(tmp_path, hours_per_week="1")
    course, result = portal.courses[0], lint_portal(portal)
    over = sorted(f.message.split(" asks ")[0] for f in result.findings if f.code == "LX008")
    assert over == [f"week {week}" for week in sorted(minutes_per_week(course.modules))]
    assert not [f for f in result.findings if f.code == "LX010"], "no week is empty: week 2 holds module 02"
