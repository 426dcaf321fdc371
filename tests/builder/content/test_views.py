"""Links between the learner view and the trainer view."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest

from lxkit.builder.api import TRAINER_DIR
from lxkit.builder.content.pages import Flavour
from lxkit.builder.content.stage import stage_portal
from lxkit.builder.content.views import TRAINER_PREFIX, switch_url, trainer_view_enabled, view_facts
from lxkit.model import Portal


def test_trainer_prefix_matches_where_the_build_puts_the_trainer_view() -> None:
    assert TRAINER_PREFIX == TRAINER_DIR + "/"


@pytest.mark.parametrize(
    ("page", "to_trainer", "to_learner"),
    [
        ("", "trainer/", "../"),
        ("capabilities/", "../trainer/capabilities/", "../../capabilities/"),
        ("courses/c/", "../../trainer/courses/c/", "../../../courses/c/"),
        ("courses/c/01-x/", "../../../trainer/courses/c/01-x/", "../../../../courses/c/01-x/"),
    ],
)
def test_switch_links_point_at_the_same_page_in_the_other_view(page: str, to_trainer: str, to_learner: str) -> None:
    assert switch_url(page, trainer=False) == to_trainer
    assert switch_url(page, trainer=True) == to_learner


def test_a_trainer_only_page_switches_to_its_counterpart() -> None:
    assert switch_url("courses/c/guide/", True, "courses/c/") == "../../../../courses/c/"
    assert view_facts("courses/c/guide/", True, "courses/c/") == {
        "view": "trainer",
        "switch_url": "../../../../courses/c/",
    }


def test_no_switch_to_a_trainer_view_the_portal_does_not_publish(portal: Portal) -> None:
    config = dataclasses.replace(portal.config, raw=MappingProxyType({**portal.config.raw, "trainer_view": False}))
    quiet = dataclasses.replace(portal, config=config)
    assert trainer_view_enabled(portal) and not trainer_view_enabled(quiet)
    for page in stage_portal(quiet, Flavour.LEARNER):
        assert "switch_url" not in page.content, page.path
