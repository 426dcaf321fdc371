"""The experts directory: people merged across courses, grouped by capability."""

from __future__ import annotations

from lxkit.builder.content.experts import OTHER, experts_by_capability, person_key
from lxkit.model import Owner, Portal


def test_groups_follow_the_framework_then_unknown_then_other(portal: Portal) -> None:
    groups = experts_by_capability(portal)
    assert [g.capability.id for g in groups] == ["data-literacy", "statistics", "facilitation", "unknown-skill", ""]
    assert groups[-1].capability == OTHER


def test_a_person_is_merged_by_email_across_courses_and_roles(portal: Portal) -> None:
    facilitation = next(g for g in experts_by_capability(portal) if g.capability.id == "facilitation")
    names = [e.name for e in facilitation.experts]
    assert names == ["Ada Lovelace", "Carol Coach"]
    other = experts_by_capability(portal)[-1]
    ada = next(e for e in other.experts if e.name == "Ada Lovelace")
    assert [(t.course_id, t.role) for t in ada.teaching] == [("no-goal", "sme")]
    assert ada.github == "ada"


def test_roles_are_distinct_and_in_format_order(portal: Portal) -> None:
    data = experts_by_capability(portal)[0]
    assert [(e.name, e.roles) for e in data.experts] == [
        ("Ada Lovelace", ("sme",)),
        ("Bob Business", ("business",)),
        ("Grace Hopper", ("trainer",)),
    ]


def test_retired_courses_are_left_out(portal: Portal) -> None:
    for group in experts_by_capability(portal):
        for expert in group.experts:
            assert all(t.course_id != "old" for t in expert.teaching)


def test_person_key_ignores_case_and_spacing() -> None:
    assert person_key(Owner("Ada", "sme", " ADA@Acme.example ", "", 1)) == "ada@acme.example"
    assert person_key(Owner("Ada   Lovelace", "sme", "", "", 1)) == "ada lovelace"
