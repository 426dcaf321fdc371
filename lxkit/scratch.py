"""Temporary folders that do not outlive a killed run: each holds a lock while its process lives.

``scratch_dir("lxkit-publish-")`` makes a folder in the system's temporary folder and holds an
``fcntl`` lock on a file inside it; the operating system drops the lock when the process ends,
however it ends. Before making a new one, the folders of the same prefix whose lock nobody holds
(their run was killed) are removed. A folder gets its name only once its lock is held, so a
sweep never takes a starting run's folder; one without a lock file (made by an older lxkit) is
removed when it is more than an hour old.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = ".lxkit-alive"
UNLOCKED_GRACE_SECONDS = 3600.0


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A new temporary folder, removed on exit; stale folders of killed runs are removed first."""
    sweep(prefix)
    folder = Path(tempfile.mkdtemp(prefix="." + prefix))  # not swept by others before it is locked
    handle = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        named = folder.with_name(folder.name[1:])
        os.rename(folder, named)
        folder = named
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        os.close(handle)


def sweep(prefix: str, parent: Path | None = None) -> list[Path]:
    """Remove the folders ``<parent>/<prefix>*`` whose run is gone; returns them."""
    removed = []
    for folder in (parent or Path(tempfile.gettempdir())).glob(glob_escape(prefix) + "*"):
        if _remove_if_stale(folder):
            removed.append(folder)
    return removed


def glob_escape(text: str) -> str:
    """``text`` as a literal glob pattern."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _remove_if_stale(folder: Path) -> bool:
    try:
        info = folder.lstat()
    except OSError:
        return False
    if not folder.is_dir() or folder.is_symlink() or info.st_uid != os.getuid():
        return False
    try:
        handle = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_NOFOLLOW)
    except FileNotFoundError:
        if time.time() - info.st_mtime < UNLOCKED_GRACE_SECONDS:
            return False
        shutil.rmtree(folder, ignore_errors=True)
        return True
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        return False  # its run is still going
    try:
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        os.close(handle)
    return True
