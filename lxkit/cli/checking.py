"""``lxkit lint``, ``lxkit fix``, ``lxkit rules`` and ``lxkit lsp``: checking course files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from lxkit.cli.options import config_option, verbosity_options
from lxkit.console import Console


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "github", "sarif"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("--summary", is_flag=True, help="Print a per-course scorecard after the findings.")
@click.option("--todo", is_flag=True, help="Print per course what is still to write, in order.")
@click.option("--check-links", is_flag=True, help="Also check that external URLs answer (uses the network).")
@click.option("--fix", is_flag=True, help="First apply the safe fixes of 'lxkit fix', then lint the fixed files.")
@click.option(
    "--insights", is_flag=True, help="Also report questions that learners' answers flag (after 'lxkit insights')."
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to a file.")
@config_option
@verbosity_options
def lint(console: Console, config_file: Path | None, **options: Any) -> int:
    """Check courses (all, or those under PATHS) for the structure of good learning."""
    from lxkit.commands.lint import lint_command

    return lint_command(console, config_file, **options)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--diff", is_flag=True, help="Print the fixes as a diff and change nothing (exit 1 if any).")
@config_option
@verbosity_options
def fix(console: Console, config_file: Path | None, paths: tuple[Path, ...], diff: bool) -> int:
    """Apply the safe fixes to course files (all, or those under PATHS): quotes, versions, minutes, YAML layout.

    Everything outside a fixed line stays as it is; running it again changes nothing.
    """
    from lxkit.commands.fix import fix_command

    return fix_command(console, config_file, paths, diff)


@click.command()
@click.argument("code", required=False)
@click.option("--markdown", is_flag=True, help="Print rule pages as Markdown (for the docs).")
@verbosity_options
def rules(console: Console, code: str | None, markdown: bool) -> int:
    """List every lint rule, or print the page of one rule (e.g. lxkit rules LX102)."""
    from lxkit.commands.rules import rules_command

    return rules_command(console, code, markdown)


@click.command()
@click.option(
    "--debounce",
    "debounce_ms",
    type=click.IntRange(min=0),
    default=300,
    show_default=True,
    help="Milliseconds without typing before a file is linted again.",
)
def lsp(debounce_ms: int) -> None:
    """Language server for editors (stdio): lint diagnostics while typing, completion, hover, quick fixes."""
    from lxkit.commands.lsp import lsp_command

    lsp_command(debounce_ms)
