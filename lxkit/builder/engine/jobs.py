"""Build jobs: stage one unit (a course, or the portal-wide pages) and render what changed.

A job stages all pages of its unit in every view (the stage compiler's unit is a course), compares
each staged text with the fingerprint recorded by the last build, and renders and writes only the
pages whose staged text changed or whose output file is not what the last build wrote. Each
page's search entries are kept in a per-unit cache file, so unchanged pages are not re-indexed.
Jobs run in worker processes (one course at a time) or in-process; they return small records.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from lxkit.builder.content.deps import watched_portal
from lxkit.builder.content.pages import Contributors, Flavour, StagedPage
from lxkit.builder.content.stage import stage_course_views
from lxkit.builder.engine.cache import CacheLayout, read_record, write_record
from lxkit.builder.engine.model_cache import (
    cached_course,
    dumps_model,
    light_course,
    light_digest,
    read_course,
    store_course,
)
from lxkit.builder.engine.records import PageRecord, UnitState
from lxkit.builder.fingerprint import Stamp, digest
from lxkit.builder.images import with_renditions
from lxkit.builder.render.renderer import RenderedPage, ViewRenderer, data_file
from lxkit.builder.render.search import entries_fragment, shard_bytes, shard_fragments, strip_search_attributes
from lxkit.builder.render.search_parser import segments_chinese
from lxkit.builder.render.shells import shell_key, splice, staged_parts
from lxkit.builder.writer import write_if_changed
from lxkit.findings import Finding
from lxkit.loader import courses_root
from lxkit.markdown import ParsedTexts
from lxkit.model import Course, PortalConfig

MISSING = Stamp(-1, -1)
IMAGE_SOURCE = "image:"
"""How the records of a course picture's renditions start their ``src`` (they are not pages)."""


@dataclass(frozen=True)
class BuildContext:
    """What every job needs: settings, cache, output folder and the set-up views."""

    config: PortalConfig
    layout: CacheLayout
    site_dir: Path
    views: Mapping[str, ViewRenderer]
    prefixes: Mapping[str, str]
    contributors: Contributors = field(default_factory=dict)
    memory: Mapping[str, Course] | None = None
    prerendered: Mapping[tuple[str, str], tuple[str, RenderedPage]] = field(default_factory=dict)
    search_headers: Mapping[str, str | None] = field(default_factory=dict)  # views known to have search or not


@dataclass(frozen=True)
class CourseJob:
    """Stage and render one course; ``portal_courses`` (light models) only when it reads other courses.

    ``reload``: read the course files even if the model cache has this folder's model (``--clean``).
    """

    folder: str
    folder_digest: str
    key: str
    previous: UnitState | None
    reload: bool
    portal_courses: tuple[Course, ...] | None = None


class Status(str, Enum):
    """How a course job ended."""

    DONE = "done"
    ERRORS = "errors"
    NOT_A_COURSE = "not-a-course"
    NEEDS_PORTAL = "needs-portal"


@dataclass(frozen=True)
class CourseOutcome:
    """What a course job did; ``state`` is set when it is :attr:`Status.DONE`."""

    folder: str
    folder_digest: str
    status: Status
    state: UnitState | None = None
    light: bytes = b""
    light_digest: str = ""
    depends_on_portal: bool = False
    errors: tuple[Finding, ...] = ()
    rendered: int = 0


def stamp_of(path: Path | str) -> Stamp:
    """The stamp of an output file, :data:`MISSING` when there is none."""
    return Stamp.of(path) or MISSING


def page_hash(page: StagedPage) -> str:
    """Fingerprint of a staged page (path and text)."""
    return digest(page.path, page.content)


def publish(
    ctx: BuildContext, unit: str, flavour: str, pages: Sequence[StagedPage], previous: UnitState | None
) -> tuple[list[PageRecord], str, int]:
    """Render and write the pages that changed; returns records, the search shard checksum, pages rendered."""
    prefix = ctx.prefixes[flavour]
    known = _previous_pages(previous, flavour)
    old_fragments = _previous_fragments(ctx.layout, flavour, unit, previous)
    records: list[PageRecord] = []
    fragments: dict[str, str] = {}
    rendered = 0
    for page in pages:
        staged = page_hash(page)
        record = known.get(page.path)
        if _still_current(ctx, record, staged, page.path in old_fragments):
            assert record is not None
            records.append(record)
            fragments[page.path] = old_fragments[page.path]
            continue
        output, fresh = _output(ctx, flavour, page, staged, record)
        target = ctx.site_dir / prefix / output.dest
        if output.data is not None:
            write_if_changed(target, output.data)
        records.append(PageRecord(flavour, page.path, prefix + output.dest, staged, stamp_of(target), output.shell))
        fragments[page.path] = output.fragment
        rendered += fresh
    payload = shard_bytes(fragments)
    write_record(ctx.layout.search_shard(flavour, unit), payload)
    return records, hashlib.sha256(payload).hexdigest(), rendered


def _still_current(ctx: BuildContext, record: PageRecord | None, staged: str, indexed: bool) -> bool:
    """Whether the last build wrote this staged text and its output file is untouched since."""
    if record is None or record.staged != staged or not indexed:
        return False
    return stamp_of(ctx.site_dir / record.dest) == record.stamp


def _output(
    ctx: BuildContext, flavour: str, page: StagedPage, staged: str, record: PageRecord | None
) -> tuple[RenderedPage, bool]:
    """The rendered page: rendered just before this build (same staged text), spliced, or rendered now."""
    early = ctx.prerendered.get((flavour, page.path))
    if early is not None and early[0] == staged:
        return early[1], False
    passed = data_file(page)
    if passed is not None:
        return passed, True
    spliced = _spliced(ctx, flavour, page, record)
    return spliced or ctx.views[flavour].render(page), True


