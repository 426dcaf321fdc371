"""``lxkit export``: LMS packages (cmi5, SCORM 1.2), course plans (Excel) and printed handouts (PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from lxkit.cli.options import apply_options, config_option, verbosity_options
from lxkit.console import Console


@click.group()
def export() -> None:
    """Export courses: LMS packages (cmi5, SCORM 1.2), course plans (Excel) and printed handouts (PDF)."""


@export.command("plan")
@click.argument("course_id")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="The workbook to write.")
@click.option("--force", is_flag=True, help="Replace an existing file.")
@config_option
@verbosity_options
def export_plan(console: Console, config_file: Path | None, course_id: str, output: Path | None, force: bool) -> None:
    """Write the plan of COURSE_ID as a workbook (default <course>-plan.xlsx), the layout 'lxkit new plan' writes."""
    from lxkit.commands.plan import export_plan_command

    export_plan_command(console, config_file, course_id, output, force)


@export.command("pdf")
@click.argument("course_id")
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    help="The folder for the two PDFs (default: here); it is created if missing.",
)
@click.option("--force", is_flag=True, help="Replace existing PDFs.")
@config_option
@verbosity_options
def export_pdf(console: Console, config_file: Path | None, course_id: str, out: Path | None, force: bool) -> None:
    """Write the learner workbook and the facilitator guide of COURSE_ID as tagged PDFs to print."""
    from lxkit.commands.export import export_pdf_command

    export_pdf_command(console, config_file, course_id, out, force)


package_options = [
    click.argument("course_id", required=False),
    click.option("--all", "all_courses", is_flag=True, help="Export every course of the portal (one zip each)."),
    click.option(
        "-o",
        "--output",
        type=click.Path(path_type=Path),
        help="The zip to write (default: <course>-<version>-<kind>.zip here); with --all, the folder for the zips.",
    ),
    click.option("--force", is_flag=True, help="Replace an existing zip."),
]


@export.command("cmi5")
@apply_options(package_options)
@config_option
@verbosity_options
def export_cmi5(console: Console, config_file: Path | None, **options: Any) -> None:
    """Write a cmi5 package of COURSE_ID (one AU per module) for an LMS to import."""
    from lxkit.commands.export import export_package_command

    export_package_command(console, config_file, "cmi5", **options)


@export.command("scorm12")
@apply_options(package_options)
@config_option
@verbosity_options
def export_scorm12(console: Console, config_file: Path | None, **options: Any) -> None:
    """Write a SCORM 1.2 package of COURSE_ID (one SCO per module) for an LMS to import."""
    from lxkit.commands.export import export_package_command

    export_package_command(console, config_file, "scorm12", **options)
