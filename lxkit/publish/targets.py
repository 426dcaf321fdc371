"""Where a versioned portal is deployed: a folder, or a Git branch such as ``gh-pages``.

Both kinds of target change the same way: :meth:`DeployTarget.replace` swaps a few top-level
entries (a version folder, its aliases, ``versions.json``, the root pages) for new ones staged
elsewhere, and leaves every other entry as it was.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from lxkit import git
from lxkit.exceptions import UsageError
from lxkit.publish.lock import exclusive_lock
from lxkit.publish.swap import NEW, check_writable, recover, remove_staging, swap_in
from lxkit.publish.tree import ROOT_FILES
from lxkit.publish.versions import RELEASES_FILE, VERSIONS_FILE

ROOT_FILE_NAMES = (RELEASES_FILE, *ROOT_FILES)  # swapped in this order, after the folders

STAGING_PREFIX = ".lxkit-staging-"


class DeployTarget(Protocol):
    """A deploy tree lxkit can read and change."""

    def describe(self) -> str:
        """How to name the target in messages (``folder site-versions``, ``branch gh-pages``)."""

    def read_text(self, name: str) -> str | None:
        """A top-level file's text, or None when it is not there."""

    def top_names(self) -> frozenset[str]:
        """Names of the top-level entries (lxkit's staging folders excluded)."""

    def check_writable(self) -> None:
        """Refuse early (before a build) when the change could not be written."""

    def locked(self) -> AbstractContextManager[None]:
        """Exclusive access for one change (read, decide, replace)."""

    def prepare(self) -> tuple[str, ...]:
        """Bring the target up to date before a change (fetch the remote branch, repair a killed change).

        Returns notes for the user about what was repaired.
        """

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

    def check_writable(self) -> None:
        """See :meth:`DeployTarget.check_writable`: the folder and its ``versions.json``."""
        folder = next((p for p in [self.root, *self.root.parents] if p.exists()), self.root)
        check_writable(folder, [VERSIONS_FILE] if folder == self.root else [])

    def locked(self) -> AbstractContextManager[None]:
        """See :meth:`DeployTarget.locked`."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(f"cannot create the deploy folder {self.root}: {error.strerror}") from error
        return exclusive_lock(self.root)

    def prepare(self) -> tuple[str, ...]:
        """Repair what a killed change left behind (only ever called under the lock).

        An old entry whose replacement never arrived is put back; then the staging folder, which
        holds only replaced, removed or never-listed entries, is removed.
        """
        notes = []
        for stale in sorted(self.root.glob(STAGING_PREFIX + "*")):
            try:
                restored = recover(self.root, stale)
            except OSError as error:
                raise UsageError(
                    f"a killed publish left {stale}, and putting its entries back failed ({error.strerror}); "
                    f"move the folders in it back into {self.root} by hand, then publish again"
                ) from error
            notes += [
                f"put back {self.root / name}, which an interrupted publish had left half replaced" for name in restored
            ]
            remove_staging(stale)
        return tuple(notes)

    def replace(self, source: Path, names: Sequence[str], message: str) -> None:
        """See :meth:`DeployTarget.replace`; ``message`` is not recorded for folders.

        Crash-safe (see :mod:`lxkit.publish.swap`): at every moment each listed version is complete.
        """
        check_writable(self.root, [n for n in names if n in ROOT_FILE_NAMES or (self.root / n).is_dir()])
        try:
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.root))
        except OSError as error:
            raise UsageError(f"cannot write into the deploy folder {self.root}: {error.strerror}") from error
        try:
            (staging / NEW).mkdir()
            for name in names:
                if (source / name).exists():
                    if "/" in name:
                        (staging / NEW / name).parent.mkdir(parents=True, exist_ok=True)
                    shutil.move(source / name, staging / NEW / name)
            swap_in(self.root, staging, names, ROOT_FILE_NAMES)
        except OSError as error:
            raise UsageError(f"cannot write into the deploy folder {self.root}: {error.strerror}") from error
        finally:
            remove_staging(staging)

    def finish(self) -> None:
        """Nothing to do: a folder is public as soon as it changed."""


def _is_own(name: str) -> bool:
    return name.startswith(STAGING_PREFIX)


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

    def check_writable(self) -> None:
        """See :meth:`DeployTarget.check_writable`: Git reports its own problems."""

    def prepare(self) -> tuple[str, ...]:
        """Fast-forward the local branch to the remote one when pushing, so the push cannot be rejected."""
        if self.remote:
            git.update_from_remote(self.repo, self.remote, self.branch)
        return ()

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
