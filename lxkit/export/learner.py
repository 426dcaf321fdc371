"""The learner view of one course, built by the builder into a folder (IO).

The course is staged exactly as ``lxkit build`` stages its learner view (never facilitator notes)
and rendered by MkDocs and Material with the portal's theme, with settings for a package: no site
URL, no search, no repository or edit links, no trainer-view switch, no instant navigation (each
page is launched on its own by the LMS) and only the portal's local stylesheets and scripts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import MappingProxyType
from typing import Any

from lxkit.builder.content.assets import folder_assets
from lxkit.builder.content.pages import Flavour
from lxkit.builder.content.stage import stage_course
from lxkit.builder.content.urls import course_url
from lxkit.builder.render.mkdocs_config import load_mkdocs_config, settings_for_build
from lxkit.builder.render.runner import run_mkdocs
from lxkit.builder.writer import copy_if_changed, write_if_changed
from lxkit.loader import courses_root
from lxkit.model import Course, Portal
from lxkit.weburls import is_external

PACKAGE_FEATURES_OFF = frozenset(
    {"navigation.instant", "navigation.instant.prefetch", "navigation.footer", "content.action.edit"}
)
SITE_KEYS_OFF = ("site_url", "repo_url", "repo_name", "edit_uri", "google_analytics")


def package_portal(portal: Portal, course: Course) -> Portal:
    """The portal reduced to one course, without repository links, a trainer view or the portal's tracking."""
    raw = {**portal.config.raw, "trainer_view": False}
    raw.pop("edit", None)
    raw.pop("tracking", None)  # the LMS records a package; the portal's own LRS must not get its statements
    config = dataclasses.replace(portal.config, repo_url="", edit_uri="", raw=MappingProxyType(raw))
    return dataclasses.replace(portal, config=config, courses=(course,))


def stage_learner_course(portal: Portal, course: Course, stage_dir: Path) -> None:
    """Write the course's learner pages and its files (images, handouts) into ``stage_dir``."""
    for page in stage_course(portal, course, Flavour.LEARNER):
        write_if_changed(stage_dir / page.path, page.content)
    for source, target in folder_assets(courses_root(portal.config), course):
        copy_if_changed(source, stage_dir / target)


def package_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """MkDocs settings of a package build, from those of a portal build."""
    result = {key: value for key, value in settings.items() if key not in SITE_KEYS_OFF}
    theme = dict(result["theme"])
    theme["features"] = [f for f in theme.get("features", []) if f not in PACKAGE_FEATURES_OFF]
    result["theme"] = theme
    result["plugins"] = []
    extra = dict(result.get("extra") or {})
    for key in ("version", "analytics", "consent", "social"):
        extra.pop(key, None)
    result["extra"] = {**extra, "lxkit_trainer_view": False}
    result["extra_css"] = [c for c in result.get("extra_css", []) if isinstance(c, str) and not is_external(c)]
    result["extra_javascript"] = [j for j in result.get("extra_javascript", []) if _local_script(j)]
    return result


def _local_script(entry: Any) -> bool:
    path = entry.get("path", "") if isinstance(entry, dict) else str(entry)
    return bool(path) and not is_external(path)


def build_learner_course(portal: Portal, course: Course, work_dir: Path) -> Path:
    """Build the learner view of ``course`` under ``work_dir``; returns the site folder."""
    one = package_portal(portal, course)
    stage_dir, site_dir = work_dir / "stage", work_dir / "site"
    stage_learner_course(one, course, stage_dir)
    # The navigation names the course page alone: the module pages get no previous/next links.
    nav = [{course.title: course_url(course.folder) + "index.md"}]
    settings = package_settings(settings_for_build(one.config, stage_dir, site_dir, nav=nav))
    run_mkdocs(load_mkdocs_config(one.config, settings))
    return site_dir
