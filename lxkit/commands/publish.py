"""``lxkit publish``: build the portal as one version of a versioned deploy tree (folder or branch)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxkit import git
from lxkit.console import Console
from lxkit.portal_loading import open_config
from lxkit.publish.deploy import PublishRequest, check_folder, publish
from lxkit.publish.targets import open_target
from lxkit.publish.tree import AliasType
from lxkit.review.contributors import portal_contributors


def publish_command(
    console: Console,
    config_file: Path | None,
    to: Path | None,
    branch: str | None,
    push: bool,
    remote: str,
    alias_type: str,
    **request: Any,
) -> None:
    """Publish the portal as one version (``request`` holds the fields of :class:`PublishRequest`)."""
    config = open_config(config_file)
    if to is not None:
        check_folder(config, to)
    repo = Path(config.root) if to is not None else git.repo_root(Path(config.root))
    target = open_target(to, branch, repo, remote if push else None)
    options = PublishRequest(alias_type=AliasType(alias_type), **request)
    result = publish(config, options, target, console, contributors=portal_contributors(config))
    aliases = f" (aliases: {', '.join(result.info.aliases)})" if result.info.aliases else ""
    console.info(f"Published version {result.info.version}{aliases} to the {target.describe()}")
    for release in result.frozen:
        console.info(f"Froze {release.course} {release.version} into {release.folder}/ (it never changes)")
    for alias in result.moved_aliases:
        console.info(f"Moved alias {alias} to {result.info.version}")
    if result.default:
        console.info(f"The portal's home redirects to {result.default}/")
    if push:
        console.info(f"Pushed {branch} to {remote}")
