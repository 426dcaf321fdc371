"""The catalog's cards and filter choices."""

from __future__ import annotations

from lxkit.builder.content.catalog import audience_key, catalog_filters, course_cards
from lxkit.model import Portal


def test_cards_are_sorted_by_status_then_title_and_carry_filter_keys(portal: Portal) -> None:
    cards = course_cards(portal)
    assert [c.course.folder for c in cards] == ["no-goal", "data-basics", "facilitation", "old"]
    data = cards[1]
    assert data.href == "courses/data-basics/"
    assert [c.key for c in data.capabilities] == ["data-literacy", "statistics"]
    assert [a.key for a in data.audiences] == ["engineers", "product-managers"]
    assert data.progress_total == 6  # two modules x (two pre-work items + one exercise)


def test_filters_offer_only_values_that_have_courses(portal: Portal) -> None:
    filters = catalog_filters(portal)
    assert [c.key for c in filters.capabilities] == ["data-literacy", "statistics", "facilitation", "unknown-skill"]
    assert [c.label for c in filters.audiences] == ["Engineers", "Product managers", "Team leads"]
    assert [(c.key, c.label) for c in filters.formats] == [
        ("blended", "Blended"),
        ("flipped-classroom", "Flipped classroom"),
    ]
    assert [c.key for c in filters.statuses] == ["published", "pilot", "retired"]


def test_audience_key() -> None:
    assert audience_key("Software engineers (EU)") == "software-engineers-eu"
