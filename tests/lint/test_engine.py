"""The engine: levels, paths, files count, crash isolation, sharded runs equal to one run."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lxkit.config import load_config
from lxkit.findings import Finding, Severity
from lxkit.lint import parallel
from lxkit.lint.context import ModuleContext
from lxkit.lint.engine import lint_portal, within
from lxkit.lint.parallel import lint_config, merge
from lxkit.lint.registry import RULES
from lxkit.lint.rule import Area, Example, ModuleRule
from tests.lint.conftest import load

PortalDir = Callable[..., Path]


class Exploding(ModuleRule):
    code = "LX900"
    name = "exploding"
    severity = Severity.WARNING
    area = Area.CONTENT
    summary = rationale = "Raises on every module."
    example = Example("yaml", bad="", good="")

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        yield self.at(context.module, ("title",), "before the crash")
        raise ValueError("boom")


def test_a_crashing_rule_becomes_a_finding_and_the_rest_is_still_linted(portal_dir: PortalDir) -> None:
    result = lint_portal(load(portal_dir("objectives")), rules=(*RULES, Exploding()))
    crashes = [f for f in result.findings if f.code == "LX098"]
    assert len(crashes) == 3 and "rule LX900 failed on this file (ValueError: boom)" in crashes[0].message
    assert {"LX101", "LX102", "LX104"} <= {f.code for f in result.findings}
    assert not [f for f in result.findings if f.code == "LX900"]  # findings of a crashed check are dropped


def test_paths_limit_findings_and_files(portal_dir: PortalDir) -> None:
    portal = load(portal_dir("objectives"))
    result = lint_portal(portal, paths=["courses/objectives/03-many.md"])
    assert {f.path for f in result.findings} == {"courses/objectives/03-many.md"}
    assert result.files == 1
    assert lint_portal(portal, paths=["courses/objectives"]).files == 4


def test_within() -> None:
    assert within("courses/a/01-x.md", None)
    assert within("courses/a/01-x.md", ["courses/a"]) and within("courses/a/01-x.md", ["courses/a/"])
    assert not within("courses/ab/01-x.md", ["courses/a"])
    assert within("courses/a/01-x.md", ["courses/a/01-x.md"])


def test_unparseable_front_matter_skips_module_rules_but_not_body_rules(portal_dir: PortalDir) -> None:
    root = portal_dir("loader")
    result = lint_portal(load(root))
    broken = {f.code for f in result.findings if f.path.endswith("02-broken.md")}
    assert broken == {"LX207", "LX201", "LX202"}


def test_result_counts_and_exit_codes(portal_dir: PortalDir) -> None:
    result = lint_portal(load(portal_dir("objectives")))
    assert result.errors == 1 and result.warnings > 0
    assert result.exit_code() == 1
    clean = lint_portal(load(portal_dir("clean")))
    assert clean.exit_code() == 0 and clean.exit_code(strict=True) == 0
    warned = lint_portal(load(portal_dir("objectives", lint="disable: [LX101]")))
    assert warned.exit_code() == 0 and warned.exit_code(strict=True) == 1


def test_sharded_run_equals_single_run(portal_dir: PortalDir, monkeypatch: pytest.MonkeyPatch) -> None:
    root = portal_dir("clean")
    for fixture in ("body", "objectives", "flipped", "course-rules", "suppressions", "loader"):
        for course in (portal_dir(fixture) / "courses").iterdir():
            course.rename(root / "courses" / course.name)
    for course in list((root / "courses").iterdir()):
        shutil.copytree(course, root / "courses" / f"{course.name}-copy")
    config = load_config(root / "mkdocs.yml")
    single = lint_config(config, jobs=1)
    pools: list[int] = []

    class Spy(parallel.ProcessPoolExecutor):
        def __init__(self, workers: int, **options: Any) -> None:
            pools.append(workers)
            super().__init__(workers, **options)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Spy)
    # pytest-xdist workers run helper threads; the engine refuses to fork then, so pretend it is alone.
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)
    sharded = lint_config(config, jobs=2)
    assert pools == [2]
    assert sharded == single
    assert len(single.courses) == 16 and single.findings


def test_merge_of_nothing() -> None:
    assert merge([]).findings == () and merge([]).files == 0


def test_cross_course_anchor_checked_without_loading_the_other_course(portal_dir: PortalDir) -> None:
    root = portal_dir("clean")
    index = root / "courses/data-basics/index.md"
    index.write_text(index.read_text().replace("index.md#how-it-works", "index.md#how-it-fails"))
    config = load_config(root / "mkdocs.yml")
    only = lint_config(config, only=["data-basics"])
    assert [(f.code, f.line) for f in only.findings] == [("LX201", 35)]


def test_windows_line_endings_give_the_same_findings(portal_dir: PortalDir) -> None:
    unix = portal_dir("body")
    windows = portal_dir("body")
    for path in (windows / "courses").rglob("*.md"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    where = [(f.path, f.line, f.column, f.code) for f in lint_portal(load(unix)).findings]
    assert [(f.path, f.line, f.column, f.code) for f in lint_portal(load(windows)).findings] == where


def test_overview_finding_stays_inside_the_file(portal_dir: PortalDir) -> None:
    root = portal_dir("clean")
    index = root / "courses/data-basics/index.md"
    index.write_text(index.read_text().split("## How this course works")[0].rstrip() + "\n")
    lines = len(index.read_text().splitlines())
    found = [f for f in lint_portal(load(root)).findings if f.code == "LX011"]
    assert [(f.line, f.column) for f in found] == [(lines, 1)]
