"""The experts directory: each person once, merged across courses, grouped by what they do."""

from __future__ import annotations

from lxkit.builder.content.experts import directory_capabilities, expert_directory, person_key
from lxkit.model import Owner, Portal


def test_each_person_appears_once_in_the_first_section_that_fits(portal: Portal) -> None:
    sections = expert_directory(portal)
    assert [s.id for s in sections] == ["teach", "sponsor"]
    names = [e.name for s in sections for e in s.experts]
    assert len(names) == len(set(names))
    assert [e.name for e in sections[0].experts] == ["Ada Lovelace", "Carol Coach", "Grace Hopper"]
    assert [e.name for e in sections[1].experts] == ["Bob Business"]


def test_a_person_is_merged_by_email_across_courses_and_roles(portal: Portal) -> None:
    ada = next(e for e in expert_directory(portal)[0].experts if e.name == "Ada Lovelace")
    assert [(t.course_id, t.role) for t in ada.teaching] == [
        ("data-basics", "sme"),
        ("facilitation", "trainer"),
        ("no-goal", "sme"),
    ]
    assert ada.roles == ("sme", "trainer")
    assert ada.github == "ada"


def test_capabilities_follow_the_framework_then_unknown_names(portal: Portal) -> None:
    ada = next(e for e in expert_directory(portal)[0].experts if e.name == "Ada Lovelace")
    assert [c.id for c in ada.capabilities] == ["data-literacy", "statistics", "facilitation", "unknown-skill"]
    assert [c.id for c in directory_capabilities(expert_directory(portal))][:2] == ["data-literacy", "statistics"]


def test_retired_courses_are_left_out(portal: Portal) -> None:
    for section in expert_directory(portal):
        for expert in section.experts:
            assert all(t.course_id != "old" for t in expert.teaching)


def test_person_key_ignores_case_and_spacing() -> None:
    assert person_key(Owner("Ada", "sme", " ADA@Acme.example ", "", 1)) == "ada@acme.example"
    assert person_key(Owner("Ada   Lovelace", "sme", "", "", 1)) == "ada lovelace"
