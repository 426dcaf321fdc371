"""The ``lxkit`` command line: parses flags and calls :mod:`lxkit.commands`; nothing else.

Exit codes: 0 success, 1 content problems (or lint errors), 2 usage or environment errors.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from lxkit import __version__
from lxkit.console import Console
from lxkit.exceptions import EXIT_USAGE, ConfigError, ContentError, LxkitError

F = TypeVar("F", bound=Callable[..., Any])

config_option = click.option(
    "-f",
    "--config-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The portal's mkdocs.yml (default: the nearest one from the current folder upwards).",
)


def verbosity_options(function: F) -> F:
    """Add -q/--quiet and -v/--verbose and pass a :class:`Console` as ``console``."""

    @click.option("-q", "--quiet", is_flag=True, help="Print only problems and results.")
    @click.option("-v", "--verbose", is_flag=True, help="Print more about what lxkit does.")
    @functools.wraps(function)
    def wrapper(*args: Any, quiet: bool, verbose: bool, **kwargs: Any) -> Any:
        console = Console(-1 if quiet else (1 if verbose else 0))
        return _report_errors(function, console, *args, console=console, **kwargs)

    return wrapper  # type: ignore[return-value]


def _report_errors(function: Callable[..., Any], reporter: Console, *args: Any, **kwargs: Any) -> Any:
    """Run a command; lxkit errors become messages and exit codes, never tracebacks."""
    try:
        result = function(*args, **kwargs)
    except (ContentError, ConfigError) as error:
        reporter.findings(error.findings)
        reporter.error(error.message)
        sys.exit(error.exit_code)
    except LxkitError as error:
        reporter.error(error.message)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        reporter.error("interrupted")
        sys.exit(130)
    if isinstance(result, int) and result:
        sys.exit(result)
    return result


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="lxkit")
def cli() -> None:
    """lxkit: write flipped-classroom courses in Markdown, lint their pedagogy and build a portal.

    Exit codes: 0 ok, 1 content problems, 2 usage or environment errors.
    """


@cli.group()
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
@verbosity_options
def new_portal(console: Console, directory: Path, site_name: str, force: bool) -> None:
    """Start a portal repository in DIRECTORY with an example course."""
    from lxkit.commands.new import new_portal_command

    new_portal_command(console, directory, site_name, force)


jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes for building pages (default: one per CPU core).",
)


@cli.command()
@click.option(
    "-d", "--site-dir", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default: site/)."
)
@click.option("--clean", is_flag=True, help="Ignore the build cache (.lxkit-cache/) and rebuild everything.")
@click.option(
    "--trainer/--no-trainer", default=True, show_default=True, help="Also build the trainer view under trainer/."
)
@jobs_option
@config_option
@verbosity_options
def build(
    console: Console, config_file: Path | None, site_dir: Path | None, clean: bool, trainer: bool, jobs: int | None
) -> None:
    """Build the static learning portal (default into site/); rebuilds only what changed."""
    from lxkit.commands.build import build_command

    build_command(console, config_file, site_dir, clean=clean, trainer=trainer, jobs=jobs)


@cli.command()
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--trainer/--no-trainer", default=True, show_default=True, help="Also serve the trainer view.")
@jobs_option
@config_option
@verbosity_options
def serve(console: Console, config_file: Path | None, dev_addr: str, trainer: bool, jobs: int | None) -> None:
    """Preview the portal with live reload; edits show in the browser without a restart."""
    from lxkit.commands.serve import serve_command

    serve_command(console, config_file, dev_addr, trainer=trainer, jobs=jobs)


@cli.command()
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


@cli.command()
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


@cli.command()
@click.argument("code", required=False)
@click.option("--markdown", is_flag=True, help="Print rule pages as Markdown (for the docs).")
@verbosity_options
def rules(console: Console, code: str | None, markdown: bool) -> int:
    """List every lint rule, or print the page of one rule (e.g. lxkit rules LX102)."""
    from lxkit.commands.rules import rules_command

    return rules_command(console, code, markdown)


@cli.command()
def templates() -> None:
    """List the course templates for 'lxkit new course --template'."""
    from lxkit.scaffold.templates import available_templates

    for template in available_templates():
        click.echo(f"{template.name:20} {template.description}")


@cli.command()
@click.argument("kind", type=click.Choice(["course", "module", "portal"]))
def schema(kind: str) -> None:
    """Print the JSON Schema of course or module front-matter, or of the portal's lxkit section."""
    import json

    from lxkit.validation import load_schema

    click.echo(json.dumps(load_schema(kind), indent=2))


@cli.command()
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


