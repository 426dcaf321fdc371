"""``lxkit versions list|delete|set-default``: manage the published versions of a deploy tree."""

from __future__ import annotations

from pathlib import Path

import click

from lxkit.console import Console
from lxkit.publish.deploy import read_versions
from lxkit.publish.freeze import read_releases
from lxkit.publish.manage import current_default, delete_versions, describe_version, set_default
from lxkit.publish.targets import DeployTarget, open_target
from lxkit.publish.versions import dump_versions


def _target(to: Path | None, branch: str | None, push: bool = False, remote: str = "origin") -> DeployTarget:
    return open_target(to, branch, Path.cwd(), remote if push else None)


def list_command(console: Console, to: Path | None, branch: str | None, as_json: bool) -> None:
    """Print the published versions, newest first (as ``mike list`` does), or ``versions.json``."""
    target = _target(to, branch)
    versions = read_versions(target)
    if as_json:
        click.echo(dump_versions(versions), nl=False)
        return
    if not versions.entries:
        console.info(f"no versions are published in the {target.describe()}")
    for info in versions.entries:
        click.echo(describe_version(info))
    default = current_default(target)
    if default:
        console.info(f"default: {default}")
    for release in read_releases(target):
        console.info(f"frozen: {release.course} {release.version} ({release.frozen}) in {release.folder}/")


def delete_command(
    console: Console, identifiers: tuple[str, ...], to: Path | None, branch: str | None, push: bool, remote: str
) -> None:
    """Delete published versions (with their aliases) or single aliases."""
    target = _target(to, branch, push, remote)
    remaining = delete_versions(target, identifiers, console=console)
    console.info(f"Deleted {', '.join(identifiers)} from the {target.describe()}; {len(remaining.entries)} left")


def set_default_command(
    console: Console, identifier: str, to: Path | None, branch: str | None, push: bool, remote: str
) -> None:
    """Make the portal's home page redirect to one version or alias."""
    target = _target(to, branch, push, remote)
    set_default(target, identifier, console=console)
    console.info(f"The home page of the {target.describe()} now redirects to {identifier}/")
