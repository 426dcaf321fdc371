"""What a rule's check receives: the portal, the part it checks and the shared parsed bodies."""

from __future__ import annotations

from dataclasses import dataclass

from lxkit.insights.results import Insights
from lxkit.lint.links import LinkChecker
from lxkit.lint.markdown import BodyCache, ParsedBody
from lxkit.lint.options import Options
from lxkit.model import Course, Document, Module, Portal


@dataclass(frozen=True)
class LintContext:
    """Shared by every check: the portal, resolved options, parsed bodies and the courses' files."""

    portal: Portal
    options: Options
    bodies: BodyCache
    files: frozenset[str]


@dataclass(frozen=True)
class PortalContext(LintContext):
    """For rules that look at the whole portal at once (loader problems, external links)."""

    link_checker: LinkChecker | None = None
    insights: Insights | None = None


@dataclass(frozen=True)
class CourseContext(LintContext):
    """For rules about one course (its ``index.md`` and its modules together)."""

    course: Course

    @property
    def overview(self) -> ParsedBody:
        """The parsed overview text of ``index.md``."""
        return self.bodies.of(self.course)


@dataclass(frozen=True)
class ModuleContext(CourseContext):
    """For rules about one module's front-matter."""

    module: Module


@dataclass(frozen=True)
class BodyContext(CourseContext):
    """For rules about the Markdown body of one document (course overview or module)."""

    document: Document

    @property
    def body(self) -> ParsedBody:
        """The parsed body of :attr:`document`."""
        return self.bodies.of(self.document)
