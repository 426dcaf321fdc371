"""Where a versioned portal is deployed: a folder, or a Git branch such as ``gh-pages``.

Both kinds of target change the same way: :meth:`DeployTarget.replace` swaps a few top-level
entries (a version folder, its aliases, ``versions.json``, the root pages) for new ones staged
elsewhere, and leaves every other entry as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from lxkit import git
from lxkit.exceptions import UsageError
from lxkit.publish.lock import exclusive_lock

STAGING_PREFIX = ".lxkit-staging-"


class DeployTarget(Protocol):
    """A deploy tree lxkit can read and change."""

    def describe(self) -> str:
        """How to name the target in messages (``folder site-versions``, ``branch gh-pages``)."""

    def read_text(self, name: str) -> str | None:
        """A top-level file's text, or None when it is not there."""

    def top_names(self) -> frozenset[str]:
        """Names of the top-level entries (lxkit's staging folders excluded)."""

    def locked(self) -> AbstractContextManager[None]:
        """Exclusive access for one change (read, decide, replace)."""

    def prepare(self) -> None:
        """Bring the target up to date before a change (fetch the remote branch)."""

    def replace(self, source: Path, names: Sequence[str], message: str) -> None:
        """Replace each top-level name by ``source/name``, or remove it when ``source`` lacks it."""

    def finish(self) -> None:
        """Make the change public (push the branch) if asked to."""


class FolderTarget:
    """A deploy tree in a folder; entries are swapped in by renames, files by ``os.replace``."""

    def __init__(self, root: Path) -> None:
        if root.exists() and not root.is_dir():
            raise UsageError(f"{root} is not a folder")
        self.root = root

    def describe(self) -> str:
        """See :meth:`DeployTarget.describe`."""
        return f"folder {self.root}"

    def read_text(self, name: str) -> str | None:
        """See :meth:`DeployTarget.read_text`."""
        path = self.root / name
        try:
            return path.read_text("utf-8") if path.is_file() else None
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"cannot read {path}: {error}") from error

    def top_names(self) -> frozenset[str]:
        """See :meth:`DeployTarget.top_names`."""
        if not self.root.is_dir():
            return frozenset()
        return frozenset(p.name for p in self.root.iterdir() if not _is_own(p.name))

    def locked(self) -> AbstractContextManager[None]:
        """See :meth:`DeployTarget.locked`."""
        self.root.mkdir(parents=True, exist_ok=True)
        return exclusive_lock(self.root)

    def prepare(self) -> None:
        """Remove what a killed publish left behind (only ever called under the lock)."""
        for stale in self.root.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)

    def replace(self, source: Path, names: Sequence[str], message: str) -> None:
        """See :meth:`DeployTarget.replace`; ``message`` is not recorded for folders."""
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.root))
        try:
            for name in names:
                if (source / name).exists():
                    shutil.move(source / name, staging / name)
            for name in names:
                _swap(self.root / name, staging / name, staging / f".old-{name}")
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def finish(self) -> None:
        """Nothing to do: a folder is public as soon as it changed."""


def _is_own(name: str) -> bool:
    return name.startswith(STAGING_PREFIX)


def _swap(current: Path, new: Path, trash: Path) -> None:
    """Put ``new`` at ``current`` (or remove ``current`` when there is no ``new``), keeping the old on failure."""
    if new.is_file() and not current.is_dir():
        os.replace(new, current)
        return
    had_old = current.exists() or current.is_symlink()
    if had_old:
        os.rename(current, trash)
    if not new.exists():
        return
    try:
        os.rename(new, current)
    except OSError:
        if had_old:
            os.rename(trash, current)
        raise


class BranchTarget:
    """A deploy tree committed to a Git branch, without touching the work tree (like mike)."""

    def __init__(self, repo: Path, branch: str, remote: str | None = None) -> None:
        if not branch or branch.startswith("-") or " " in branch:
            raise UsageError(f"'{branch}' is not a branch name")
        self.repo = git.repo_root(repo)
        self.branch = branch
        self.remote = remote

    @property
    def ref(self) -> str:
        """The branch's full ref name."""
        return f"refs/heads/{self.branch}"

    def describe(self) -> str:
        """See :meth:`DeployTarget.describe`."""
        return f"branch {self.branch}"

    def read_text(self, name: str) -> str | None:
        """See :meth:`DeployTarget.read_text`."""
        if git.resolve(self.repo, self.ref) is None:
            return None
        data = git.show_file(self.repo, self.ref, name)
        return None if data is None else data.decode("utf-8", "replace")

    def top_names(self) -> frozenset[str]:
        """See :meth:`DeployTarget.top_names`."""
        if git.resolve(self.repo, self.ref) is None:
            return frozenset()
        return frozenset(git.tree_names(self.repo, self.ref))

    def locked(self) -> AbstractContextManager[None]:
        """See :meth:`DeployTarget.locked`."""
        return exclusive_lock(git.git_dir(self.repo) / f"lxkit-{self.branch.replace('/', '-')}.lock")

    def prepare(self) -> None:
        """Fast-forward the local branch to the remote one when pushing, so the push cannot be rejected."""
        if self.remote:
            git.update_from_remote(self.repo, self.remote, self.branch)

    def replace(self, source: Path, names: Sequence[str], message: str) -> None:
        """See :meth:`DeployTarget.replace`: one commit on the branch."""
        git.commit_paths(self.repo, self.branch, source, names, message)

    def finish(self) -> None:
        """Push the branch when a remote was given."""
        if self.remote:
            git.push(self.repo, self.remote, self.branch)


def open_target(folder: Path | None, branch: str | None, repo: Path, remote: str | None = None) -> DeployTarget:
    """The target named on the command line: ``--to DIR`` or ``--branch BRANCH`` (``--push`` sets ``remote``)."""
    if (folder is None) == (branch is None):
        raise UsageError("say where the versions are: --to DIR (a folder) or --branch BRANCH (e.g. gh-pages)")
    if folder is not None:
        if remote:
            raise UsageError("--push works with --branch only; a folder is published as it is written")
        return FolderTarget(folder)
    assert branch is not None
    return BranchTarget(repo, branch, remote)
