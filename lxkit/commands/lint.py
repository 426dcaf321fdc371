"""``lxkit lint [PATHS]``: load the portal (or the courses under PATHS), lint it, write the report."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import click

from lxkit.commands.fix import apply_fixes, portal_fixes
from lxkit.commands.selection import inside_folder, select
from lxkit.console import Console, use_colour
from lxkit.exceptions import UsageError
from lxkit.formatters.base import Report
from lxkit.formatters.registry import get_formatter
from lxkit.insights.results import Insights, read_results
from lxkit.insights.settings import insight_settings
from lxkit.lint.parallel import lint_config
from lxkit.lint.registry import RULES
from lxkit.lint.scorecard import render_scorecard, scorecard
from lxkit.lint.todo import render_todo, todo_hint, todo_items
from lxkit.model import PortalConfig
from lxkit.portal_loading import open_config
from lxkit.tracking.settings import tracking_settings


def lint_command(
    console: Console,
    config_file: Path | None,
    paths: Sequence[Path],
    output_format: str,
    strict: bool,
    summary: bool,
    check_links: bool,
    output: Path | None,
    insights: bool = False,
    todo: bool = False,
    fix: bool = False,
) -> int:
    """Run ``lxkit lint``; returns the exit code (1 on errors, or warnings with ``strict``).

    With ``fix``, first applies the safe fixes of ``lxkit fix`` and then lints the fixed files.

    With ``todo``, prints the per-course checklist of what is still to write instead (exit 1 if any).
    """
    started = time.perf_counter()
    config = open_config(config_file)
    tracking_settings(config)  # settings that stop the build stop lint too (exit 2), with the same findings
    selection = select(config, paths, Path.cwd())
    if fix:
        apply_fixes(console, portal_fixes(config, selection))
    figures = _insights(config) if insights else None
    result = lint_config(config, selection.courses, selection.paths, check_links=check_links, insights=figures)
    if todo:
        click.echo(render_todo(result))
        return 1 if any(todo_items(result).values()) else 0
    formatter = get_formatter(output_format)
    scores = scorecard(result, RULES) if summary else None
    colour = output is None and not formatter.machine_readable and use_colour(sys.stdout)
    prefix = ci_path_prefix(config) if formatter.machine_readable else ""
    text = formatter.render(Report(result, RULES, scores if formatter.includes_scorecard else None, colour, prefix))
    if output is not None:
        write_report(output, text)
        console.info(f"wrote the {output_format} report to {output}")
    else:
        click.echo(text)
    hint = None if formatter.machine_readable else todo_hint(result)
    if hint is not None:
        click.echo(hint, err=True)
    if scores is not None and not formatter.includes_scorecard:
        click.echo(render_scorecard(scores, use_colour()), err=True)
    elapsed = time.perf_counter() - started
    console.detail(f"linted {result.files} files with {len(result.rules)} rules in {elapsed:.2f} s")
    return result.exit_code(strict)


def _insights(config: PortalConfig) -> Insights:
    """The results of the last ``lxkit insights`` run (a usage error when there are none)."""
    path = insight_settings(config).output
    found = read_results(path)
    if found is None:
        raise UsageError(f"no insights in {path} yet: run 'lxkit insights' first, then 'lxkit lint --insights'")
    return found


def ci_path_prefix(config: PortalConfig) -> str:
    """The portal root relative to the checked-out repository in GitHub Actions ('' elsewhere)."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if not workspace:
        return ""
    inside = inside_folder(Path(config.root).resolve(), Path(workspace).resolve())
    return "" if inside in (None, ".") else str(inside)


def write_report(output: Path, text: str) -> None:
    """Write the report file; an unwritable path is a usage error."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write the report to {output}: {error.strerror or error}") from error
