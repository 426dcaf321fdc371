"""The full MkDocs build: stage every page into a docs_dir and run ``mkdocs build`` on it, per view.

Used when the incremental engine cannot vouch for the result: a portal that configures MkDocs
plugins or hooks other than search (they may read any page while rendering another), or a
navigation that lists courses. Slower, always correct, and the reference the engine is tested against.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from lxkit.builder.content.assets import course_assets
from lxkit.builder.content.pages import Contributors, Flavour
from lxkit.builder.content.stage import stage_portal
from lxkit.builder.images import with_renditions
from lxkit.builder.render.mkdocs_config import load_mkdocs_config, read_raw_settings, settings_for_build, view_extra
from lxkit.builder.render.pdf import staged_bytes
from lxkit.builder.render.runner import run_mkdocs
from lxkit.builder.writer import copy_if_changed, remove_stale, write_if_changed
from lxkit.console import Console
from lxkit.loader import courses_root
from lxkit.model import Course, Portal, PortalConfig

SEARCH_PLUGINS = frozenset({"search", "material/search"})


def plugin_names(raw_settings: dict[str, Any]) -> list[str]:
    """Names of the MkDocs plugins a portal's settings configure (search by default)."""
    names = []
    for entry in raw_settings.get("plugins") or ["search"]:
        if isinstance(entry, str):
            names.append(entry)
        elif isinstance(entry, dict):
            names.extend(str(name) for name in entry)
    return names


def needs_full_build(config: PortalConfig) -> str:
    """Why the portal needs a full MkDocs build ("" when the incremental engine can build it)."""
    from lxkit.builder.content.deps import reads_courses

    raw = read_raw_settings(config)
    others = [name for name in plugin_names(raw) if name not in SEARCH_PLUGINS]
    if others:
        return f"the portal configures MkDocs plugins ({', '.join(others)})"
    if raw.get("hooks"):
        return "the portal configures MkDocs hooks"
    for flavour in Flavour:
        if reads_courses(config, partial(_navigation, flavour=flavour))[1]:
            return "the navigation lists courses"
    return ""


def _navigation(portal: Portal, flavour: Flavour) -> list[Any]:
    from lxkit.builder.content.portal_pages import navigation

    return list(navigation(portal, flavour))


def with_pictures(portal: Portal, cache: Path | None) -> tuple[Portal, list[tuple[str, bytes]]]:
    """The portal (without the pictures that cannot be decoded) and every course picture's renditions."""
    courses: list[Course] = []
    files: list[tuple[str, bytes]] = []
    for course in portal.courses:
        checked, renditions = with_renditions(courses_root(portal.config), course, cache)
        courses.append(checked)
        files.extend(renditions)
    return replace(portal, courses=tuple(courses)), files


def stage(
    portal: Portal,
    flavour: Flavour,
    stage_dir: Path,
    contributors: Contributors | None = None,
    insights: Any = None,
    pictures: Sequence[tuple[str, bytes]] = (),
) -> int:
    """Write one view's docs_dir (only changed files); returns the number of pages."""
    pages = stage_portal(portal, flavour, contributors, insights)
    keep = []
    for page in pages:
        write_if_changed(stage_dir / page.path, staged_bytes(page.path, page.content))
        keep.append(page.path)
    for path, data in pictures:
        write_if_changed(stage_dir / path, data)
        keep.append(path)
    for source, target in course_assets(portal):
        copy_if_changed(source, stage_dir / target)
        keep.append(target)
    remove_stale(stage_dir, keep)
    return len(pages)


def full_build(
    config: PortalConfig,
    portal: Portal,
    views: list[tuple[Flavour, Path, Path, str | None]],
    extra: dict[str, Any],
    console: Console,
    contributors: Contributors | None = None,
    image_cache: Path | None = None,
) -> tuple[int, list[str]]:
    """Build each ``(view, stage folder, site folder, site URL)``; returns pages staged and MkDocs' warnings."""
    from lxkit.builder.content.portal_pages import navigation
    from lxkit.builder.insight_input import load_insight_input

    pages = 0
    warnings: list[str] = []
    insights = load_insight_input(config)
    portal, pictures = with_pictures(portal, image_cache)
    for flavour, stage_dir, target, site_url in views:
        console.info(f"Building the {flavour.value} view of {len(portal.courses)} course(s) with MkDocs...")
        pages += stage(portal, flavour, stage_dir, contributors, insights, pictures)
        nav = navigation(portal, flavour, insights is not None)
        settings = settings_for_build(
            config, stage_dir, target, nav, site_url, view_extra(extra, flavour.value, len(views) > 1)
        )
        warnings.extend(run_mkdocs(load_mkdocs_config(config, settings)))
    return pages, warnings
