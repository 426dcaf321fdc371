"""The incremental build engine: a cold build is an incremental build with an empty cache.

A build of a portal into a site folder goes through the same steps every time:

1. fingerprint the course folders and compare them with the state of the last build;
2. load, stage and render every course whose inputs changed (in worker processes);
3. restage the portal-wide pages when the courses' front-matter changed;
4. rewrite the site-wide outputs whose inputs changed (search index, sitemap, 404 page),
   copy changed assets, and remove files that no output claims;
5. save the new state.

Because every output is a function of the inputs recorded in its key, a rebuild writes exactly
what a cold build of the same sources writes (``tests/builder/engine/test_incremental.py``). An
:class:`Engine` keeps its set-up (MkDocs, theme, navigation) and the state in memory between
builds, which is what ``lxkit serve`` uses to rebuild within a second of an edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from pathlib import Path

from lxkit.builder.content.pages import Contributors, StagedPage
from lxkit.builder.engine.cache import CacheLayout, forget_build, prepare, read_record, template_cache, write_record
from lxkit.builder.engine.digests import FileDigests
from lxkit.builder.engine.jobs import IMAGE_SOURCE, BuildContext, page_hash
from lxkit.builder.engine.manifest import build_manifest
from lxkit.builder.engine.progress import Progress
from lxkit.builder.engine.records import BuildState
from lxkit.builder.engine.run import BuildRun, Carried, RunResult
from lxkit.builder.engine.settings import BuildReport, EngineSettings, Scan
from lxkit.builder.fingerprint import digest
from lxkit.builder.render.mkdocs_config import view_extra
from lxkit.builder.render.renderer import RenderedPage, ViewRenderer, ViewSpec, share_compiled_templates
from lxkit.builder.writer import write_if_changed
from lxkit.insights.settings import insight_settings
from lxkit.model import Course, Portal

Report = Callable[[str], None]


class LazyViews(Mapping[str, ViewRenderer]):
    """A build's views by flavour, each set up on first use: a rebuild that splices pages sets up none."""

    def __init__(self, flavours: Sequence[str], make: Callable[[str], ViewRenderer]) -> None:
        """``make(flavour)`` sets up (or returns the already set-up) view."""
        self.flavours = tuple(flavours)
        self.make = make

    def __getitem__(self, flavour: str) -> ViewRenderer:
        if flavour not in self.flavours:
            raise KeyError(flavour)
        return self.make(flavour)

    def __iter__(self) -> Iterator[str]:
        return iter(self.flavours)

    def __len__(self) -> int:
        return len(self.flavours)


