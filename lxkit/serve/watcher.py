"""Noticing changed files by polling: snapshots of sizes and modification times, and their difference.

Polling works the same on every file system (network drives and containers included) and needs
no dependency; the interval adapts to the time a scan takes, so a portal of 10,000 files costs a
few percent of a core.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

Snapshot = Mapping[str, tuple[int, int]]
MIN_INTERVAL = 0.2
SETTLE = 0.05


def snapshot(roots: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """``path -> (size, mtime_ns)`` of every file under the roots (files may be roots too)."""
    found: dict[str, tuple[int, int]] = {}
    for root in roots:
        if root.is_file():
            _add(found, str(root))
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if not name.startswith("."):
                    _add(found, os.path.join(folder, name))
    return found


def _add(found: dict[str, tuple[int, int]], path: str) -> None:
    try:
        stat = os.stat(path)
    except OSError:
        return
    found[path] = (stat.st_size, stat.st_mtime_ns)


def changed_paths(before: Snapshot, after: Snapshot) -> set[str]:
    """Paths added, removed or modified between two snapshots."""
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


class Watcher:
    """Polls ``roots`` in a background thread and calls ``on_change(paths)`` after each change."""

    def __init__(self, roots: Iterable[Path], on_change: Callable[[set[str]], None]) -> None:
        """Take the first snapshot now; nothing runs until :meth:`start`."""
        self.roots = list(roots)
        self.on_change = on_change
        self.stopped = threading.Event()
        self.interval = MIN_INTERVAL
        self.current = snapshot(self.roots)
        self.thread = threading.Thread(target=self._loop, name="lxkit-watcher", daemon=True)

    def start(self) -> None:
        """Start polling."""
        self.thread.start()

    def stop(self) -> None:
        """Stop polling (and wait for the thread)."""
        self.stopped.set()
        if self.thread.is_alive():
            self.thread.join(timeout=5)

    def poll(self) -> set[str]:
        """Scan once; returns the changed paths (after letting a burst of writes to them settle)."""
        started = time.perf_counter()
        latest = snapshot(self.roots)
        self.interval = max(MIN_INTERVAL, 4 * (time.perf_counter() - started))
        changed = changed_paths(self.current, latest)
        if changed:
            time.sleep(SETTLE)
            for path in changed:
                latest.pop(path, None)
                _add(latest, path)
        self.current = latest
        return changed

    def _loop(self) -> None:
        while not self.stopped.wait(self.interval):
            changed = self.poll()
            if changed:
                self.on_change(changed)
