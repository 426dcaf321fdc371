"""Who contributed to a course: the authors of the commits that touched its folder, with counts."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lxkit import git
from lxkit.loader import courses_root
from lxkit.model import PortalConfig


def count_authors(log: Iterable[tuple[str, str]]) -> list[tuple[str, int]]:
    """(name, commits) per author, most commits first; one person is one e-mail, shown by their latest name."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for name, email in log:
        key = email.lower() or name
        names.setdefault(key, name or email)
        counts[key] = counts.get(key, 0) + 1
    return sorted(((names[key], count) for key, count in counts.items()), key=lambda row: (-row[1], row[0].lower()))


def contributors(repo_root: Path, course_folder: Path) -> list[tuple[str, int]]:
    """Authors of the commits touching ``course_folder`` with their commit counts; [] outside Git history."""
    try:
        return count_authors(git.author_log(repo_root, course_folder.resolve()))
    except git.GitError:
        return []


def portal_contributors(config: PortalConfig) -> dict[str, list[tuple[str, int]]]:
    """Contributors of every course folder of the portal (course id -> authors), {} outside a Git repository."""
    root = courses_root(config)
    if not root.is_dir():
        return {}
    try:
        repo = git.repo_root(root)
    except git.GitError:
        return {}
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    return {folder.name: found for folder in folders if (found := contributors(repo, folder))}
