"""Swapping staged entries into a deploy folder so that a kill at any moment loses nothing.

Every change of the folder is one atomic step, in an order that keeps ``versions.json`` and the
folders in agreement: new and replaced entries first (a replaced folder is exchanged with its new
version in one ``renameat2(RENAME_EXCHANGE)`` call, so it is never missing), then the root files
(``versions.json`` and the home pages, each by ``os.replace``), then the entries no longer listed.
Whatever was replaced or removed waits in the staging folder until the change is done.

Where the system cannot exchange two folders (not Linux, or a file system without it), a folder
is replaced by two renames; the staging folder then records the plan (``plan.json``), and
:func:`recover` (run under the lock before the next change) puts back any old entry a kill left
without its replacement. A failing step (a read-only or immutable file) undoes the steps done.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from lxkit.exceptions import UsageError

PLAN_FILE = "plan.json"
NEW, OLD, GONE = "new", "old", "gone"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2  # Linux renameat2 flag; macOS renamex_np's RENAME_SWAP has the same value
_UNSUPPORTED = {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}


def _exchange_call() -> Callable[[bytes, bytes], int] | None:
    """The C library's atomic exchange of two paths, if it has one."""
    libc_name = None if sys.platform.startswith("linux") else "libc.dylib" if sys.platform == "darwin" else ""
    if libc_name == "":
        return None
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
    except OSError:
        return None
    if hasattr(libc, "renameat2"):
        call = libc.renameat2
        call.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        return lambda a, b: int(call(_AT_FDCWD, a, _AT_FDCWD, b, _RENAME_EXCHANGE))
    if hasattr(libc, "renamex_np"):
        swap = libc.renamex_np
        swap.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint]
        return lambda a, b: int(swap(a, b, _RENAME_EXCHANGE))
    return None


_EXCHANGE = _exchange_call()


def exchange(first: Path, second: Path) -> bool:
    """Swap two existing paths in one atomic step; False (nothing changed) when the system cannot."""
    if _EXCHANGE is None:
        return False
    if _EXCHANGE(os.fsencode(first), os.fsencode(second)) == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(second))


def is_writable(path: Path) -> bool:
    """Whether ``path`` may be changed: write permission for this user and a write bit in its mode.

    The mode bit counts even for the superuser: a file someone made read-only (``chmod a-w``)
    is left alone on purpose.
    """
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return True
    return os.access(path, os.W_OK, follow_symlinks=False) and bool(mode & stat.S_IWUSR)


def check_writable(root: Path, names: Sequence[str]) -> None:
    """Refuse, before anything changes, when the folder or an entry to be replaced is read-only."""
    for path in [root, *(root / name for name in names)]:
        if path.exists() and not path.is_symlink() and not is_writable(path):
            what = "deploy folder" if path == root else "file" if path.is_file() else "folder"
            raise UsageError(
                f"the {what} {path} is read-only, so lxkit cannot change the deploy tree (nothing was changed); "
                f"make it writable (chmod u+w '{path}') and run the command again, or publish elsewhere"
            )


def swap_in(root: Path, staging: Path, names: Sequence[str], root_files: Sequence[str]) -> None:
    """Put each ``staging/new/<name>`` at ``root/<name>``, or remove ``root/<name>`` when there is none.

    Order: entries that are not root files, then root files, then removals (see the module
    docstring). On a failing step every step done is undone and a UsageError says which file.
    """
    present = [n for n in names if (staging / NEW / n).exists() or (staging / NEW / n).is_symlink()]
    ordered = (
        [n for n in present if n not in root_files]
        + [n for n in root_files if n in present]
        + [n for n in names if n not in present]
    )
    (staging / PLAN_FILE).write_text(json.dumps(ordered), encoding="utf-8")
    done: list[Callable[[], None]] = []
    for name in ordered:
        try:
            done.append(_step(root / name, staging / NEW / name, staging / OLD / name, staging / GONE / name))
        except OSError as error:
            _undo(done)
            reason = error.strerror or str(error)
            raise UsageError(
                f"could not publish {root / name}: {reason}; nothing was changed. "
                "Make the deploy folder and its files writable and publish again"
            ) from error


def _step(current: Path, new: Path, old: Path, gone: Path) -> Callable[[], None]:
    """One atomic change; returns how to undo it."""
    exists = current.exists() or current.is_symlink()
    if new.exists() or new.is_symlink():
        if not exists:
            if not current.parent.is_dir():
                current.parent.mkdir(parents=True)
            os.rename(new, current)
            return lambda: os.rename(current, new)
        if exchange(new, current):
            return lambda: _exchange_back(new, current)
        if new.is_file() and current.is_file():
            _keep_copy(current, old)
            os.replace(new, current)  # atomic: readers see the old or the new file
            return lambda: os.replace(old, current)
        return _two_renames(current, new, old)
    if not exists:
        return lambda: None
    _make_parent(gone)
    os.rename(current, gone)  # no longer listed: kept in staging until the change is done
    return lambda: os.rename(gone, current)


def _keep_copy(current: Path, old: Path) -> None:
    """Keep the old file in staging for an undo (a hard link where possible)."""
    _make_parent(old)
    try:
        os.link(current, old)
    except OSError:
        shutil.copy2(current, old)


def _make_parent(path: Path) -> None:
    if not path.parent.is_dir():
        path.parent.mkdir(parents=True)


def _exchange_back(first: Path, second: Path) -> None:
    if not exchange(first, second):
        raise OSError(errno.ENOTSUP, "cannot exchange back", str(second))


def _two_renames(current: Path, new: Path, old: Path) -> Callable[[], None]:
    """Replace ``current`` by ``new`` where no exchange is possible; :func:`recover` repairs a kill between."""
    _make_parent(old)
    os.rename(current, old)
    try:
        os.rename(new, current)
    except OSError:
        os.rename(old, current)
        raise

    def undo() -> None:
        os.rename(current, new)
        os.rename(old, current)

    return undo


def _undo(done: list[Callable[[], None]]) -> None:
    for undo in reversed(done):
        try:
            undo()
        except OSError:
            continue


def recover(root: Path, staging: Path) -> list[str]:
    """After a killed change: put back each old entry whose replacement never arrived; returns their names.

    Only entries missing from ``root`` are put back, so a finished step is never undone and
    nothing listed is deleted. The staging folder can be removed afterwards.
    """
    try:
        planned = json.loads((staging / PLAN_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    restored = []
    for name in planned if isinstance(planned, list) else []:
        old, current = staging / OLD / str(name), root / str(name)
        if (old.exists() or old.is_symlink()) and not (current.exists() or current.is_symlink()):
            os.rename(old, current)
            restored.append(str(name))
    return restored


def remove_staging(staging: Path) -> None:
    """Delete a staging folder (what it holds was replaced or never listed)."""
    shutil.rmtree(staging, ignore_errors=True)
