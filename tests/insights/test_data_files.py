"""The numbers of a course's business goal, read for the metric chart and the unit check."""

from __future__ import annotations

from types import SimpleNamespace

from lxkit.insights.data_files import goal_numbers
from lxkit.model import BusinessGoal


def test_a_word_after_the_baseline_number_is_no_unit() -> None:
    def numbers(baseline: str, target: str) -> tuple[float, float, str] | None:
        goal = BusinessGoal(outcome="o", metric="m", baseline=baseline, target=target, line=1)
        found = goal_numbers(SimpleNamespace(business_goal=goal))  # type: ignore[arg-type]
        return (found.baseline, found.target, found.unit) if found else None

    assert numbers("9 in the last quarter", "3 or fewer a quarter") == (9.0, 3.0, "")
    assert numbers("22% of proposals", "35% by December") == (22.0, 35.0, "%")
    assert numbers("4 of 10 decisions", "12 hours a week") == (4.0, 12.0, "hours")
