"""``--format text``: ``path:line:col: CODE rule: message [severity]`` lines and a summary."""

from __future__ import annotations

from lxkit.console import format_finding
from lxkit.formatters.base import Formatter, Report, counts_line
from lxkit.lint.scorecard import render_scorecard


class TextFormatter(Formatter):
    """For people: one line per finding, coloured on a terminal, then the counts."""

    name = "text"
    includes_scorecard = True
    description = "path:line:col: CODE rule: message lines (coloured on a terminal)"
    machine_readable = False

    def render(self, report: Report) -> str:
        """Findings, the counts line and, with --summary, the scorecard."""
        lines = [format_finding(finding, report.colour) for finding in report.result.findings]
        if lines:
            lines.append("")
        lines.append(counts_line(report))
        if report.scorecard is not None:
            lines.extend(["", render_scorecard(report.scorecard, report.colour)])
        return "\n".join(lines)