deploy_target_options = [
    click.option("--to", type=click.Path(file_okay=False, path_type=Path), help="Deploy tree in a folder."),
    click.option("--branch", help="Deploy tree on a Git branch, e.g. gh-pages (the work tree is not touched)."),
]
push_options = [
    click.option("--push", is_flag=True, help="Push the branch to the remote afterwards (with --branch)."),
    click.option("--remote", default="origin", show_default=True, help="Remote to fetch from and push to."),
]


def _options(options: list[Callable[[F], F]]) -> Callable[[F], F]:
    """Apply a list of click options in order."""

    def apply(function: F) -> F:
        for option in reversed(options):
            function = option(function)
        return function

    return apply


@cli.command()
@click.option("--version", "version", required=True, help="Version to publish, e.g. 1.2 or dev (its folder name).")
@click.option("-a", "--alias", "aliases", multiple=True, help="Alias of the version, e.g. latest (repeatable).")
@click.option("-t", "--title", help="Title in the version selector (default: the version).")
@_options(deploy_target_options + push_options)
@click.option(
    "--alias-type",
    type=click.Choice(["redirect", "copy"]),
    default="redirect",
    show_default=True,
    help="Publish aliases as redirect pages or as full copies.",
)
@click.option("-u", "--update-aliases", is_flag=True, help="Move aliases that belong to another version.")
@click.option(
    "--set-default", "make_default", is_flag=True, help="Make the portal's home redirect here (first alias or version)."
)
@click.option("--site-url", help="Base URL of the deploy tree (default: site_url of mkdocs.yml).")
@click.option("--trainer/--no-trainer", default=True, show_default=True, help="Also publish the trainer view.")
@click.option("--force", is_flag=True, help="Publish into a folder or branch that holds other files.")
@click.option("-m", "--message", help="Commit message (with --branch).")
@click.option(
    "--freeze",
    multiple=True,
    metavar="COURSE",
    help="Also freeze COURSE at its version into courses/COURSE/VERSION/, never changed again (repeatable).",
)
@config_option
@verbosity_options
def publish(console: Console, config_file: Path | None, **options: Any) -> None:
    """Build the portal as one version of a versioned site (mike's format), into --to DIR or --branch."""
    from lxkit.commands.publish import publish_command

    publish_command(console, config_file, **options)


@cli.group()
def versions() -> None:
    """List, delete and choose the default of the published versions."""


@versions.command("list")
@_options(deploy_target_options)
@click.option("--json", "as_json", is_flag=True, help="Print versions.json.")
@verbosity_options
def versions_list(console: Console, **options: Any) -> None:
    """List the published versions, newest first."""
    from lxkit.commands.versions import list_command

    list_command(console, **options)


@versions.command("delete")
@click.argument("identifiers", nargs=-1, required=True)
@_options(deploy_target_options + push_options)
@verbosity_options
def versions_delete(console: Console, **options: Any) -> None:
    """Delete published versions (with their aliases) or single aliases."""
    from lxkit.commands.versions import delete_command

    delete_command(console, **options)


@versions.command("set-default")
@click.argument("identifier")
@_options(deploy_target_options + push_options)
@verbosity_options
def versions_set_default(console: Console, **options: Any) -> None:
    """Make the portal's home page redirect to IDENTIFIER (a version or alias)."""
    from lxkit.commands.versions import set_default_command

    set_default_command(console, **options)


@cli.command()
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


@cli.command()
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


@cli.command()
@click.option("--write", is_flag=True, help="Write the owners into .github/CODEOWNERS (only lxkit's block).")
@click.option("--check", is_flag=True, help="Exit 1 if .github/CODEOWNERS is not up to date.")
@click.option("--force", is_flag=True, help="Add lxkit's block to a hand-written CODEOWNERS.")
@config_option
@verbosity_options
def codeowners(console: Console, config_file: Path | None, write: bool, check: bool, force: bool) -> int:
    """Print (or write) CODEOWNERS lines that ask each course's owners to review its changes."""
    from lxkit.commands.codeowners import codeowners_command

    return codeowners_command(console, config_file, write, check, force)


@cli.group()
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
@_options(package_options)
@config_option
@verbosity_options
def export_cmi5(console: Console, config_file: Path | None, **options: Any) -> None:
    """Write a cmi5 package of COURSE_ID (one AU per module) for an LMS to import."""
    from lxkit.commands.export import export_package_command

    export_package_command(console, config_file, "cmi5", **options)


@export.command("scorm12")
@_options(package_options)
@config_option
@verbosity_options
def export_scorm12(console: Console, config_file: Path | None, **options: Any) -> None:
    """Write a SCORM 1.2 package of COURSE_ID (one SCO per module) for an LMS to import."""
    from lxkit.commands.export import export_package_command

    export_package_command(console, config_file, "scorm12", **options)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (for ``python -m lxkit`` and the console script)."""
    try:
        cli.main(args=argv, prog_name="lxkit", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 1
    except click.ClickException as error:
        error.show()
        return EXIT_USAGE
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
