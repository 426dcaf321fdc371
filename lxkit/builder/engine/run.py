"""One build of an :class:`~lxkit.builder.engine.engine.Engine`: the steps from fingerprints to saved state.

A :class:`BuildRun` gets what it needs from the engine explicitly (settings, cache layout, a maker of
the jobs' context, and what the last build carried over) and returns the new build state with what
the next build may carry over; it never edits the engine.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from lxkit.builder.content.deps import watched_portal
from lxkit.builder.content.pages import Contributors, Flavour
from lxkit.builder.engine.cache import CacheLayout
from lxkit.builder.engine.jobs import (
    BuildContext,
    CourseJob,
    CourseOutcome,
    Status,
    publish_unit,
    run_course_job,
    stamp_of,
)
from lxkit.builder.engine.light_models import LightModels, stop_on_errors
from lxkit.builder.engine.pool import JobRunner
from lxkit.builder.engine.progress import Progress
from lxkit.builder.engine.records import PORTAL_UNIT, BuildState, CourseState, OutputGroup, UnitState
from lxkit.builder.engine.settings import EngineSettings, Scan
from lxkit.builder.engine.site_outputs import (
    SEARCH_INDEX,
    CorruptShard,
    copy_files,
    is_current,
    search_key,
    stamped,
    sweep,
    templates_key,
    write_outputs,
    write_search_index,
)
from lxkit.builder.fingerprint import combined, digest, digest_json
from lxkit.builder.insight_input import load_insight_input
from lxkit.builder.render.site_templates import render_site_templates
from lxkit.model import Course, Portal

ContextMaker = Callable[
    [Mapping[str, tuple[Mapping[str, str], ...]], Contributors, Mapping[str, Course] | None, Mapping[str, str | None]],
    BuildContext,
]


@dataclass(frozen=True, slots=True)
class Carried:
    """What one build hands the next build of the same engine: light models and assets by course folder."""

    light: Mapping[str, tuple[str, Course]] = field(default_factory=lambda: MappingProxyType({}))
    assets: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class RunResult:
    """The new build state, what the next build may reuse, and how many pages were rendered."""

    state: BuildState
    carried: Carried
    rendered: int


def unit_current(unit: UnitState, site_dir: Path) -> bool:
    """Whether every output of a unit is still the file the last build wrote."""
    site = str(site_dir)
    return all(stamp_of(os.path.join(site, page.dest)) == page.stamp for page in unit.pages)


def _warm_up(context: BuildContext) -> None:
    """Compile the theme's and the stage compiler's templates before workers are forked to share them."""
    from lxkit.builder.content.fragments import environment

    for view in context.views.values():
        view.warm_up()
    fragments = environment()
    for name in fragments.list_templates():
        fragments.get_template(name)


class BuildRun:
    """The state of one build while it runs; :meth:`execute` returns the new build state."""

    def __init__(
        self,
        settings: EngineSettings,
        layout: CacheLayout,
        make_context: ContextMaker,
        carried: Carried,
        previous: BuildState,
        scan: Scan,
        contributors: Contributors,
        progress: Progress,
        clean: bool = False,
        trusted: bool = False,
    ) -> None:
        """Prepare a build from the last build's state and this build's scan of the course folders.

        ``clean``: read every course from its files, not from the model cache. ``trusted``: the
        site folder holds what ``previous`` records (this engine wrote it), so the outputs of
        folders the scan vouches are unchanged are not checked on disk.
        """
        self.clean, self.trusted = clean, trusted
        from lxkit.builder.content.portal_pages import navigation

        self.settings, self.layout, self.make_context = settings, layout, make_context
        self.previous, self.scan = previous, scan
        self.site_dir = settings.site_dir
        self.light = LightModels(settings.config, layout, scan, carried.light)
        self.assets = dict(carried.assets)
        self.contributors, self.progress = contributors, progress
        stub, _ = watched_portal(self.settings.config, ())
        self.insights = load_insight_input(self.settings.config)
        with_insights = self.insights is not None
        self.navs = {
            f: tuple(dict(item) for item in navigation(stub, Flavour(f), with_insights)) for f in self.settings.flavours
        }
        self.nav_signature = digest_json({f: [dict(i) for i in nav] for f, nav in self.navs.items()})
        self.rendered = 0
        self._context: BuildContext | None = None
        self.search_headers: dict[str, str | None] = dict(previous.search_headers)
        self.theme_copied: list[tuple[str, str]] = []

    @property
    def context(self) -> BuildContext:
        """The jobs' context (sets up MkDocs and the theme on first use)."""
        if self._context is None:
            memory = self.scan.memory
            self._context = self.make_context(self.navs, self.contributors, memory, self.search_headers)
        return self._context

    def execute(self) -> RunResult:
        """Run every step; raises :class:`ContentError` (writing nothing more) on content errors."""
        outcomes = self._first_pass()
        stop_on_errors(outcomes.values())
        courses = [f for f in self.scan.digests if f not in outcomes or outcomes[f].status is not Status.NOT_A_COURSE]
        portal_digest = combined(f"{f}:{self._light_digest(f, outcomes)}" for f in courses)
        states = self._course_states(outcomes, courses, portal_digest)
        portal_unit = self._portal_unit(portal_digest, courses)
        outputs = self._site_outputs(portal_unit, states, courses)
        theme_files = self.theme_copied or self._copy_theme()
        copied = [*theme_files, *self._assets(courses)]
        state = BuildState(
            self.previous.manifest,
            MappingProxyType({"nav": self.nav_signature}),
            MappingProxyType({f: states[f] for f in courses}),
            portal_unit,
            MappingProxyType(outputs),
            tuple(copied),
            tuple(theme_files),
            MappingProxyType(dict(self.search_headers)),
        )
        dests = state.all_dests()
        if not (self.trusted and dests == self.previous.all_dests()):
            sweep(self.site_dir, dests)
        self._forget_removed(courses)
        carried = Carried(MappingProxyType(self.light.known), MappingProxyType(self.assets))
        return RunResult(state, carried, self.rendered)

    def _outputs_current(self, unit: UnitState, folder: str) -> bool:
        """Whether a unit's output files are still what the last build wrote (taken on trust where allowed)."""
        return (self.trusted and self.scan.unchanged(folder)) or unit_current(unit, self.site_dir)

    def _light_digest(self, folder: str, outcomes: Mapping[str, CourseOutcome]) -> str:
        outcome = outcomes.get(folder)
        return outcome.light_digest if outcome is not None else self.previous.courses[folder].light_digest

    def _base_key(self, folder: str) -> str:
        contributors = repr(tuple(self.contributors.get(folder, ())))
        return digest(self.scan.digests[folder], contributors, self.nav_signature)

    def _first_pass(self) -> dict[str, CourseOutcome]:
        """Run the course jobs whose inputs changed (courses that read other courses wait)."""
        jobs = []
        for folder, folder_digest in self.scan.digests.items():
            known = self.previous.courses.get(folder)
            key = self._base_key(folder)
            if known is not None and known.folder_digest == folder_digest:
                if known.depends_on_portal:
                    continue
                if known.unit.key == key and self._outputs_current(known.unit, folder):
                    continue
            jobs.append(CourseJob(folder, folder_digest, key, known.unit if known else None, self.clean))
        return self._run_jobs(jobs, "Building courses")

    def _run_jobs(self, jobs: Sequence[CourseJob], step: str) -> dict[str, CourseOutcome]:
        outcomes: dict[str, CourseOutcome] = {}
        if not jobs:
            return outcomes
        context = self.context
        processes = self.settings.jobs
        if processes > 1 and len(jobs) > 1:
            _warm_up(context)
        meanwhile = None if self.theme_copied else self._copy_theme
        for outcome in JobRunner(run_course_job, context, processes).run(jobs, meanwhile):
            outcomes[outcome.folder] = outcome
            self.rendered += outcome.rendered
            if outcome.light:
                self.light.add(outcome.folder, outcome.light)
            self.progress.update(step, len(outcomes), len(jobs))
        return outcomes

    def _course_states(
        self, outcomes: Mapping[str, CourseOutcome], courses: Sequence[str], portal_digest: str
    ) -> dict[str, CourseState]:
        """Each course's new state; courses that read other courses are staged now, with the whole portal."""
        states: dict[str, CourseState] = {}
        waiting: list[CourseJob] = []
        for folder in courses:
            outcome, known = outcomes.get(folder), self.previous.courses.get(folder)
            if outcome is not None and outcome.status is Status.DONE and outcome.state is not None:
                states[folder] = CourseState(outcome.folder_digest, outcome.light_digest, False, outcome.state)
                continue
            key = digest(self._base_key(folder), portal_digest)
            if outcome is None and known is not None and self._still_valid(known, key):
                states[folder] = known
            else:
                waiting.append(CourseJob(folder, self.scan.digests[folder], key, known.unit if known else None, False))
        if waiting:
            light = tuple(self.light.of(courses))
            jobs = [CourseJob(j.folder, j.folder_digest, j.key, j.previous, False, light) for j in waiting]
            for folder, outcome in self._run_jobs(jobs, "Building courses that list other courses").items():
                assert outcome.state is not None, f"course {folder} could not be staged"
                states[folder] = CourseState(outcome.folder_digest, outcome.light_digest, True, outcome.state)
        return states

    def _still_valid(self, known: CourseState, key: str) -> bool:
        """A course the first pass skipped: valid unless it reads other courses and they changed."""
        if not known.depends_on_portal:
            return True
        return known.unit.key == key and self._outputs_current(known.unit, known.unit.name)

    def _portal_unit(self, portal_digest: str, courses: Sequence[str]) -> UnitState:
        """The portal-wide pages: restaged when any course's front-matter (light model) changed."""
        from lxkit.builder.content.portal_pages import portal_pages

        key = digest(portal_digest, self.nav_signature, self.insights.digest if self.insights else "")
        known = self.previous.portal
        if known is not None and known.key == key and (self.trusted or unit_current(known, self.site_dir)):
            return known
        portal = Portal(self.settings.config, tuple(self.light.of(courses)))
        staged = {f: portal_pages(portal, Flavour(f), self.insights) for f in self.settings.flavours}
        unit, rendered = publish_unit(self.context, PORTAL_UNIT, key, staged, known)
        self.rendered += rendered
        return unit

    def _site_outputs(
        self, portal_unit: UnitState, states: dict[str, CourseState], courses: Sequence[str]
    ) -> dict[str, OutputGroup]:
        """Search indexes, 404 pages and sitemaps; a corrupted search shard makes its unit render again."""
        while True:
            units = [portal_unit, *(states[f].unit for f in courses)]
            try:
                return self._write_site_outputs(units)
            except CorruptShard as corrupt:
                if corrupt.unit == PORTAL_UNIT:
                    portal_unit = self._redo_portal(portal_unit)
                else:
                    states[corrupt.unit] = self._redo_course(states[corrupt.unit], corrupt.unit, courses)

    def _redo_portal(self, unit: UnitState) -> UnitState:
        from lxkit.builder.content.portal_pages import portal_pages

        portal = Portal(self.settings.config, tuple(self.light.of(list(self.scan.digests))))
        staged = {f: portal_pages(portal, Flavour(f), self.insights) for f in self.settings.flavours}
        redone, rendered = publish_unit(self.context, PORTAL_UNIT, unit.key, staged, None)
        self.rendered += rendered
        return redone

    def _redo_course(self, state: CourseState, folder: str, courses: Sequence[str]) -> CourseState:
        light = tuple(self.light.of(courses)) if state.depends_on_portal else None
        job = CourseJob(folder, self.scan.digests[folder], state.unit.key, None, False, light)
        outcome = run_course_job(self.context, job)
        assert outcome.state is not None, f"course {folder} could not be rendered again"
        self.rendered += outcome.rendered
        return CourseState(state.folder_digest, state.light_digest, state.depends_on_portal, outcome.state)

    def _write_site_outputs(self, units: Sequence[UnitState]) -> dict[str, OutputGroup]:
        outputs: dict[str, OutputGroup] = {}
        for flavour in self.settings.flavours:
            search = self._search_index(flavour, units)
            if search is not None:
                outputs[f"search:{flavour}"] = search
            outputs[f"templates:{flavour}"] = self._templates(flavour, units)
        return outputs

    def _search_index(self, flavour: str, units: Sequence[UnitState]) -> OutputGroup | None:
        key = search_key(units, flavour)
        known = self.previous.outputs.get(f"search:{flavour}")
        if is_current(known, key, self.site_dir):
            return known
        header = self._search_header(flavour)
        if header is None:
            return None
        dest = self.settings.prefix(flavour) + SEARCH_INDEX
        write_search_index(self.layout, self.site_dir / dest, header, flavour, units)
        return stamped(self.site_dir, key, [dest])

    def _search_header(self, flavour: str) -> str | None:
        """The start of a view's search index (None: the view has no search), known from the last build."""
        if flavour not in self.search_headers:
            search = self.context.views[flavour].search
            self.search_headers[flavour] = search.header() if search is not None else None
        return self.search_headers[flavour]

    def _templates(self, flavour: str, units: Sequence[UnitState]) -> OutputGroup:
        from mkdocs.utils import get_build_date

        srcs = [p.src for unit in units for p in unit.pages if p.flavour == flavour and p.src.endswith(".md")]
        key = templates_key(self.nav_signature, srcs, get_build_date())
        known = self.previous.outputs.get(f"templates:{flavour}")
        if is_current(known, key, self.site_dir):
            assert known is not None
            return known
        prefix = self.settings.prefix(flavour)
        rendered = render_site_templates(self.context.views[flavour], srcs)
        return write_outputs(self.site_dir, {prefix + name: data for name, data in rendered.items()}, key)

    def _copy_theme(self) -> list[tuple[str, str]]:
        """Copy the theme's static files (done while workers render, when there are workers)."""
        self.theme_copied = copy_files(self.site_dir, self._theme_files())
        return self.theme_copied

    def _theme_files(self) -> list[tuple[str, str]]:
        if self.previous.theme_files:
            return list(self.previous.theme_files)
        views = self.context.views
        prefix = self.settings.prefix
        return [(src, prefix(f) + dest) for f in self.settings.flavours for src, dest in views[f].theme_files()]

    def _assets(self, courses: Sequence[str]) -> list[tuple[str, str]]:
        """Copy the course folders' assets (those of folders vouched unchanged were copied before)."""
        from lxkit.builder.content.assets import folder_assets
        from lxkit.loader import courses_root

        root, known = courses_root(self.settings.config), self.assets
        prefixes = [self.settings.prefix(f) for f in self.settings.flavours]
        pairs: list[tuple[str, str]] = []
        for folder in courses:
            reuse = self.trusted and self.scan.unchanged(folder) and folder in known
            if not reuse:
                course = self.light.of([folder])[0]
                found = [(str(src), docs) for src, docs in folder_assets(root, course)]
                known[folder] = tuple((src, prefix + docs) for prefix in prefixes for src, docs in found)
                copy_files(self.site_dir, known[folder])
            pairs.extend(known[folder])
        return pairs

    def _forget_removed(self, courses: Sequence[str]) -> None:
        layout = self.layout
        for folder in set(self.previous.courses) - set(courses):
            self.light.forget(folder)
            for flavour in self.settings.flavours:
                layout.search_shard(flavour, folder).unlink(missing_ok=True)
            layout.rendered(folder).unlink(missing_ok=True)
            for kind in ("full", "light"):
                layout.model(folder, kind).unlink(missing_ok=True)
