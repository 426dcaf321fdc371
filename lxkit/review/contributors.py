"""Who contributed to a course: the authors of the commits that touched its folder, with counts."""

from __future__ import annotations

from collections.abc import Iterable

from lxkit import git
from lxkit.loader import course_folders, courses_root
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


def portal_contributors(config: PortalConfig) -> dict[str, list[tuple[str, int]]]:
    """Contributors of every course folder of the portal (course id -> authors), {} outside a Git repository.

    One ``git log`` for the whole courses folder, however many courses there are.
    """
    root = courses_root(config)
    if not root.is_dir():
        return {}
    try:
        repo = git.repo_root(root)
        log = git.authors_by_folder(repo, root)
    except git.GitError:
        return {}
    folders = [p.name for p in course_folders(root)]
    return {folder: count_authors(log[folder]) for folder in folders if log.get(folder)}
