"""Lint findings as LSP diagnostics: the same code, rule and message, on the same line and column.

Findings count lines and columns from 1 in characters; a diagnostic covers the rest of the line
from the finding's column, converted to the client's units (UTF-16 unless it asked otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lsprotocol import types

from lxkit.findings import Finding, Severity

ToClient = Callable[[int, int], types.Position]
"""Converts a 0-based line and a column in characters to a position in the client's units."""

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def diagnostic(finding: Finding, lines: Sequence[str], to_client: ToClient) -> types.Diagnostic:
    """One finding as a diagnostic on the open document's ``lines``."""
    line = min(max(finding.line - 1, 0), max(len(lines) - 1, 0))
    text = lines[line].rstrip("\r\n") if lines else ""
    start = min(max(finding.column - 1, 0), len(text))
    end = len(text.rstrip())
    if end <= start:
        end = len(text)
    return types.Diagnostic(
        range=types.Range(to_client(line, start), to_client(line, max(start, end))),
        message=f"{finding.rule}: {finding.message}",
        severity=SEVERITIES[finding.severity],
        code=finding.code,
        source="lxkit",
    )


def diagnostics(findings: Sequence[Finding], lines: Sequence[str], to_client: ToClient) -> list[types.Diagnostic]:
    """Every finding of a file as a diagnostic, in lint's order."""
    return [diagnostic(finding, lines, to_client) for finding in findings]
