"""Managing the versions of a deploy tree: delete a version or alias, choose the default one."""

from __future__ import annotations

from collections.abc import Sequence

from lxkit import __version__
from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.publish.deploy import read_versions
from lxkit.publish.redirects import read_default, read_home
from lxkit.publish.targets import DeployTarget
from lxkit.publish.tree import choose_default, stage_root_files
from lxkit.publish.versions import VersionInfo, Versions, remove, shown_title
from lxkit.scratch import scratch_dir


def describe_version(info: VersionInfo) -> str:
    """One line of ``lxkit versions list``, as ``mike list`` prints it: ``"Title" (1.0) [latest]``."""
    aliases = f" [{', '.join(sorted(info.aliases))}]" if info.aliases else ""
    title = shown_title(info.title)
    label = f'"{title}" ({info.version})' if title != info.version else info.version
    return label + aliases


def current_default(target: DeployTarget) -> str | None:
    """The version or alias the root ``index.html`` redirects to."""
    return read_default(target.read_text("index.html"))


def delete_versions(
    target: DeployTarget, identifiers: Sequence[str], message: str | None = None, console: Console | None = None
) -> Versions:
    """Delete versions (with their aliases) or single aliases; re-point the default if it went away."""
    target.check_writable()
    with target.locked():
        _prepare(target, console)
        versions = read_versions(target)
        removed: list[str] = []
        for identifier in identifiers:
            versions, gone = remove(versions, identifier)
            removed.extend(gone)
        default = choose_default(versions, current_default(target))
        message = message or f"Removed {', '.join(identifiers)} with lxkit {__version__}"
        _write(target, versions, default, removed, message)
        target.finish()
    return versions


def set_default(
    target: DeployTarget, identifier: str, message: str | None = None, console: Console | None = None
) -> None:
    """Make the root ``index.html`` (and ``404.html``) send readers to ``identifier``."""
    target.check_writable()
    with target.locked():
        _prepare(target, console)
        versions = read_versions(target)
        if versions.find(identifier) is None:
            known = ", ".join(sorted(versions.names())) or "none"
            raise UsageError(f"there is no published version or alias '{identifier}' (published: {known})")
        message = message or f"Set default version to {identifier} with lxkit {__version__}"
        _write(target, versions, identifier, [], message)
        target.finish()


def _prepare(target: DeployTarget, console: Console | None) -> None:
    for note in target.prepare():
        if console is not None:
            console.info(f"note: {note}")


def _write(target: DeployTarget, versions: Versions, default: str | None, removed: list[str], message: str) -> None:
    with scratch_dir("lxkit-versions-") as scratch:
        home = read_home(target.read_text("404.html"))  # as the last publish recorded it
        names = removed + stage_root_files(scratch / "tree", versions, default, home)
        target.replace(scratch / "tree", names, message)
