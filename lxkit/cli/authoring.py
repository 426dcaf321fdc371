"""``lxkit new`` (portal, course, module, plan), ``lxkit templates`` and ``lxkit schema``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from lxkit.cli.options import config_option, verbosity_options
from lxkit.console import Console


@click.group()
def new() -> None:
    """Scaffold a portal, a course or a module."""


@new.command("course")
@click.argument("course_id")
@click.option(
    "-t", "--template", default="flipped-classroom", show_default=True, help="Course template (see 'lxkit templates')."
)
@click.option("--title", help="Course title (default: from the id).")
@click.option("--owner", help="Your name, as the course's SME owner.")
@click.option("--github", "github", help="Your Git-host handle, used for review requests.")
@click.option("--force", is_flag=True, help="Overwrite an existing course folder.")
@click.option(
    "--from",
    "plan_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the course from a plan (.xlsx from 'lxkit new plan', or a .csv of its Weeks sheet).",
)
@config_option
@verbosity_options
def new_course(console: Console, config_file: Path | None, plan_file: Path | None, **options: Any) -> None:
    """Create a course COURSE_ID in the portal's courses folder from a template or a plan."""
    if plan_file is not None:
        from lxkit.commands.plan import course_from_plan_command

        return course_from_plan_command(console, config_file, options["course_id"], plan_file, options["force"])
    from lxkit.commands.new import new_course_command

    new_course_command(console, config_file, **options)
    return None


@new.command("plan")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace an existing file.")
@verbosity_options
def new_plan(console: Console, path: Path, force: bool) -> None:
    """Write a course plan workbook PATH (.xlsx) to fill in, with instructions and drop-down lists."""
    from lxkit.commands.plan import new_plan_command

    new_plan_command(console, path, force)


@new.command("module")
@click.argument("course_id")
@click.argument("slug")
@click.option("--title", help="Module title (default: from the slug).")
@click.option(
    "--week",
    type=int,
    help="Week of the module (default: the first week of the schedule with room for it, else the week after the last).",
)
@click.option(
    "--stage",
    type=click.Choice(["awareness", "capability-building", "application", "reinforcement", "measurement"]),
    default="capability-building",
    show_default=True,
    help="Journey stage of the module.",
)
@config_option
@verbosity_options
def new_module(console: Console, config_file: Path | None, **options: Any) -> None:
    """Add the next-numbered module SLUG to course COURSE_ID."""
    from lxkit.commands.new import new_module_command

    new_module_command(console, config_file, **options)


@new.command("portal")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", "site_name", default="Corporate University", show_default=True, help="Portal name.")
@click.option("--force", is_flag=True, help="Write into a folder that already has files (never overwrites them).")
@click.option(
    "--no-git", is_flag=True, help="Do not make the folder a Git repository (by default: git init and a first commit)."
)
@verbosity_options
def new_portal(console: Console, directory: Path, site_name: str, force: bool, no_git: bool) -> None:
    """Start a portal repository in DIRECTORY with an example course, as a Git repository.

    Runs 'git init' (branch main) and commits the new files when Git knows your name and e-mail,
    unless DIRECTORY is already inside a Git repository or --no-git is given.
    """
    from lxkit.commands.new import new_portal_command

    new_portal_command(console, directory, site_name, force, git=not no_git)


@click.command()
def templates() -> None:
    """List the course templates for 'lxkit new course --template'."""
    from lxkit.commands.templates import templates_command

    templates_command()


@click.command()
@click.argument("kind", type=click.Choice(["course", "module", "portal"]))
def schema(kind: str) -> None:
    """Print the JSON Schema of course or module front-matter, or of the portal's lxkit section."""
    from lxkit.commands.templates import schema_command

    schema_command(kind)
