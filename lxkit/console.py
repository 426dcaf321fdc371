"""Terminal output: verbosity, colour (off when piped or NO_COLOR) and problem reports."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass

import click

from lxkit.findings import Finding, Severity, sort_findings

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


@dataclass(frozen=True)
class Console:
    """Where lxkit talks to the user; ``verbosity`` is -1 (quiet), 0 (normal) or 1 (verbose)."""

    verbosity: int = 0

    def info(self, message: str) -> None:
        """A normal progress or result message (hidden with --quiet)."""
        if self.verbosity >= 0:
            click.echo(message, err=True)

    def detail(self, message: str) -> None:
        """A message shown only with --verbose."""
        if self.verbosity > 0:
            click.echo(message, err=True)

    def error(self, message: str) -> None:
        """An error message (always shown, on stderr)."""
        click.echo(
            click.style("error: ", fg="red", bold=True) + message if use_colour() else f"error: {message}", err=True
        )

    def warning(self, message: str) -> None:
        """A problem that did not stop the command (always shown, on stderr)."""
        prefix = click.style("warning: ", fg="yellow", bold=True) if use_colour() else "warning: "
        click.echo(prefix + message, err=True)

    def findings(self, findings: Iterable[Finding]) -> None:
        """Problems as ``path:line:col: CODE rule: message`` lines on stderr."""
        for finding in sort_findings(list(findings)):
            click.echo(format_finding(finding, use_colour()), err=True)


def use_colour(stream: object = None) -> bool:
    """Colour only on a terminal and never when NO_COLOR is set."""
    if os.environ.get("NO_COLOR"):
        return False
    target = stream if stream is not None else sys.stderr
    isatty = getattr(target, "isatty", None)
    return bool(isatty and isatty())


def format_finding(finding: Finding, colour: bool = False) -> str:
    """One finding as a ``path:line:col: CODE rule: message`` line, with the severity word."""
    severity = finding.severity.value
    if colour:
        severity = click.style(severity, fg=_COLOURS[finding.severity], bold=True)
        code = click.style(finding.code, bold=True)
    else:
        code = finding.code
    return f"{finding.location()}: {code} {finding.rule}: {finding.message} [{severity}]"
