"""Staging the entries a change puts into a deploy tree: a version folder, its aliases, the root files."""

from __future__ import annotations

import shutil
from enum import Enum
from pathlib import Path

from lxkit.publish.redirects import alias_pages, not_found_page, root_index
from lxkit.publish.versions import VERSIONS_FILE, VersionInfo, Versions, dump_versions

ROOT_FILES = (VERSIONS_FILE, "index.html", "404.html", ".nojekyll")


class AliasType(str, Enum):
    """How an alias folder is published: redirect pages (small, one canonical copy) or a full copy."""

    REDIRECT = "redirect"
    COPY = "copy"


def html_pages(site: Path) -> list[str]:
    """Paths (POSIX, relative to ``site``) of every HTML page of a built site."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.is_file())


def stage_version(
    tree: Path, site: Path, info: VersionInfo, alias_type: AliasType, version_url: str | None
) -> list[str]:
    """Move the built ``site`` to ``tree/<version>`` and write its aliases; returns the names staged."""
    version_dir = tree / info.version
    version_dir.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(site, version_dir)
    for alias in info.aliases:
        stage_alias(tree, info.version, alias, alias_type, version_url)
    return list(info.names())


def stage_alias(tree: Path, version: str, alias: str, alias_type: AliasType, version_url: str | None) -> None:
    """Write ``tree/<alias>`` from the staged ``tree/<version>`` folder."""
    version_dir = tree / version
    if alias_type is AliasType.COPY:
        shutil.copytree(version_dir, tree / alias)
        return
    for path, html in alias_pages(html_pages(version_dir), version, alias, version_url).items():
        target = tree / alias / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")


def stage_root_files(tree: Path, versions: Versions, default: str | None, home: str = "/") -> list[str]:
    """Write ``versions.json``, the root ``index.html`` and ``404.html`` (none when nothing is published).

    ``home``: the path of the deploy root on the web server (``/academy/``), for ``404.html``.
    """
    tree.mkdir(parents=True, exist_ok=True)
    (tree / VERSIONS_FILE).write_text(dump_versions(versions), encoding="utf-8")
    (tree / ".nojekyll").write_text("", encoding="utf-8")
    if default is not None and versions.entries:
        (tree / "index.html").write_text(root_index(default), encoding="utf-8")
        (tree / "404.html").write_text(not_found_page(default, home), encoding="utf-8")
    return list(ROOT_FILES)


def choose_default(versions: Versions, current: str | None, wanted: str | None = None) -> str | None:
    """The default version or alias: the one asked for, else the current one if still published, else the newest."""
    if wanted is not None:
        return wanted
    if current is not None and current in versions.names():
        return current
    if not versions.entries:
        return None
    newest = versions.entries[0]
    return newest.aliases[0] if newest.aliases else newest.version
