"""A new portal's Git repository: ``git init`` on branch main and a first commit of lxkit's files.

Co-creation (pull requests reviewed by the course owners), the contributors shown on course pages
and ``lxkit review`` all need Git, so ``lxkit new portal`` starts a repository unless the folder is
already inside one. It commits only when Git knows the author's name and e-mail address (it never
invents an identity), and only the files lxkit wrote. Each outcome is a sentence for the author
saying what happened and, when something is left to do, the commands to type.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from lxkit.git import GitError, git_text, run_git

BRANCH = "main"
FIRST_COMMIT = "Start the portal with lxkit new portal"
WHY = "co-creation, contributors and 'lxkit review' need Git"
COMMIT_BY_HAND = f'git add -A && git commit -m "{FIRST_COMMIT}"'


def start_repository(directory: Path, written: Sequence[str]) -> str:
    """Make ``directory`` a Git repository with a first commit of ``written``; what happened, in words."""
    if shutil.which("git") is None:
        return (
            f"Git is not installed, so {directory} is not a Git repository yet ({WHY}): install Git, "
            f"then run in {directory}: git init -b {BRANCH} && {COMMIT_BY_HAND}"
        )
    top = _work_tree(directory)
    if top is not None:
        where = "is already" if top == directory.resolve() else f"is inside the Git repository {top},"
        return f"{directory} {where} so no new repository was made; commit the portal's files there with git"
    try:
        run_git(directory, ["init", "-q", f"--initial-branch={BRANCH}"])
    except GitError as error:
        return f"{directory} is not a Git repository: {error.message}. Run 'git init -b {BRANCH}' there when it works"
    return _first_commit(directory, written)


def _work_tree(directory: Path) -> Path | None:
    """The top folder of the Git work tree ``directory`` is in, or None."""
    try:
        return Path(git_text(directory, "rev-parse", "--show-toplevel")).resolve()
    except GitError:
        return None


def _first_commit(directory: Path, written: Sequence[str]) -> str:
    started = f"Started a Git repository in {directory} (branch {BRANCH})"
    missing = [key for key in ("name", "email") if not _identity(directory, key)]
    if missing:
        settings = " and ".join(f"user.{key}" for key in missing)
        return (
            f"{started}; nothing is committed yet because Git does not know your {settings}. Tell Git who you "
            'are with  git config --global user.name "Your Name"  and  git config --global user.email '
            f"you@your-company.com , then run in {directory}: {COMMIT_BY_HAND}"
        )
    try:
        run_git(directory, ["add", "--", *written])
        run_git(directory, ["commit", "-q", "-m", FIRST_COMMIT])
    except GitError as error:
        reason = error.message
        return f"{started}, but the first commit failed ({reason}); commit by hand in {directory}: {COMMIT_BY_HAND}"
    return f'{started} with a first commit, "{FIRST_COMMIT}".'


def _identity(directory: Path, key: str) -> str:
    """The author's name or e-mail as Git would use it for a commit ('' when it is not set)."""
    if value := os.environ.get(f"GIT_AUTHOR_{key.upper()}", "").strip():
        return value
    try:
        return git_text(directory, "config", "--get", f"user.{key}")
    except GitError:
        return ""


def no_repository(directory: Path) -> str:
    """The sentence for ``--no-git``: what was skipped and how to start the repository later."""
    return f"No Git repository was made (--no-git); {WHY}: when you want them, run in {directory}: git init -b {BRANCH}"
