"""``lxkit codeowners``: print, write or check ``.github/CODEOWNERS`` from the courses' owners."""

from __future__ import annotations

import os
from pathlib import Path

import click

from lxkit import git
from lxkit.boundary import RefusedFile, read_limited, refusal
from lxkit.codeowners import CODEOWNERS_PATH, codeowners_block, merge_block
from lxkit.console import Console
from lxkit.exceptions import EXIT_CONTENT, EXIT_OK, UsageError
from lxkit.limits import FILE_SIZE_KB
from lxkit.loader import courses_root
from lxkit.portal_loading import open_portal
from lxkit.publish.versions import write_atomic


def repository_root(portal_root: Path) -> Path:
    """The Git repository's root (CODEOWNERS paths start there), or the portal root outside Git."""
    try:
        return git.repo_root(portal_root)
    except git.GitError:
        return portal_root.resolve()


def codeowners_command(console: Console, config_file: Path | None, write: bool, check: bool, force: bool) -> int:
    """Print the generated block, write it into CODEOWNERS, or check that the file is up to date."""
    portal = open_portal(config_file)
    root = repository_root(Path(portal.config.root))
    courses_path = os.path.relpath(courses_root(portal.config).resolve(), root)
    block = codeowners_block(portal, Path(courses_path).as_posix())
    if not write and not check:
        click.echo(block, nl=False)
        return EXIT_OK
    path = root / CODEOWNERS_PATH
    existing = _read(root, path)
    if check:
        return _check(console, path, existing, block)
    wanted = merge_block(existing, block, force)
    if wanted == existing:
        console.info(f"{path} is already up to date")
        return EXIT_OK
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, wanted)
    console.info(f"Wrote the owners of {len(portal.courses)} course(s) into {path}")
    return EXIT_OK


def _check(console: Console, path: Path, existing: str | None, block: str) -> int:
    """Exit 1 when CODEOWNERS lacks lxkit's block or the block is out of date (for CI)."""
    if existing is None or merge_block(existing, block, force=True) != existing:
        console.error(f"{path} does not match the courses' owners; run 'lxkit codeowners --write'")
        return EXIT_CONTENT
    console.info(f"{path} is up to date")
    return EXIT_OK


def _guard(root: Path, path: Path) -> None:
    """Refuse a ``.github`` folder or CODEOWNERS file that is a link out of the repository (or special)."""
    for entry in (path.parent, path):
        if refusal(root, entry) is not None:
            raise UsageError(
                f"{entry} is a link out of the repository (or not a regular file); lxkit never reads or "
                f"writes through it: replace it with a real {'folder' if entry == path.parent else 'file'}"
            )


def _read(root: Path, path: Path) -> str | None:
    """CODEOWNERS as text, or None when there is none; never read through a link out of the repository."""
    _guard(root, path)
    if not os.path.lexists(path):
        return None
    try:
        return read_limited(root, path, FILE_SIZE_KB * 1024).decode("utf-8")
    except RefusedFile as refused:
        raise UsageError(f"{path}: {refused}; keep it a regular file inside the repository") from refused
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read {path}: {error}") from error
