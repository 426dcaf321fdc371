"""The one record every check produces: an immutable finding tied to a place in a source file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

_SHOWN = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


class Severity(str, Enum):
    """How much a finding matters; ``error`` fails a lint run and blocks a build."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Order used for sorting and thresholds: errors first."""
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """A problem found in a course file, reported as ``path:line:column: CODE rule: message``.

    ``path`` is relative to the portal root, in POSIX form; ``line`` and ``column`` are 1-based.
    """

    path: str
    line: int
    column: int
    code: str
    rule: str
    severity: Severity
    message: str

    def __post_init__(self) -> None:
        """Messages quote authors' text: invisible and right-to-left characters are shown escaped."""
        if not self.message.isprintable():
            object.__setattr__(self, "message", escape(self.message))

    def location(self) -> str:
        """``path:line:column`` as editors and CI annotations understand it (odd characters escaped)."""
        return f"{escape(self.path)}:{self.line}:{self.column}"

    def with_severity(self, severity: Severity) -> Finding:
        """A copy of this finding with another severity (from the portal's lint settings)."""
        return Finding(self.path, self.line, self.column, self.code, self.rule, severity, self.message)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in reading order: by file, line, column, then code."""
    return sorted(findings, key=lambda f: (f.path, f.line, f.column, f.code, f.message))


def escape(text: str) -> str:
    """``text`` with control, invisible and right-to-left characters written as ``\\uXXXX``.

    Messages quote what authors wrote; an invisible or direction-changing character printed raw
    would hide itself or reorder the terminal line. Plain text (accents, CJK, emoji) is unchanged.
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _SHOWN.get(c, f"\\u{ord(c):04x}") for c in text)
