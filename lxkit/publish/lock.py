"""An exclusive lock around changes of a deploy tree, so that concurrent publishes both land."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lxkit.exceptions import UsageError

DEFAULT_TIMEOUT = 600.0


@contextmanager
def exclusive_lock(path: Path, timeout: float = DEFAULT_TIMEOUT) -> Iterator[None]:
    """Hold an ``fcntl`` lock on ``path`` (a folder, or a file created if needed); waits up to ``timeout`` seconds.

    The operating system releases the lock when the process ends, so a killed publish never
    leaves a stale lock behind. Locking a folder itself leaves no lock file in it (a deploy folder
    is served as it is).
    """
    if path.is_dir():
        handle = os.open(path, os.O_RDONLY)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(handle, path, timeout)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


def _acquire(handle: int, path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                message = f"another publish has held {path} for more than {timeout:.0f} s; try again later"
                raise UsageError(message) from None
            time.sleep(0.1)
