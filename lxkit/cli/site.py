"""``lxkit build``, ``lxkit serve``, ``lxkit publish`` and ``lxkit versions``: the portal's site and its versions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from lxkit.cli.options import (
    apply_options,
    config_option,
    deploy_target_options,
    jobs_option,
    push_options,
    verbosity_options,
)
from lxkit.console import Console


@click.command()
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


@click.command()
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--trainer/--no-trainer", default=True, show_default=True, help="Also serve the trainer view.")
@jobs_option
@config_option
@verbosity_options
def serve(console: Console, config_file: Path | None, dev_addr: str, trainer: bool, jobs: int | None) -> None:
    """Preview the portal with live reload; edits show in the browser without a restart."""
    from lxkit.commands.serve import serve_command

    serve_command(console, config_file, dev_addr, trainer=trainer, jobs=jobs)


@click.command()
@click.option("--version", "version", required=True, help="Version to publish, e.g. 1.2 or dev (its folder name).")
@click.option("-a", "--alias", "aliases", multiple=True, help="Alias of the version, e.g. latest (repeatable).")
@click.option("-t", "--title", help="Title in the version selector (default: the version).")
@apply_options(deploy_target_options + push_options)
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


@click.group()
def versions() -> None:
    """List, delete and choose the default of the published versions."""


@versions.command("list")
@apply_options(deploy_target_options)
@click.option("--json", "as_json", is_flag=True, help="Print versions.json.")
@verbosity_options
def versions_list(console: Console, **options: Any) -> None:
    """List the published versions, newest first."""
    from lxkit.commands.versions import list_command

    list_command(console, **options)


@versions.command("delete")
@click.argument("identifiers", nargs=-1, required=True)
@apply_options(deploy_target_options + push_options)
@verbosity_options
def versions_delete(console: Console, **options: Any) -> None:
    """Delete published versions (with their aliases) or single aliases."""
    from lxkit.commands.versions import delete_command

    delete_command(console, **options)


@versions.command("set-default")
@click.argument("identifier")
@apply_options(deploy_target_options + push_options)
@verbosity_options
def versions_set_default(console: Console, **options: Any) -> None:
    """Make the portal's home page redirect to IDENTIFIER (a version or alias)."""
    from lxkit.commands.versions import set_default_command

    set_default_command(console, **options)
