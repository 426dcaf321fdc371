"""``lxkit build`` end to end: load -> stage -> MkDocs -> site, for learners and trainers."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from lxkit.build.assets import course_assets
from lxkit.build.mkdocs_config import load_mkdocs_config, settings_for_build
from lxkit.build.runner import run_mkdocs
from lxkit.build.stage import Contributors, Flavour, stage_portal
from lxkit.build.writer import copy_if_changed, remove_stale, write_if_changed
from lxkit.console import Console
from lxkit.exceptions import ContentError, UsageError
from lxkit.findings import Severity
from lxkit.loader import load_portal
from lxkit.model import Portal, PortalConfig

CACHE_DIR_NAME = ".lxkit-cache"
TRAINER_DIR = "trainer"


@dataclass(frozen=True)
class BuildOptions:
    """What to build and where; ``extra`` is merged into MkDocs' ``extra`` settings."""

    site_dir: Path
    clean: bool = False
    trainer: bool = True
    site_url: str | None = None
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    cache_dir: Path | None = None


@dataclass(frozen=True)
class BuildResult:
    """What a build produced."""

    site_dir: Path
    courses: int
    pages: int
    seconds: float
    warnings: tuple[str, ...] = ()


def cache_dir(config: PortalConfig) -> Path:
    """lxkit's cache folder in the portal root (safe to delete at any time)."""
    return Path(config.root) / CACHE_DIR_NAME


def default_site_dir(config: PortalConfig) -> Path:
    """``site/`` next to mkdocs.yml, or the ``site_dir`` the portal's settings name."""
    return Path(config.root) / "site"


def check_loadable(portal: Portal) -> None:
    """Stop with every error-severity loader problem (bad YAML, wrong types, missing fields)."""
    errors = [p for p in portal.all_problems() if p.severity is Severity.ERROR]
    if errors:
        raise ContentError(errors, f"the portal cannot be built: {len(errors)} problem(s) in course files")


def nav_for(portal: Portal, flavour: Flavour) -> list[Any]:
    """The site navigation: portal-wide pages only, so page size does not grow with the catalog."""
    from lxkit.build.portal_pages import navigation

    return navigation(portal, flavour)


def stage(portal: Portal, flavour: Flavour, stage_dir: Path, contributors: Contributors | None = None) -> int:
    """Write one flavour's docs_dir (only changed files); returns the number of pages."""
    pages = stage_portal(portal, flavour, contributors)
    keep = []
    for page in pages:
        write_if_changed(stage_dir / page.path, page.content)
        keep.append(page.path)
    for source, target in course_assets(portal):
        copy_if_changed(source, stage_dir / target)
        keep.append(target)
    remove_stale(stage_dir, keep)
    return len(pages)


def build_portal(
    config: PortalConfig,
    options: BuildOptions,
    console: Console,
    portal: Portal | None = None,
    contributors: Contributors | None = None,
) -> BuildResult:
    """Build the portal into ``options.site_dir`` (learner view, plus ``trainer/`` if asked)."""
    started = time.perf_counter()
    portal = portal if portal is not None else load_portal(config)
    check_loadable(portal)
    site_dir = options.site_dir.resolve()
    _check_site_dir(config, site_dir)
    flavours = [Flavour.LEARNER] + ([Flavour.TRAINER] if options.trainer else [])
    warnings: list[str] = []
    pages = 0
    for flavour in flavours:
        console.info(f"Building the {flavour.value} view of {len(portal.courses)} course(s)...")
        stage_dir = (options.cache_dir or cache_dir(config)) / "stage" / flavour.value
        pages += stage(portal, flavour, stage_dir, contributors)
        target = site_dir if flavour is Flavour.LEARNER else site_dir / TRAINER_DIR
        settings = settings_for_build(
            config, stage_dir, target, nav_for(portal, flavour), _site_url(options, flavour), options.extra
        )
        warnings.extend(run_mkdocs(load_mkdocs_config(config, settings)))
    for message in warnings:
        console.detail(f"mkdocs: {message}")
    seconds = time.perf_counter() - started
    return BuildResult(site_dir, len(portal.courses), pages, seconds, tuple(warnings))


def _site_url(options: BuildOptions, flavour: Flavour) -> str | None:
    if options.site_url is None or flavour is Flavour.LEARNER:
        return options.site_url
    return options.site_url.rstrip("/") + f"/{TRAINER_DIR}/"


def _check_site_dir(config: PortalConfig, site_dir: Path) -> None:
    root = Path(config.root).resolve()
    courses = (root / config.courses_dir).resolve()
    if site_dir == root or site_dir in courses.parents or site_dir == courses or courses in site_dir.parents:
        raise UsageError(f"refusing to build into {site_dir}: it would overwrite the portal's sources")
