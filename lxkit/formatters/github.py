"""``--format github``: GitHub Actions workflow commands that annotate the pull request's files.

``::warning file=courses/x/02-y.md,line=12,col=5,title=LX102 objective-not-measurable::message``
"""

from __future__ import annotations

from lxkit.findings import Finding, Severity
from lxkit.formatters.base import Formatter, Report, counts_line

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message (``%``, CR and LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command property value (also ``:`` and ``,``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    """For GitHub Actions: one annotation per finding (info findings become notices)."""

    name = "github"
    description = "GitHub Actions workflow commands (::error file=...,line=...::message)"

    def render(self, report: Report) -> str:
        """One workflow command per finding, then the counts as a plain log line."""
        lines = [self.annotation(report, finding) for finding in report.result.findings]
        lines.append(counts_line(report))
        return "\n".join(lines)

    @staticmethod
    def annotation(report: Report, finding: Finding) -> str:
        """The workflow command of one finding."""
        properties = {
            "file": report.path(finding.path),
            "line": str(finding.line),
            "col": str(finding.column),
            "title": f"{finding.code} {finding.rule}",
        }
        joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
        return f"::{LEVELS[finding.severity]} {joined}::{escape_data(finding.message)}"
