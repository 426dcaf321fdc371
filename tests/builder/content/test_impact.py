"""The impact page: courses grouped by business outcome, with their metric, baseline and target."""

from __future__ import annotations

from lxkit.builder.content.impact import impact_groups, outcome_key
from lxkit.model import Portal


def test_courses_with_the_same_outcome_are_grouped(portal: Portal) -> None:
    groups = impact_groups(portal)
    assert [g.outcome for g in groups] == ["Faster onboarding", "Fewer wrong decisions from misread dashboards."]
    dashboards = groups[1]
    assert [(c.course_id, c.metric, c.baseline, c.target) for c in dashboards.courses] == [
        ("data-basics", "Escalated dashboard questions per month", "40", "20"),
        ("facilitation", "Workshops run", "2", "10"),
    ]


def test_retired_courses_are_left_out(portal: Portal) -> None:
    assert all(c.course_id != "old" for g in impact_groups(portal) for c in g.courses)


def test_outcome_key_ignores_case_spacing_and_final_stop() -> None:
    assert outcome_key("  Fewer   wrong decisions. ") == outcome_key("fewer wrong decisions")
