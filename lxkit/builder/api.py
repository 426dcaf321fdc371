"""``lxkit build`` end to end: course files -> staged pages -> MkDocs + Material -> site.

The learner view goes into the site folder, the trainer view into its ``trainer/`` folder. Builds
are incremental (:mod:`lxkit.builder.engine.engine`): the cache in ``.lxkit-cache/`` lets a rebuild render
only the pages whose inputs changed, with the same result as a cold build. Portals that configure
other MkDocs plugins are built with a full MkDocs build (:mod:`lxkit.builder.render.full_build`).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from lxkit.builder.content.pages import Contributors, Flavour
from lxkit.builder.writer import remove_links
from lxkit.console import Console
from lxkit.cores import available_cores
from lxkit.exceptions import ContentError, UsageError
from lxkit.findings import Severity
from lxkit.model import Portal, PortalConfig
from lxkit.tracking.settings import tracking_settings

CACHE_DIR_NAME = ".lxkit-cache"
TRAINER_DIR = "trainer"


@dataclass(frozen=True)
class BuildOptions:
    """What to build and where; ``extra`` is merged into MkDocs' ``extra`` settings.

    ``clean`` ignores (and rebuilds) the cache; ``jobs`` is the number of worker processes
    (default: one per core); ``full_mkdocs`` forces a full MkDocs build of every page.
    """

    site_dir: Path
    clean: bool = False
    trainer: bool = True
    site_url: str | None = None
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    cache_dir: Path | None = None
    jobs: int | None = None
    full_mkdocs: bool = False


@dataclass(frozen=True)
class BuildResult:
    """What a build produced; ``rendered`` counts the pages rendered by this build."""

    site_dir: Path
    courses: int
    pages: int
    seconds: float
    warnings: tuple[str, ...] = ()
    rendered: int = 0


def cache_dir(config: PortalConfig) -> Path:
    """lxkit's cache folder in the portal root (safe to delete at any time)."""
    return Path(config.root) / CACHE_DIR_NAME


def default_site_dir(config: PortalConfig) -> Path:
    """``site/`` next to mkdocs.yml."""
    return Path(config.root) / "site"


def check_loadable(portal: Portal) -> None:
    """Stop with every error-severity loader problem (bad YAML, wrong types, missing fields)."""
    errors = [p for p in portal.all_problems() if p.severity is Severity.ERROR]
    if errors:
        raise ContentError(errors, f"the portal cannot be built: {len(errors)} problem(s) in course files")


def flavours(options: BuildOptions) -> tuple[Flavour, ...]:
    """The views a build makes."""
    return (Flavour.LEARNER, Flavour.TRAINER) if options.trainer else (Flavour.LEARNER,)


def engine_settings(config: PortalConfig, options: BuildOptions) -> Any:
    """The incremental engine's settings for these build options."""
    from lxkit.builder.engine.settings import EngineSettings

    return EngineSettings(
        config=config,
        site_dir=options.site_dir.resolve(),
        cache_dir=(options.cache_dir or cache_dir(config)).resolve(),
        flavours=tuple(f.value for f in flavours(options)),
        site_url=options.site_url,
        extra=options.extra,
        jobs=options.jobs if options.jobs is not None else available_cores(),
    )


def build_portal(
    config: PortalConfig,
    options: BuildOptions,
    console: Console,
    portal: Portal | None = None,
    contributors: Contributors | None = None,
) -> BuildResult:
    """Build the portal into ``options.site_dir`` (learner view, plus ``trainer/`` if asked)."""
    from lxkit.builder.engine.engine import Engine
    from lxkit.builder.render.full_build import needs_full_build

    if portal is not None:
        check_loadable(portal)
    tracking_settings(config)  # wrong tracking settings stop the build at once (exit 2)
    check_site_dir(config, options.site_dir)
    site_dir = options.site_dir.resolve()
    reason = "a full MkDocs build was asked for" if options.full_mkdocs else needs_full_build(config)
    if reason:
        console.detail(f"Building with MkDocs page by page: {reason}.")
        return _full_build(config, options, console, portal, contributors)
    engine = Engine(engine_settings(config, options), console.info)
    report = engine.build(contributors, portal, clean=options.clean)
    for message in report.warnings:
        console.detail(f"mkdocs: {message}")
    return BuildResult(site_dir, report.courses, report.pages, report.seconds, report.warnings, report.rendered)


def _full_build(
    config: PortalConfig,
    options: BuildOptions,
    console: Console,
    portal: Portal | None,
    contributors: Contributors | None,
) -> BuildResult:
    from lxkit.builder.render.full_build import full_build
    from lxkit.loader import load_portal

    started = time.perf_counter()
    portal = portal if portal is not None else load_portal(config)
    check_loadable(portal)
    site_dir = options.site_dir.resolve()
    stage_root = (options.cache_dir or cache_dir(config)).resolve() / "stage"
    views = [
        (
            flavour,
            stage_root / flavour.value,
            site_dir if flavour is Flavour.LEARNER else site_dir / TRAINER_DIR,
            _site_url(options, flavour),
        )
        for flavour in flavours(options)
    ]
    image_cache = stage_root.parent / "images"
    pages, warnings = full_build(config, portal, views, dict(options.extra), console, contributors, image_cache)
    for message in warnings:
        console.detail(f"mkdocs: {message}")
    seconds = time.perf_counter() - started
    return BuildResult(site_dir, len(portal.courses), pages, seconds, tuple(warnings), pages)


def _site_url(options: BuildOptions, flavour: Flavour) -> str | None:
    if options.site_url is None or flavour is Flavour.LEARNER:
        return options.site_url
    return options.site_url.rstrip("/") + f"/{TRAINER_DIR}/"


def check_site_dir(config: PortalConfig, site_dir: Path) -> None:
    """Refuse a site folder that would overwrite the portal's sources or that is a link, and take the
    links out of it: a build deletes the files it did not write there and writes through folders, so a
    link (say, committed to the portal's repository) would make it delete or overwrite files elsewhere."""
    if site_dir.is_symlink():
        raise UsageError(
            f"refusing to build into {site_dir}: it is a link to {site_dir.resolve()}, and a build deletes the files "
            "it did not write in its site folder; delete the link, or name a real folder with --site-dir"
        )
    site_dir = site_dir.resolve()
    root = Path(config.root).resolve()
    courses = (root / config.courses_dir).resolve()
    if site_dir in (root, courses) or site_dir in courses.parents or courses in site_dir.parents:
        raise UsageError(f"refusing to build into {site_dir}: it would overwrite the portal's sources")
    remove_links(site_dir)
