"""Temporary portals for lint tests, and the expected-finding markers of the fixtures.

A fixture is a folder ``tests/lint/fixtures/NAME/`` of course folders. Expected findings are
marked on the line itself, markdownlint-style: ``# expect: LX102`` (a YAML comment) or
``<!-- expect: LX202 -->`` (an HTML comment), repeated codes for repeated findings. Findings in
files that cannot hold a marker (a missing ``index.md``) are listed in ``NAME/expect.txt`` as
``path:line CODE``. An optional ``NAME/lint.yml`` holds the portal's ``lxkit.lint`` settings.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.lint.engine import LintResult, lint_portal
from lxkit.loader import load_portal
from lxkit.model import Portal

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MARKER = re.compile(r"expect:\s*(?P<codes>(?:LX\d{3}[\s,]*)+)")
FindingKey = tuple[str, int, str]

PORTAL_YML = """\
site_name: Lint Test Academy
repo_url: https://github.com/acme/academy
lxkit:
  courses_dir: courses
  capabilities:
    - id: data-literacy
      name: Data literacy
    - id: statistics
      name: Statistical thinking
  providers: [coursera.org, youtube.com, hbr.org, khanacademy.org]
"""


def portal_yml(lint: str = "") -> str:
    """``mkdocs.yml`` of a test portal, with an optional ``lint:`` section (YAML, indented by two)."""
    if not lint.strip():
        return PORTAL_YML
    return PORTAL_YML + "  lint:\n" + "".join(f"    {line}\n" for line in lint.strip().splitlines())


def build_portal(root: Path, fixture: str | None = None, files: dict[str, str] | None = None, lint: str = "") -> Path:
    """A portal in ``root``: a fixture's courses and/or ``files`` (paths under courses/), and settings."""
    courses = root / "courses"
    courses.mkdir(parents=True, exist_ok=True)
    settings = lint
    if fixture is not None:
        source = FIXTURES / fixture
        for folder in source.iterdir():
            if folder.is_dir():
                shutil.copytree(folder, courses / folder.name)
        if (source / "lint.yml").exists():
            settings = (source / "lint.yml").read_text("utf-8")
    for name, text in (files or {}).items():
        path = courses / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").write_text(portal_yml(settings), encoding="utf-8")
    return root


def load(root: Path) -> Portal:
    """The loaded portal at ``root``."""
    return load_portal(load_config(root / "mkdocs.yml"))


def expected(fixture: str) -> Counter[FindingKey]:
    """The findings a fixture's markers expect, as (portal path, line, code) with multiplicity."""
    source = FIXTURES / fixture
    found: Counter[FindingKey] = Counter()
    for path in sorted(p for p in source.rglob("*") if p.is_file() and p.parent != source):
        rel = "courses/" + path.relative_to(source).as_posix()
        for number, line in enumerate(path.read_bytes().decode("utf-8", "replace").splitlines(), start=1):
            for match in MARKER.finditer(line):
                found.update((rel, number, code) for code in re.findall(r"LX\d{3}", match["codes"]))
    listed = source / "expect.txt"
    if listed.exists():
        for entry in listed.read_text("utf-8").split("\n"):
            if entry.strip():
                place, code = entry.split()
                path, line = place.rsplit(":", 1)
                found[(path, int(line), code)] += 1
    return found


def actual(result: LintResult) -> Counter[FindingKey]:
    """A lint result's findings as (path, line, code) with multiplicity."""
    return Counter((finding.path, finding.line, finding.code) for finding in result.findings)


@pytest.fixture
def portal_dir(tmp_path: Path) -> Callable[..., Path]:
    """``portal_dir(fixture=None, files=None, lint="")``: build a portal in a fresh temporary folder."""
    counter = iter(range(1_000_000))

    def make(fixture: str | None = None, files: dict[str, str] | None = None, lint: str = "") -> Path:
        return build_portal(tmp_path / f"portal-{next(counter)}", fixture, files, lint)

    return make


@pytest.fixture
def lint_fixture(portal_dir: Callable[..., Path]) -> Callable[[str], LintResult]:
    """``lint_fixture(name)``: lint a fixture's portal."""

    def run(name: str) -> LintResult:
        return lint_portal(load(portal_dir(name)))

    return run
