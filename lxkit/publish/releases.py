"""Frozen course releases (pure): ``releases.json`` next to ``versions.json`` and what the pages show of it.

A cohort is taught from one version of a course while its authors keep improving it. ``lxkit
publish --freeze COURSE`` builds the course at the version its front-matter names into
``courses/<course>/<version>/`` of the deploy tree (a small portal of that one course, with its
trainer view) and records it here. A release is written once and never again: freezing the same
version twice is refused, and no later publish touches the folder. Progress keys
(``lxkit.progress.v1:<course>@<version>``) follow the version, so a learner's ticks in a frozen
release stay apart from those of a newer version.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from lxkit.exceptions import UsageError
from lxkit.publish.versions import RELEASES_DIR, RELEASES_FILE, check_name, loose_version_key

TRAINER_PREFIX = "trainer/"


@dataclass(frozen=True, slots=True)
class Release:
    """One frozen release: a course at one version, frozen on a date (ISO ``YYYY-MM-DD``)."""

    course: str
    version: str
    title: str
    frozen: str
    trainer: bool = True

    @property
    def folder(self) -> str:
        """The release's folder in the deploy tree (``courses/<course>/<version>``)."""
        return f"{RELEASES_DIR}/{self.course}/{self.version}"

    def course_page(self, trainer: bool = False) -> str:
        """The path of the release's course page, from the deploy root."""
        view = TRAINER_PREFIX if trainer and self.trainer else ""
        return f"{self.folder}/{view}{RELEASES_DIR}/{self.course}/"


def check_release(course: str, version: str) -> None:
    """Refuse a course id or version that cannot be a folder name of the deploy tree."""
    check_name(course, "course id")
    check_name(version, "course version")


def parse_releases(text: str, source: str = RELEASES_FILE) -> tuple[Release, ...]:
    """Read ``releases.json``; a file lxkit did not write is a UsageError."""
    try:
        data = json.loads(text)
        if not isinstance(data, list):
            raise TypeError("the top level is not a list")
        releases = tuple(_release(item) for item in data)
    except (ValueError, TypeError, KeyError) as error:
        raise UsageError(
            f"{source} is not lxkit's list of frozen releases ({error}); restore it from history"
        ) from error
    return ordered(releases)


def _release(item: Any) -> Release:
    if not isinstance(item, dict):
        raise TypeError("each entry is an object")
    fields = {name: item[name] for name in ("course", "version", "title", "frozen")}
    if not all(isinstance(value, str) for value in fields.values()):
        raise TypeError("course, version, title and frozen are texts")
    return Release(**fields, trainer=bool(item.get("trainer", True)))


def dump_releases(releases: Iterable[Release]) -> str:
    """``releases.json`` text: courses by id, each course's releases newest first."""
    return json.dumps([_to_json(release) for release in ordered(releases)], indent=2) + "\n"


def _to_json(release: Release) -> dict[str, Any]:
    return {
        "course": release.course,
        "version": release.version,
        "title": release.title,
        "frozen": release.frozen,
        "trainer": release.trainer,
        "path": release.folder + "/",
    }


def ordered(releases: Iterable[Release]) -> tuple[Release, ...]:
    """Releases by course id, then newest version first."""
    by_version = sorted(releases, key=lambda r: loose_version_key(r.version), reverse=True)
    return tuple(sorted(by_version, key=lambda r: r.course))


def find(releases: Iterable[Release], course: str, version: str) -> Release | None:
    """The release of ``course`` at ``version``, if it was frozen."""
    return next((r for r in releases if r.course == course and r.version == version), None)


def add_release(releases: tuple[Release, ...], release: Release, source: str) -> tuple[Release, ...]:
    """``releases`` with ``release`` added; freezing a version again is a UsageError (a release never changes)."""
    check_release(release.course, release.version)
    existing = find(releases, release.course, release.version)
    if existing is not None:
        raise UsageError(
            f"{release.course} {release.version} was frozen on {existing.frozen} in the {source}, and a frozen "
            f"release never changes: raise 'version:' in the course's index.md (and add a changelog entry) "
            "to freeze the course as it is now"
        )
    return ordered([*releases, release])


def releases_extra(releases: Iterable[Release]) -> dict[str, list[dict[str, str]]]:
    """What a course page shows of its releases (MkDocs ``extra.lxkit_releases``): course id -> newest first.

    Paths are relative to the deploy root; the theme puts the page's way up in front.
    """
    shown: dict[str, list[dict[str, str]]] = {}
    for release in ordered(releases):
        shown.setdefault(release.course, []).append(
            {
                "version": release.version,
                "frozen": release.frozen,
                "learner": release.course_page(),
                "trainer": release.course_page(trainer=True),
            }
        )
    return shown
