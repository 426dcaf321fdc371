"""The rule contract: a rule's metadata (code, name, severity, area, rationale, examples, options)
beside its check, and the base classes that say on which level a check runs.

Adding a rule = one new module in :mod:`lxkit.lint.rules` with one subclass of
:class:`CourseRule`, :class:`ModuleRule`, :class:`BodyRule` or :class:`PortalRule`, plus one line
in :mod:`lxkit.lint.registry`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import ClassVar, Generic, TypeVar

from lxkit.findings import Finding, Severity
from lxkit.lint.context import BodyContext, CourseContext, ModuleContext, PortalContext
from lxkit.lint.options import OptionSpec
from lxkit.model import Document
from lxkit.problems import LOADER_CODES

C = TypeVar("C")


class Area(str, Enum):
    """What a rule protects; the ``--summary`` scorecard counts rules per area."""

    STRUCTURE = "structure"
    ALIGNMENT = "alignment"
    FLIPPED_CLASSROOM = "flipped-classroom"
    BUSINESS_LINK = "business-link"
    ACCESSIBILITY = "accessibility"
    CONTENT = "content"

    @property
    def label(self) -> str:
        """The area as a heading: ``flipped-classroom`` -> ``Flipped classroom``."""
        return self.value.replace("-", " ").capitalize()


class Scope(str, Enum):
    """The level a rule's check runs on."""

    PORTAL = "portal"
    COURSE = "course"
    MODULE = "module"
    BODY = "body"


@dataclass(frozen=True, slots=True)
class Example:
    """A failing and a passing snippet for the rule's page (``language``: yaml or markdown)."""

    language: str
    bad: str
    good: str


class Rule(ABC, Generic[C]):
    """A lint rule. Codes and names are a contract: they never change meaning."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    area: ClassVar[Area]
    scope: ClassVar[Scope]
    summary: ClassVar[str]
    rationale: ClassVar[str]
    example: ClassVar[Example]
    standard: ClassVar[str] = ""
    tags: ClassVar[tuple[str, ...]] = ()
    options: ClassVar[Mapping[str, OptionSpec]] = MappingProxyType({})
    needs_network: ClassVar[bool] = False
    needs_insights: ClassVar[bool] = False  # runs only with 'lxkit lint --insights'
    scored: ClassVar[bool] = True
    checks: ClassVar[str] = ""
    """Where the rule looks, in words, when the rule's kind does not say it (rule pages)."""
    needs_every_module: ClassVar[bool] = False
    """A course rule that sums up all modules; skipped while one of them cannot be read (no cascades)."""

    @abstractmethod
    def check(self, context: C) -> Iterable[Finding]:
        """The findings of this rule in the part of the portal ``context`` holds."""

    def finding(self, path: str, line: int, column: int, message: str) -> Finding:
        """A finding of this rule with its default severity (settings may change it later)."""
        return Finding(path, max(line, 1), max(column, 1), self.code, self.name, self.severity, message)

    def at(self, document: Document, key: tuple[str | int, ...], message: str) -> Finding:
        """A finding at a front-matter key (or its nearest parent; the front-matter start for ``()``)."""
        line, column = document.source.position(*key)
        return self.finding(document.path, line, column, message)


class PortalRule(Rule[PortalContext]):
    """A rule that looks at the whole portal at once."""

    scope = Scope.PORTAL


class CourseRule(Rule[CourseContext]):
    """A rule about one course: its ``index.md`` and its modules together."""

    scope = Scope.COURSE


class ModuleRule(Rule[ModuleContext]):
    """A rule about one module's front-matter."""

    scope = Scope.MODULE


class BodyRule(Rule[BodyContext]):
    """A rule about the Markdown body of every course document (overview and modules)."""

    scope = Scope.BODY


class LoaderRule(PortalRule):
    """A problem the loader finds while reading files; the rule reports the loader's findings.

    Subclasses set ``code`` and take ``name`` and ``severity`` from :data:`lxkit.problems.LOADER_CODES`
    with :func:`loader_metadata`, so the loader and the linter can never disagree.
    """

    def check(self, context: PortalContext) -> Iterable[Finding]:
        """The loader's findings of this rule's code."""
        return (found for found in context.portal.all_problems() if found.code == self.code)


class EngineRule(PortalRule):
    """A finding the lint engine itself makes (e.g. an unused suppression); the check finds nothing."""

    scored = False

    def check(self, context: PortalContext) -> Iterable[Finding]:
        """Nothing: the engine reports these findings itself."""
        return ()


def loader_metadata(code: str) -> tuple[str, Severity]:
    """Name and default severity of a loader code."""
    return LOADER_CODES[code]
