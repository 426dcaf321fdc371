"""The capability matrix: framework rows, stages per course, gaps, unknown capabilities, no retired courses."""

from __future__ import annotations

from lxkit.builder.content.matrix import capability_matrix
from lxkit.model import Portal


def test_rows_follow_the_framework_then_unknown_capabilities(portal: Portal) -> None:
    rows = capability_matrix(portal)
    assert [r.capability.id for r in rows] == ["data-literacy", "statistics", "facilitation", "unknown-skill"]
    assert [r.in_framework for r in rows] == [True, True, True, False]


def test_cells_list_the_stages_each_course_covers(portal: Portal) -> None:
    data = capability_matrix(portal)[0]
    assert [c.course_id for c in data.courses] == ["data-basics"]  # the retired course is left out
    assert data.courses[0].stages == ("awareness", "application")
    assert [c.course_id for c in data.courses_at("application")] == ["data-basics"]
    assert data.courses_at("measurement") == ()


def test_gaps_are_the_stages_no_course_covers(portal: Portal) -> None:
    data = capability_matrix(portal)[0]
    assert data.covered == ("awareness", "application")
    assert data.gaps == ("capability-building", "reinforcement", "measurement")


def test_a_capability_without_courses_is_all_gaps(tmp_path: object) -> None:
    from lxkit.model import Capability, PortalConfig

    config = PortalConfig("/x", "/x/mkdocs.yml", "X", "courses", (Capability("lonely", "Lonely", "No course yet"),))
    row = capability_matrix(Portal(config, ()))[0]
    assert row.courses == () and len(row.gaps) == 5
