"""Temporary folders that a killed run does not leave behind for good.

A folder is named ``<prefix><pid>-<random>``; each new one first removes the folders of its
prefix whose process is gone (killed with ``kill -9``, a closed terminal, an out-of-memory kill),
when they belong to the same user. A running lxkit's folders are never touched.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A temporary folder removed on exit; stale ones of the same ``prefix`` are removed first."""
    sweep_stale(prefix)
    with tempfile.TemporaryDirectory(prefix=f"{prefix}{os.getpid()}-") as folder:
        yield Path(folder)


def sweep_stale(prefix: str, where: str | None = None) -> list[str]:
    """Remove ``prefix<pid>-*`` folders of processes that no longer run; returns their names."""
    pattern = re.compile(re.escape(prefix) + r"(\d+)-")
    base = where or tempfile.gettempdir()
    removed: list[str] = []
    try:
        names = os.listdir(base)
    except OSError:
        return removed
    for name in names:
        match = pattern.match(name)
        if match is None or _running(int(match[1])):
            continue
        path = os.path.join(base, name)
        try:
            status = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISDIR(status.st_mode) and status.st_uid == os.getuid():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(name)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True
