"""The warm build behind ``lxkit serve``: rebuild what a change touched, report the outcome.

The session owns an incremental :class:`~lxkit.builder.engine.engine.Engine` whose MkDocs set-up, theme,
navigation and build state stay in memory, so an edit costs the pages it touches. A build that
fails on content problems writes nothing: the last good pages stay served, the problems go to
the terminal and to the browsers (:class:`~lxkit.serve.live.LiveStatus`), and the next good
build clears them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Collection, Iterable
from dataclasses import replace
from pathlib import Path

from lxkit.builder.api import BuildOptions, cache_dir, check_site_dir, engine_settings
from lxkit.builder.engine.engine import Engine
from lxkit.builder.render.full_build import needs_full_build
from lxkit.config import load_config
from lxkit.console import Console, format_finding
from lxkit.exceptions import ConfigError, ContentError, LxkitError
from lxkit.findings import Finding, sort_findings
from lxkit.loader import courses_root
from lxkit.model import PortalConfig
from lxkit.resources import theme_dir
from lxkit.serve.live import LiveStatus

SERVE_DIR = "serve"


def preview_site_dir(config: PortalConfig) -> Path:
    """Where the preview is built: in lxkit's cache folder, apart from ``lxkit build``'s site."""
    return cache_dir(config) / SERVE_DIR / "site"


class PreviewSession:
    """Builds a portal into a preview folder and rebuilds it on changes, one build at a time."""

    def __init__(
        self,
        config: PortalConfig,
        console: Console,
        trainer: bool = True,
        jobs: int | None = None,
        status: LiveStatus | None = None,
    ) -> None:
        """Prepare the engine; the preview is built into the cache folder (``serve/site``).

        The portal's own ``site_url`` is kept (pages link relatively), so the preview's cache
        stays valid whatever address it is served on.
        """
        self.console = console
        self.config = config
        self.status = status or LiveStatus()
        self.lock = threading.Lock()
        self.site_dir = preview_site_dir(config)
        self.options = BuildOptions(site_dir=self.site_dir, trainer=trainer, jobs=jobs)
        check_site_dir(config, self.site_dir)
        reason = needs_full_build(config)
        if reason:
            console.info(f"Note: {reason}, which the preview does not run; 'lxkit build' does.")
        self.engine = Engine(engine_settings(config, self.options), console.info)

    def watched(self) -> list[Path]:
        """What to watch: the courses folder, the portal's settings and lxkit's theme."""
        return [courses_root(self.config), Path(self.config.config_file), theme_dir()]

    def build(self, changed: Collection[str] | None = None, shown_early: bool = False) -> bool:
        """Build now (``changed``: the course folders that changed, None for all); returns success.

        ``shown_early``: the edited pages were already rendered and announced; browsers are told
        again only if the build renders anything else.
        """
        with self.lock:
            started = time.perf_counter()
            try:
                report = self.engine.build(changed=changed)
            except (ContentError, ConfigError) as error:
                return self._failed(error.message, error.findings)
            except LxkitError as error:
                return self._failed(error.message, ())
            if report.rendered or not shown_early or self.status.current.errors:
                self.status.publish()
            seconds = time.perf_counter() - started
            self.console.info(f"Rebuilt {report.rendered} page(s) in {seconds:.2f} s")
            self.engine.settings = replace(self.engine.settings, jobs=1)
            return True

    def show_edited_first(self, folder: str, paths: Collection[str]) -> bool:
        """Render the edited pages of one course at once and tell the browsers; returns whether it did."""
        from lxkit.builder.engine.model_cache import cached_course
        from lxkit.serve.quick import edited_pages

        if self.status.current.errors:
            return False
        with self.lock:
            previous = cached_course(self.engine.layout, folder, None, "full")
            try:
                pages = edited_pages(
                    self.config, courses_root(self.config) / folder, paths, previous, self.engine.settings.flavours
                )
            except LxkitError:
                return False
            if not pages or not self.engine.prerender(pages):
                return False
        self.status.publish()
        return True

    def _failed(self, message: str, findings: Iterable[Finding]) -> bool:
        found = sort_findings(list(findings))
        lines = [format_finding(f) for f in found]
        self.console.findings(found)
        self.console.error(f"{message}; the preview keeps the last good pages until this is fixed")
        self.status.publish(tuple(lines) or (message,))
        return False

    def on_change(self, paths: set[str]) -> None:
        """Rebuild after the watcher saw ``paths`` change; an unexpected failure is reported, not fatal."""
        try:
            self._rebuild_for(paths)
        except Exception as error:  # a bug must not stop the preview: report it and keep serving
            self._failed(f"lxkit failed unexpectedly ({type(error).__name__}: {error})", ())

    def _rebuild_for(self, paths: set[str]) -> None:
        config_file = str(Path(self.config.config_file))
        if config_file in paths:
            self._reload_config()
            self.build()
            return
        folders = changed_folders(paths, courses_root(self.config))
        early = folders is not None and len(folders) == 1 and self.show_edited_first(next(iter(folders)), paths)
        self.build(folders, shown_early=early)

    def _reload_config(self) -> None:
        try:
            config = load_config(Path(self.config.config_file))
        except ConfigError as error:
            self._failed(error.message, error.findings)
            return
        except LxkitError as error:
            self._failed(error.message, ())
            return
        self.config = config
        self.engine = Engine(engine_settings(config, self.options), self.console.info)


def changed_folders(paths: Iterable[str], root: Path) -> set[str] | None:
    """The course folders (names) holding the changed paths; None when a path is outside them."""
    folders = set()
    for path in map(Path, paths):
        if not path.is_relative_to(root) or path == root:
            return None
        folders.add(path.relative_to(root).parts[0])
    return folders