def _spliced(ctx: BuildContext, flavour: str, page: StagedPage, record: PageRecord | None) -> RenderedPage | None:
    """The page as its new body in the shell of the last output, when only its body changed."""
    if record is None or record.shell is None or flavour not in ctx.search_headers:
        return None
    searched = ctx.search_headers[flavour] is not None
    if searched and segments_chinese():
        return None
    parts = staged_parts(page.content)
    if parts is None:
        return None
    content = strip_search_attributes(parts.body) if searched else parts.body
    if shell_key(page.path, parts.front, content) != record.shell.key:
        return None
    target = ctx.site_dir / record.dest
    try:
        previous = target.read_bytes() if stamp_of(target) == record.stamp else None
    except OSError:
        previous = None
    data = splice(previous, record.shell, content) if previous is not None else None
    if data is None:
        return None
    title = str(parts.meta["title"])
    fragment = entries_fragment(parts.body, parts.meta, record.shell.url, title) if searched else ""
    return RenderedPage(record.dest[len(ctx.prefixes[flavour]) :], data, fragment, record.shell)


def _previous_pages(previous: UnitState | None, flavour: str) -> dict[str, PageRecord]:
    if previous is None:
        return {}
    return {page.src: page for page in previous.pages if page.flavour == flavour}


def _previous_fragments(layout: CacheLayout, flavour: str, unit: str, previous: UnitState | None) -> dict[str, str]:
    if previous is None or flavour not in previous.search:
        return {}
    payload = read_record(layout.search_shard(flavour, unit), previous.search[flavour])
    if payload is None:
        return {}
    return shard_fragments(payload)


def publish_unit(
    ctx: BuildContext, unit: str, key: str, staged: Mapping[str, Sequence[StagedPage]], previous: UnitState | None
) -> tuple[UnitState, int]:
    """Publish a unit's staged pages in every view; returns its new state and the pages rendered."""
    records: list[PageRecord] = []
    search: dict[str, str] = {}
    rendered = 0
    for flavour, pages in staged.items():
        flavour_records, search[flavour], count = publish(ctx, unit, flavour, pages, previous)
        records.extend(flavour_records)
        rendered += count
    return UnitState(unit, key, tuple(records), search), rendered


def _course_model(ctx: BuildContext, job: CourseJob) -> tuple[Course | None, tuple[Finding, ...]]:
    """The full model of the job's course: from memory, the model cache, or the course files."""
    if ctx.memory is not None:
        course = ctx.memory[job.folder]
        return course, ()
    if not job.reload:
        cached = cached_course(ctx.layout, job.folder, job.folder_digest, "full")
        if cached is not None:
            return cached, ()
    previous = None if job.reload else cached_course(ctx.layout, job.folder, None, "full")
    loaded = read_course(ctx.config, courses_root(ctx.config) / job.folder, job.folder_digest, previous)
    if loaded.errors or loaded.course is None:
        return None, loaded.errors
    store_course(ctx.layout, job.folder, job.folder_digest, loaded.course)
    return loaded.course, ()


def _rendered(layout: CacheLayout, folder: str) -> dict[str, str]:
    """The HTML the last build rendered from a course's Markdown (see :class:`~lxkit.markdown.ParsedTexts`)."""
    payload = read_record(layout.rendered(folder))
    try:
        known = json.loads(payload) if payload is not None else {}
    except ValueError:
        return {}
    return known if isinstance(known, dict) else {}


def run_course_job(ctx: BuildContext, job: CourseJob) -> CourseOutcome:
    """Load (if needed), stage and publish one course."""
    course, errors = _course_model(ctx, job)
    if course is None:
        status = Status.ERRORS if errors else Status.NOT_A_COURSE
        return CourseOutcome(job.folder, job.folder_digest, status, errors=errors)
    course, images = with_renditions(courses_root(ctx.config), course, ctx.layout.images)
    light = light_course(course)
    others = job.portal_courses or ()
    courses = tuple(course if c.folder == course.folder else c for c in others) or (course,)
    portal, watched = watched_portal(ctx.config, courses)
    contributors = tuple(ctx.contributors.get(course.folder, ()))
    texts = ParsedTexts(_rendered(ctx.layout, job.folder))
    views = stage_course_views(portal, course, [Flavour(f) for f in ctx.views], contributors, texts)
    if texts.rendered != texts.known:
        write_record(ctx.layout.rendered(job.folder), json.dumps(texts.rendered).encode("utf-8"))
    staged = {flavour.value: pages for flavour, pages in views.items()}
    outcome = CourseOutcome(
        job.folder, job.folder_digest, Status.NEEDS_PORTAL, None, dumps_model(light), light_digest(light), watched.read
    )
    if watched.read and job.portal_courses is None:
        return outcome
    state, rendered = publish_unit(ctx, job.folder, job.key, staged, job.previous)
    state = replace(state, pages=state.pages + write_renditions(ctx, images))
    return replace(outcome, status=Status.DONE, state=state, rendered=rendered)


def write_renditions(ctx: BuildContext, images: Sequence[tuple[str, bytes]]) -> tuple[PageRecord, ...]:
    """Write a course's picture renditions into every view; their records keep them from being swept."""
    records = []
    for flavour, prefix in ctx.prefixes.items():
        for path, data in images:
            target = ctx.site_dir / prefix / path
            write_if_changed(target, data)
            records.append(PageRecord(flavour, IMAGE_SOURCE + path, prefix + path, digest(path), stamp_of(target)))
    return tuple(records)
