"""``publish``: build the portal as one version of a versioned deploy tree, atomically and losing nothing.

The portal is built into a temporary folder first; only when the build succeeded is the lock
taken, the current ``versions.json`` read, and the version folder, its aliases and the root files
swapped in. A failed or interrupted build leaves the deploy tree exactly as it was; two publishes
of different versions at once both land, because the read-decide-write step is serialised.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lxkit import __version__
from lxkit.builder.api import BuildOptions, build_portal
from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.model import PortalConfig
from lxkit.publish.freeze import build_releases, plan_releases, read_releases, stage_releases
from lxkit.publish.redirects import read_default, read_home, site_path
from lxkit.publish.releases import Release, releases_extra
from lxkit.publish.targets import DeployTarget
from lxkit.publish.tree import AliasType, choose_default, stage_root_files, stage_version
from lxkit.publish.versions import VERSIONS_FILE, VersionInfo, Versions, add_version, parse_versions
from lxkit.scratch import scratch_dir
from lxkit.tracking.page import PORTAL_VERSION_KEY

BuildFunction = Callable[..., object]
VERSION_SELECTOR = {"version": {"provider": "mike", "alias": True}}


@dataclass(frozen=True)
class PublishRequest:
    """What ``lxkit publish`` was asked to do."""

    version: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    alias_type: AliasType = AliasType.REDIRECT
    update_aliases: bool = False
    make_default: bool = False
    site_url: str | None = None
    trainer: bool = True
    force: bool = False
    message: str | None = None
    freeze: tuple[str, ...] = ()


@dataclass(frozen=True)
class PublishResult:
    """What a publish changed."""

    info: VersionInfo
    moved_aliases: tuple[str, ...]
    default: str | None
    version_url: str | None
    frozen: tuple[Release, ...] = ()
    names: tuple[str, ...] = ()
    message: str = ""


def read_versions(target: DeployTarget) -> Versions:
    """The target's published versions (none when it has no ``versions.json`` yet)."""
    text = target.read_text(VERSIONS_FILE)
    return Versions() if text is None else parse_versions(text, f"{VERSIONS_FILE} in {target.describe()}")


def check_deploy_tree(target: DeployTarget, force: bool) -> None:
    """Refuse to mix versions into a folder or branch that holds something else, unless forced."""
    names = target.top_names()
    if VERSIONS_FILE in names or not names - {".nojekyll"} or force:
        return
    shown = ", ".join(sorted(names)[:5]) + (", ..." if len(names) > 5 else "")
    raise UsageError(
        f"the {target.describe()} holds files lxkit did not publish ({shown}); publish into an empty folder "
        "or a new branch, or pass --force to add versions next to them (index.html and 404.html are replaced)"
    )


def check_folder(config: PortalConfig, folder: Path) -> None:
    """Refuse a deploy folder that is the portal itself or contains it: versions would replace sources."""
    root, target = Path(config.root).resolve(), folder.resolve()
    if target == root or target in root.parents:
        raise UsageError(f"refusing to publish into {folder}: it holds the portal's sources; use a folder of its own")


def version_url(base_url: str | None, version: str) -> str | None:
    """The absolute URL of a version folder (``https://host/prefix/1.0/``), if the base URL is known."""
    return f"{base_url.rstrip('/')}/{version}/" if base_url else None


def publish(
    config: PortalConfig,
    request: PublishRequest,
    target: DeployTarget,
    console: Console,
    contributors: Mapping[str, Sequence[tuple[str, int]]] | None = None,
) -> PublishResult:
    """Build the portal and publish it as ``request.version`` of ``target``."""
    check_deploy_tree(target, request.force)
    add_version(read_versions(target), request.version, request.title, request.aliases, request.update_aliases)
    target.check_writable()
    planned = plan_releases(config, request.freeze, target, request.trainer)
    base_url = request.site_url or config.site_url or None
    url = version_url(base_url, request.version)
    if url is None:
        console.info(
            "note: no site_url in mkdocs.yml (or --site-url): canonical links and the sitemap stay relative, "
            "and switching versions opens the other version's home page instead of the same page"
        )
    with scratch_dir("lxkit-publish-") as scratch:
        built = build_releases(config, planned, base_url, scratch, console, contributors)
        shown = releases_extra([*read_releases(target), *planned])
        options = BuildOptions(
            site_dir=scratch / "site",
            clean=True,
            trainer=request.trainer,
            site_url=url,
            extra={**VERSION_SELECTOR, "lxkit_releases": shown, PORTAL_VERSION_KEY: request.version},
            cache_dir=scratch / "cache",
        )
        _build(config, options, console, contributors)
        with target.locked():
            for note in target.prepare():
                console.info(f"note: {note}")
            result = _swap_in(target, request, scratch, url, base_url)
            result = replace(result, frozen=planned)
            frozen_names = stage_releases(target, scratch / "tree", planned, built)
            target.replace(scratch / "tree", [*frozen_names, *result.names], result.message)
            target.finish()
    return result


def _build(
    config: PortalConfig, options: BuildOptions, console: Console, contributors: Mapping[str, Any] | None
) -> None:
    if contributors is None:
        build_portal(config, options, console)
    else:
        build_portal(config, options, console, contributors=contributors)


def _swap_in(
    target: DeployTarget, request: PublishRequest, scratch: Path, url: str | None, base_url: str | None
) -> PublishResult:
    """Under the lock: update versions and stage the new entries in ``scratch/tree`` (the caller swaps them in)."""
    site, tree = scratch / "site", scratch / "tree"
    check_deploy_tree(target, request.force)
    versions, moved = add_version(
        read_versions(target), request.version, request.title, request.aliases, request.update_aliases
    )
    info = versions.find(request.version)
    assert info is not None
    wanted = (request.aliases[0] if request.aliases else request.version) if request.make_default else None
    default = choose_default(versions, read_default(target.read_text("index.html")), wanted)
    names = stage_version(tree, site, info, request.alias_type, url)
    home = site_path(base_url) if base_url else read_home(target.read_text("404.html"))
    names += stage_root_files(tree, versions, default, home)
    message = request.message or f"Deployed {request.version} with lxkit {__version__}"
    return PublishResult(info, moved, default, url, names=tuple(names), message=message)
