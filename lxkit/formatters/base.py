"""What every formatter receives, and the formatter interface."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from lxkit.findings import escape
from lxkit.lint.engine import LintResult
from lxkit.lint.rule import Rule
from lxkit.lint.scorecard import CourseScore


@dataclass(frozen=True)
class Report:
    """A lint result and how to show it.

    ``path_prefix`` is prepended to finding paths in CI formats when the portal is a folder of a
    larger repository (code scanning wants paths relative to the repository root).
    """

    result: LintResult
    rules: Sequence[Rule[Any]]
    scorecard: tuple[CourseScore, ...] | None = None
    colour: bool = False
    path_prefix: str = ""

    def path(self, path: str) -> str:
        """A finding's path as the report shows it (invisible and right-to-left characters escaped)."""
        path = escape(path)
        return f"{self.path_prefix.rstrip('/')}/{path}" if self.path_prefix else path


class Formatter(ABC):
    """Turns a :class:`Report` into the text written to the terminal or the ``--output`` file."""

    name: ClassVar[str]
    description: ClassVar[str]
    machine_readable: ClassVar[bool] = True
    includes_scorecard: ClassVar[bool] = False

    @abstractmethod
    def render(self, report: Report) -> str:
        """The whole report as text (ending without a newline)."""


def counts_line(report: Report) -> str:
    """``3 errors, 1 warning and 0 infos in 17 files`` (or ``no problems in 17 files``)."""
    result = report.result
    files = f"{result.files} file{'s' if result.files != 1 else ''}"
    if not result.findings:
        return f"No problems in {files}."
    parts = [_plural(result.errors, "error"), _plural(result.warnings, "warning"), _plural(result.infos, "info")]
    return f"{parts[0]}, {parts[1]} and {parts[2]} in {files}."


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"
