"""``lxkit publish``: build the portal as one version of a versioned deploy tree (folder or branch)."""

from __future__ import annotations

from pathlib import Path

from lxkit import git
from lxkit.console import Console
from lxkit.portal_loading import open_config
from lxkit.publish.deploy import PublishRequest, publish
from lxkit.publish.targets import open_target
from lxkit.publish.tree import AliasType
from lxkit.review.contributors import portal_contributors


def publish_command(
    console: Console,
    config_file: Path | None,
    version: str,
    aliases: tuple[str, ...],
    title: str | None,
    to: Path | None,
    branch: str | None,
    push: bool,
    remote: str,
    alias_type: str,
    update_aliases: bool,
    set_default: bool,
    site_url: str | None,
    trainer: bool,
    force: bool,
    message: str | None,
) -> None:
    """Publish the portal as VERSION and say where it went."""
    config = open_config(config_file)
    repo = Path(config.root) if to is not None else git.repo_root(Path(config.root))
    target = open_target(to, branch, repo, remote if push else None)
    request = PublishRequest(
        version=version,
        aliases=aliases,
        title=title,
        alias_type=AliasType(alias_type),
        update_aliases=update_aliases,
        make_default=set_default,
        site_url=site_url,
        trainer=trainer,
        force=force,
        message=message,
    )
    result = publish(config, request, target, console, contributors=portal_contributors(config))
    aliases_text = f" (aliases: {', '.join(result.info.aliases)})" if result.info.aliases else ""
    console.info(f"Published version {result.info.version}{aliases_text} to the {target.describe()}")
    for alias in result.moved_aliases:
        console.info(f"Moved alias {alias} to {result.info.version}")
    if result.default:
        console.info(f"The portal's home redirects to {result.default}/")
    if push:
        console.info(f"Pushed {branch} to {remote}")
