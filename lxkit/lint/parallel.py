"""Linting a large portal on every core: course folders are split into shards, and each shard is
loaded and linted in a process of its own (reading and parsing YAML and Markdown is CPU-bound).

Small portals, runs with ``--check-links`` (network-bound, one shared link cache) and processes
that already run threads are linted in this process. Each shard sees only its own courses: file
targets in other courses are still checked on disk, and ``#anchors`` in other courses' pages are
checked by parsing those pages (see :class:`lxkit.lint.markdown.BodyCache`).
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lxkit.config import load_config
from lxkit.cores import available_cores
from lxkit.findings import sort_findings
from lxkit.insights.results import Insights
from lxkit.lint.engine import LintResult, lint_portal
from lxkit.lint.registry import RULES
from lxkit.lint.settings import read_settings
from lxkit.loader import course_folders, existing_courses_root, load_portal
from lxkit.model import PortalConfig

MIN_COURSES_PER_JOB = 4
SHARDS_PER_JOB = 3


def lint_config(
    config: PortalConfig,
    only: Sequence[str] | None = None,
    paths: Sequence[str] | None = None,
    check_links: bool = False,
    jobs: int | None = None,
    insights: Insights | None = None,
) -> LintResult:
    """Load and lint the portal of ``config`` (or only the course folders ``only``), in parallel when worth it."""
    read_settings(config.lint, RULES)  # report bad settings once, before any process starts
    folders = list(only) if only is not None else [p.name for p in course_folders(existing_courses_root(config))]
    workers = min(jobs or available_cores(), len(folders) // MIN_COURSES_PER_JOB)
    if (
        workers < 2
        or check_links
        or insights is not None
        or threading.active_count() > 1
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return lint_portal(load_portal(config, only=only), paths, check_links=check_links, insights=insights)
    shards = [tuple(folders[start :: workers * SHARDS_PER_JOB]) for start in range(workers * SHARDS_PER_JOB)]
    arguments = [(config.config_file, shard, tuple(paths) if paths is not None else None) for shard in shards if shard]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        results = list(pool.map(_lint_shard, *zip(*arguments, strict=True)))
    return merge(results)


def _lint_shard(config_file: str, folders: tuple[str, ...], paths: tuple[str, ...] | None) -> LintResult:
    return lint_portal(load_portal(load_config(Path(config_file)), only=folders), paths)


def merge(results: Sequence[LintResult]) -> LintResult:
    """One result from the results of several shards."""
    # A portal-wide finding (a data file named after no course) is found by every shard: report it once.
    findings = sort_findings(list(dict.fromkeys(finding for result in results for finding in result.findings)))
    courses = sorted((course for result in results for course in result.courses), key=lambda course: course.folder)
    rules = results[0].rules if results else ()
    used = sorted(
        {suppression for result in results for suppression in result.suppressions},
        key=lambda s: (s.path, s.line, s.code),
    )
    return LintResult(tuple(findings), sum(result.files for result in results), rules, tuple(courses), tuple(used))