class Engine:
    """Builds one portal into one site folder, incrementally, keeping its set-up warm between builds."""

    def __init__(self, settings: EngineSettings, report: Report | None = None) -> None:
        """Nothing is loaded until the first :meth:`build`."""
        self.settings = settings
        self.layout = CacheLayout(settings.cache_dir, settings.site_dir)
        self.report: Report = report or (lambda message: None)
        self.state: BuildState | None = None
        self.manifest_key = ""
        self.views: dict[str, ViewRenderer] = {}
        self.carried = Carried()  # light models and assets the last build read, for the next one
        self.unsettled: set[str] = set()  # folders of a build that failed: checked again next time
        self._file_digests: FileDigests | None = None
        self.prerendered: dict[tuple[str, str], tuple[str, RenderedPage]] = {}
        self.compiled_templates = template_cache(self.layout)  # per user, never in the portal (see there)

    def build(
        self,
        contributors: Contributors | None = None,
        portal: Portal | None = None,
        clean: bool = False,
        changed: Collection[str] | None = None,
    ) -> BuildReport:
        """Build (incrementally); ``changed`` names the only course folders whose files may have changed."""
        started = time.perf_counter()
        prepare(self.settings.cache_dir)
        # The trainer view's navigation lists the insight pages once 'lxkit insights' has written its results.
        insights = insight_settings(self.settings.config).output.is_file()
        manifest_key = build_manifest(self.settings.config, {**self.settings.options(), "insights": insights}).key
        if manifest_key != self.manifest_key or clean:
            self._reset(manifest_key, clean)
        previous = self.state or self._saved_state(manifest_key)
        # Outputs of unchanged folders that this engine's last build wrote need no checking; after a
        # failed build everything is checked once, and the folders it was given are read again.
        trusted = self.state is not None and not clean and not self.unsettled
        if changed is not None:
            changed = {*changed, *self.unsettled}
        scan = self._scan(portal, previous, None if clean else changed)
        run = BuildRun(
            self.settings,
            self.layout,
            self.context,
            self.carried,
            previous,
            scan,
            contributors or {},
            Progress(self.report, started),
            clean,
            trusted,
        )
        try:
            result = run.execute()
        except BaseException:
            self.unsettled.update(scan.changed if scan.changed is not None else scan.digests)
            raise
        finally:
            self.prerendered.clear()
        self.unsettled.clear()
        return self._save(result, started)

    def _save(self, result: RunResult, started: float) -> BuildReport:
        """Keep and save the new build state (and the file digests) and report the build."""
        state, self.carried = result.state, result.carried
        if self.file_digests.changed:
            write_record(self.layout.file_digests, self.file_digests.to_bytes())
            self.file_digests.changed = False
        write_record(self.layout.state_file, state.to_bytes())
        self.state = state
        records = [p for c in state.courses.values() for p in c.unit.pages]
        records += state.portal.pages if state.portal else ()
        pages = sum(1 for record in records if not record.src.startswith(IMAGE_SOURCE))
        warnings = tuple(w for view in self.views.values() for w in view.warnings)
        return BuildReport(len(state.courses), pages, result.rendered, time.perf_counter() - started, warnings)

    @property
    def file_digests(self) -> FileDigests:
        """Remembered digests of course files (read from the cache on first use)."""
        if self._file_digests is None:
            self._file_digests = FileDigests.from_bytes(read_record(self.layout.file_digests))
        return self._file_digests

    def _reset(self, manifest_key: str, clean: bool) -> None:
        self.manifest_key = manifest_key
        self.state, self.views = None, {}
        self.carried = Carried()
        self.unsettled.clear()
        if clean:
            forget_build(self.layout)
            self._file_digests = FileDigests(changed=True)

    def _saved_state(self, manifest_key: str) -> BuildState:
        payload = read_record(self.layout.state_file)
        try:
            saved = BuildState.from_bytes(payload) if payload is not None else None
        except (ValueError, KeyError, TypeError):
            saved = None
        if saved is None or saved.manifest != manifest_key:
            forget_build(self.layout)
            return BuildState(manifest_key)
        return saved

    def _scan(self, portal: Portal | None, previous: BuildState, changed: Collection[str] | None) -> Scan:
        from lxkit.loader import course_folders, courses_root, existing_courses_root, loader_settings

        if portal is not None:
            root = courses_root(self.settings.config)
            memory = {c.folder: c for c in portal.courses}
            digests = {name: digest(repr(course)) for name, course in memory.items()}
            return Scan({name: root / name for name in memory}, digests, memory)
        folders = {path.name: path for path in course_folders(existing_courses_root(self.settings.config))}
        digests = {}
        settings = loader_settings(self.settings.config)  # cached models are read under the same settings
        for name, path in folders.items():
            known = previous.courses.get(name)
            reuse = changed is not None and name not in changed and known is not None
            found = known.folder_digest if reuse and known else None
            digests[name] = found or digest(self.file_digests.folder_digest(path), settings)
        return Scan(folders, digests, changed=frozenset(changed) if changed is not None else None)

    def view(self, flavour: str, navs: Mapping[str, tuple[Mapping[str, str], ...]]) -> ViewRenderer:
        """One set-up view (MkDocs + theme + navigation), made on first use."""
        if flavour not in self.views:
            settings = self.settings
            self.views[flavour] = ViewRenderer(
                settings.config,
                ViewSpec(
                    flavour,
                    settings.site_dir / settings.prefix(flavour),
                    self.layout.stage_dir(flavour),
                    navs[flavour],
                    settings.view_site_url(flavour),
                    view_extra(settings.extra, flavour, len(settings.flavours) > 1),
                    self.compiled_templates,
                ),
            )
        return self.views[flavour]

    def context(
        self,
        navs: Mapping[str, tuple[Mapping[str, str], ...]],
        contributors: Contributors,
        memory: Mapping[str, Course] | None,
        search_headers: Mapping[str, str | None],
    ) -> BuildContext:
        """What the build's jobs need (each view is set up when a page needs rendering in it)."""
        settings = self.settings
        self.compiled_templates = template_cache(self.layout)
        share_compiled_templates(self.compiled_templates)  # the stage compiler's, before any view is set up
        return BuildContext(
            settings.config,
            self.layout,
            settings.site_dir,
            LazyViews(settings.flavours, lambda flavour: self.view(flavour, navs)),
            {flavour: settings.prefix(flavour) for flavour in settings.flavours},
            contributors,
            memory,
            dict(self.prerendered),
            search_headers,
        )

    def prerender(self, pages: Mapping[str, Sequence[StagedPage]]) -> list[Path]:
        """Render and write staged pages now (``lxkit serve`` shows an edited page first).

        The next :meth:`build` takes these pages as rendered when it stages the same text.
        Returns the files written; nothing is done in a view that no build has set up yet.
        """
        written = []
        for flavour, staged_pages in pages.items():
            view = self.views.get(flavour)
            if view is None:
                continue
            for page in staged_pages:
                output = view.render(page)
                target = self.settings.site_dir / self.settings.prefix(flavour) / output.dest
                if output.data is not None:
                    write_if_changed(target, output.data)
                    written.append(target)
                self.prerendered[(flavour, page.path)] = (page_hash(page), output)
        return written
