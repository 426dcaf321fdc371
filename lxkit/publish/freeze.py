"""``lxkit publish --freeze COURSE``: build a course at its version into a release that never changes.

Each release is a small portal of that one course (learner view, and the trainer view unless
``--no-trainer``), built for ``<site>/courses/<course>/<version>/`` with a banner saying which
release it is. :func:`plan_releases` checks everything before any build; :func:`stage_releases`
(under the deploy lock) checks again and adds the release folders and ``releases.json`` to the
change. See :mod:`lxkit.publish.releases` for the record.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from lxkit.builder.api import BuildOptions, build_portal
from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.loader import load_portal
from lxkit.model import PortalConfig
from lxkit.publish.releases import Release, add_release, dump_releases, parse_releases
from lxkit.publish.targets import DeployTarget
from lxkit.publish.versions import RELEASES_FILE


def read_releases(target: DeployTarget) -> tuple[Release, ...]:
    """The target's frozen releases (none when it has no ``releases.json``)."""
    text = target.read_text(RELEASES_FILE)
    return () if text is None else parse_releases(text, f"{RELEASES_FILE} in {target.describe()}")


def plan_releases(
    config: PortalConfig, courses: Sequence[str], target: DeployTarget, trainer: bool, today: str | None = None
) -> tuple[Release, ...]:
    """The releases to freeze (course at its front-matter version); every problem is a UsageError before a build."""
    releases = read_releases(target)
    planned: list[Release] = []
    day = today or datetime.datetime.now(datetime.UTC).date().isoformat()
    for course_id in dict.fromkeys(courses):
        course = load_portal(config, only=[course_id]).course(course_id)
        if course is None:
            raise UsageError(
                f"--freeze {course_id}: there is no course folder '{course_id}' in {config.courses_dir}; "
                "give the folder name of a course (see 'lxkit lint' for the courses it finds)"
            )
        if not course.version:
            raise UsageError(f"--freeze {course_id}: the course has no 'version:' in its index.md; add one (1.0.0)")
        release = Release(course_id, course.version, course.title, day, trainer)
        releases = _add(target, releases, release)
        planned.append(release)
    return tuple(planned)


def _add(target: DeployTarget, releases: tuple[Release, ...], release: Release) -> tuple[Release, ...]:
    """``releases`` plus ``release``, refused when it is recorded or its folder exists (a release is written once)."""
    added = add_release(releases, release, target.describe())
    if target.read_text(f"{release.folder}/index.html") is not None:
        raise UsageError(
            f"{release.folder}/ already exists in the {target.describe()} although {RELEASES_FILE} does not list it; "
            "a frozen release is never overwritten: restore releases.json, or move that folder away first"
        )
    return added


def build_releases(
    config: PortalConfig,
    planned: Sequence[Release],
    base_url: str | None,
    scratch: Path,
    console: Console,
    contributors: Mapping[str, Any] | None,
) -> dict[str, Path]:
    """Build each planned release into ``scratch``; returns release folder -> built site."""
    built = {}
    for release in planned:
        portal = load_portal(config, only=[release.course])
        site = scratch / "releases" / release.course / release.version
        options = BuildOptions(
            site_dir=site,
            clean=True,
            trainer=release.trainer,
            site_url=f"{base_url.rstrip('/')}/{release.folder}/" if base_url else None,
            extra={"lxkit_frozen": {"version": release.version, "frozen": release.frozen, "title": release.title}},
            cache_dir=scratch / "cache-releases" / release.course,
        )
        console.info(f"Freezing {release.course} {release.version}")
        if contributors is None:
            build_portal(config, options, console, portal=portal)
        else:
            build_portal(config, options, console, portal=portal, contributors=contributors)
        built[release.folder] = site
    return built


def stage_releases(
    target: DeployTarget, tree: Path, planned: Sequence[Release], built: Mapping[str, Path]
) -> list[str]:
    """Under the lock: check the releases again, move them into ``tree`` with ``releases.json``; the names."""
    if not planned:
        return []
    releases = read_releases(target)
    for release in planned:
        releases = _add(target, releases, release)
        destination = tree / release.folder
        destination.parent.mkdir(parents=True, exist_ok=True)
        built[release.folder].rename(destination)
    tree.mkdir(parents=True, exist_ok=True)
    (tree / RELEASES_FILE).write_text(dump_releases(releases), encoding="utf-8")
    return [*(release.folder for release in planned), RELEASES_FILE]
