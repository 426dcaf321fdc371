"""``lxkit review``, ``lxkit codeowners`` and ``lxkit insights``: changes, their reviewers, and what learners did."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from lxkit.cli.options import config_option, verbosity_options
from lxkit.console import Console


@click.command()
@click.option(
    "--from",
    "from_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read statements from a JSON-lines file (an LRS export) instead of the LRS.",
)
@click.option("--lrs", help="The LRS's xAPI endpoint (default: LXKIT_LRS_ENDPOINT); credential: LXKIT_LRS_CREDENTIAL.")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path), help="The local store (DuckDB file).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Where to write the results.")
@click.option("--no-read", is_flag=True, help="Read nothing new; aggregate what the store holds.")
@click.option("--full", is_flag=True, help="Read every statement of the LRS again (repeats are dropped).")
@config_option
@verbosity_options
def insights(console: Console, config_file: Path | None, **options: Any) -> int:
    """Read learning records (only new ones) and write the insights the trainer view shows."""
    from lxkit.commands.insights import insights_command

    return insights_command(console, config_file, **options)


@click.command()
@click.option("--base", help="Git ref before the change (default: merge-base with the default branch).")
@click.option("--head", default="HEAD", show_default=True, help="Git ref after the change.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["markdown", "json"]),
    default="markdown",
    show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to a file.")
@config_option
@verbosity_options
def review(console: Console, config_file: Path | None, **options: Any) -> int:
    """Report what a change does to the courses, for a pull-request comment (exit 1 if it needs work)."""
    from lxkit.commands.review import review_command

    return review_command(console, config_file, **options)


@click.command()
@click.option("--write", is_flag=True, help="Write the owners into .github/CODEOWNERS (only lxkit's block).")
@click.option("--check", is_flag=True, help="Exit 1 if .github/CODEOWNERS is not up to date.")
@click.option("--force", is_flag=True, help="Add lxkit's block to a hand-written CODEOWNERS.")
@config_option
@verbosity_options
def codeowners(console: Console, config_file: Path | None, write: bool, check: bool, force: bool) -> int:
    """Print (or write) CODEOWNERS lines that ask each course's owners to review its changes."""
    from lxkit.commands.codeowners import codeowners_command

    return codeowners_command(console, config_file, write, check, force)
