"""Running the rules over a loaded portal: every check on its level, then one decision per finding.

``lint_portal`` is pure apart from listing the courses' files (for link targets) and, with
``check_links``, the network and the link cache.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxkit.boundary import too_deep
from lxkit.exceptions import LxkitError
from lxkit.findings import Finding, Severity, sort_findings
from lxkit.insights.results import Insights
from lxkit.lint.context import BodyContext, CourseContext, LintContext, ModuleContext, PortalContext
from lxkit.lint.decisions import DecisionEngine, Suppression
from lxkit.lint.links import CACHE_FILE, LinkChecker
from lxkit.lint.markdown import BodyCache
from lxkit.lint.registry import RULES
from lxkit.lint.rule import Rule, Scope
from lxkit.lint.rules.lx098_internal_error import InternalError
from lxkit.lint.rules.lx099_unused_suppression import UnusedSuppression
from lxkit.lint.settings import read_settings, rule_lookup
from lxkit.lint.suppressions import Directive, directives
from lxkit.model import Course, Document, Portal, PortalConfig


@dataclass(frozen=True, slots=True)
class CourseRef:
    """A linted course: its folder, title and the path of its ``index.md`` (for per-course reports)."""

    folder: str
    title: str
    path: str


@dataclass(frozen=True)
class LintResult:
    """What a lint run found: sorted findings, how many course files were checked, which rules ran."""

    findings: tuple[Finding, ...]
    files: int
    rules: tuple[str, ...]
    courses: tuple[CourseRef, ...] = ()
    suppressions: tuple[Suppression, ...] = ()

    def count(self, severity: Severity) -> int:
        """Number of findings of one severity."""
        return sum(1 for finding in self.findings if finding.severity is severity)

    @property
    def errors(self) -> int:
        """Number of error findings."""
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        """Number of warning findings."""
        return self.count(Severity.WARNING)

    @property
    def infos(self) -> int:
        """Number of info findings."""
        return self.count(Severity.INFO)

    def exit_code(self, strict: bool = False) -> int:
        """1 with any error (or, when strict, any warning), else 0."""
        return 1 if self.errors or (strict and self.warnings) else 0


def lint_portal(
    portal: Portal,
    paths: Sequence[str] | None = None,
    check_links: bool = False,
    link_checker: LinkChecker | None = None,
    rules: Sequence[Rule[Any]] = RULES,
    insights: Insights | None = None,
) -> LintResult:
    """Lint a loaded portal; ``paths`` (portal-relative files or folders) limits what is reported.

    Raises :class:`lxkit.exceptions.ConfigError` when the portal's lint settings are wrong.
    """
    settings = read_settings(portal.config.lint, rules)
    active = [
        r
        for r in rules
        if r.code not in settings.disabled
        and (check_links or not r.needs_network)
        and (insights is not None or not r.needs_insights)
    ]
    if check_links and link_checker is None:
        link_checker = LinkChecker(Path(portal.config.root) / CACHE_FILE)
    base = LintContext(portal, settings.options, BodyCache(Path(portal.config.root)), course_files(portal.config))
    raw = list(_run(active, base, link_checker, insights))
    decisions = DecisionEngine(settings, _directives(portal, base, rules), UnusedSuppression())
    kept = decisions.decide_all(raw) + decisions.unused({rule.code for rule in active})
    selected = [finding for finding in kept if within(finding.path, paths)]
    files = sum(1 for document in documents(portal) if within(document.path, paths))
    courses = tuple(CourseRef(c.folder, c.title, c.path) for c in portal.courses)
    used = tuple(s for s in decisions.used() if within(s.path, paths))
    return LintResult(tuple(sort_findings(selected)), files, tuple(rule.code for rule in active), courses, used)


def documents(portal: Portal) -> Iterator[Document]:
    """Every course file of the portal: each ``index.md`` followed by its modules."""
    for course in portal.courses:
        yield course
        yield from course.modules


def within(path: str, paths: Sequence[str] | None) -> bool:
    """Whether a portal-relative path is one of ``paths`` or inside one of them (None: everything)."""
    if paths is None:
        return True
    return any(not p or p == "." or path == p or path.startswith(p.rstrip("/") + "/") for p in paths)


def course_files(config: PortalConfig) -> frozenset[str]:
    """Portal-relative paths of every file in the courses folder (targets of relative links)."""
    root = Path(config.root)
    courses = root / config.courses_dir
    found: set[str] = set()
    for folder, subfolders, names in os.walk(courses):
        subfolders[:] = [n for n in subfolders if not n.startswith(".") and not too_deep(courses, f"{folder}/{n}")]
        prefix = Path(folder).relative_to(root).as_posix()
        found.update(f"{prefix}/{name}" for name in names)
    return frozenset(found)


def usable(document: Document) -> bool:
    """Whether a document's front-matter was read as fields without YAML problems.

    Else only its loader problems count: a file YAML could not read, or read with a key given twice,
    would only give findings that are consequences of that mistake.
    """
    return isinstance(document.source.data, dict) and not document.source.problems


def _run(
    rules: Sequence[Rule[Any]], base: LintContext, link_checker: LinkChecker | None, insights: Insights | None = None
) -> Iterator[Finding]:
    by_scope = {scope: [rule for rule in rules if rule.scope is scope] for scope in Scope}
    portal_context = PortalContext(base.portal, base.options, base.bodies, base.files, link_checker, insights)
    yield from _checks(by_scope[Scope.PORTAL], portal_context, Path(base.portal.config.config_file).name)
    for course in base.portal.courses:
        yield from _course(course, base, by_scope)


def _course(course: Course, base: LintContext, by_scope: dict[Scope, list[Rule[Any]]]) -> Iterator[Finding]:
    shared = (base.portal, base.options, base.bodies, base.files, course)
    if usable(course):
        complete = all(usable(module) for module in course.modules)
        course_rules = [rule for rule in by_scope[Scope.COURSE] if complete or not rule.needs_every_module]
        yield from _checks(course_rules, CourseContext(*shared), course.path)
    yield from _checks(by_scope[Scope.BODY], BodyContext(*shared, course), course.path)
    for module in course.modules:
        if usable(module):
            yield from _checks(by_scope[Scope.MODULE], ModuleContext(*shared, module), module.path)
        yield from _checks(by_scope[Scope.BODY], BodyContext(*shared, module), module.path)


def _checks(rules: Iterable[Rule[Any]], context: object, path: str) -> Iterator[Finding]:
    for rule in rules:
        try:
            yield from list(rule.check(context))
        except LxkitError:  # an environment problem (no network for --check-links) stops the run: exit 2
            raise
        except Exception as error:  # a bug in one rule must not hide every other finding
            yield InternalError().crashed(rule.code, path, error)


def _directives(portal: Portal, base: LintContext, rules: Sequence[Rule[Any]]) -> list[Directive]:
    lookup = rule_lookup(rules)
    found: list[Directive] = []
    for document in documents(portal):
        found.extend(directives(document, base.bodies.of(document), lookup))
    return found
