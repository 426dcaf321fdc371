"""The record of frozen releases: order, file format, a release frozen once, and what course pages get."""

from __future__ import annotations

import json

import pytest

from lxkit.exceptions import UsageError
from lxkit.publish.releases import Release, add_release, dump_releases, parse_releases, releases_extra

OLD = Release("data-basics", "1.0.0", "Data basics", "2026-01-15")
NEW = Release("data-basics", "1.10.0", "Data basics", "2026-06-01", trainer=False)
OTHER = Release("ai-leads", "2.0.0", "AI for team leads", "2026-03-01")


def test_releases_are_ordered_by_course_then_newest_first_and_read_back() -> None:
    releases: tuple[Release, ...] = ()
    for release in (OLD, OTHER, NEW):
        releases = add_release(releases, release, "folder x")
    assert releases == (OTHER, NEW, OLD)
    text = dump_releases(releases)
    assert json.loads(text)[1] == {
        "course": "data-basics",
        "version": "1.10.0",
        "title": "Data basics",
        "frozen": "2026-06-01",
        "trainer": False,
        "path": "courses/data-basics/1.10.0/",
    }
    assert parse_releases(text) == releases


def test_a_release_is_frozen_once() -> None:
    with pytest.raises(UsageError, match="frozen on 2026-01-15 in the branch gh-pages, and a frozen release never"):
        add_release((OLD,), Release("data-basics", "1.0.0", "Renamed", "2026-12-01"), "branch gh-pages")


@pytest.mark.parametrize("version", ["../1.0.0", "1.0.0/x", "*", ""])
def test_versions_that_cannot_be_folders_are_refused(version: str) -> None:
    with pytest.raises(UsageError, match="course version"):
        add_release((), Release("data-basics", version, "Data basics", "2026-01-15"), "folder x")


@pytest.mark.parametrize(
    "text", ["{", "{}", "[1]", '[{"course": "a"}]', '[{"course": 1, "version": "1", "title": "", "frozen": ""}]']
)
def test_a_file_lxkit_did_not_write_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError, match="frozen releases"):
        parse_releases(text)


def test_course_pages_get_links_from_the_deploy_root_for_each_view() -> None:
    shown = releases_extra([OLD, NEW])
    assert shown == {
        "data-basics": [
            {
                "version": "1.10.0",
                "frozen": "2026-06-01",
                "learner": "courses/data-basics/1.10.0/courses/data-basics/",
                "trainer": "courses/data-basics/1.10.0/courses/data-basics/",
            },
            {
                "version": "1.0.0",
                "frozen": "2026-01-15",
                "learner": "courses/data-basics/1.0.0/courses/data-basics/",
                "trainer": "courses/data-basics/1.0.0/trainer/courses/data-basics/",
            },
        ]
    }
