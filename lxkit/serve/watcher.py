"""Noticing changed files: operating-system file events through watchdog, batched per burst of writes.

watchdog (a dependency of MkDocs, whose ``mkdocs serve`` uses it too) gets events from inotify,
FSEvents or ReadDirectoryChangesW, so an idle preview costs no CPU however large the portal. Where
the system cannot watch (too many folders for the inotify limit, some network drives), it falls
back to watchdog's polling observer. Events arriving within :data:`SETTLE` seconds of each other
are handed over together: an editor's save (write a temporary file, rename it) is one change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from watchdog.events import DirModifiedEvent, FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

SETTLE = 0.05
IGNORED_EVENTS = frozenset({"opened", "closed_no_write"})


def is_ignored(path: str, root: str) -> bool:
    """Hidden files and folders (below ``root``), editors' backup and lock files."""
    parts = Path(path).relative_to(root).parts if Path(path).is_relative_to(root) else Path(path).parts[-1:]
    name = parts[-1] if parts else ""
    return any(part.startswith(".") for part in parts) or name.startswith("#") or name.endswith("~")


class _Collector(FileSystemEventHandler):
    """Collects the paths of relevant events below ``root``; ``files`` limits a watch to some files of it."""

    def __init__(self, root: str, pending: set[str], lock: threading.Lock, wake: threading.Event,
                 files: frozenset[str] | None = None) -> None:
        self.root, self.pending, self.lock, self.wake, self.files = root, pending, lock, wake, files

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in IGNORED_EVENTS or isinstance(event, DirModifiedEvent):
            return
        paths = [_text(event.src_path), _text(getattr(event, "dest_path", "") or "")]
        relevant = [p for p in paths if p and self._wanted(p)]
        if relevant:
            with self.lock:
                self.pending.update(relevant)
            self.wake.set()


    def _wanted(self, path: str) -> bool:
        return path in self.files if self.files is not None else not is_ignored(path, self.root)


def _text(path: str | bytes) -> str:
    return path.decode() if isinstance(path, bytes) else path


class Watcher:
    """Watches ``roots`` (folders, recursively, and single files) and calls ``on_change(paths)`` per burst."""

    def __init__(self, roots: Iterable[Path], on_change: Callable[[set[str]], None]) -> None:
        """Start watching now (edits made while the first build runs count); :meth:`start` delivers them."""
        self.on_change = on_change
        self.pending: set[str] = set()
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self.stopped = threading.Event()
        self.observer = _observe(list(roots), self.pending, self.lock, self.wake)
        self.thread = threading.Thread(target=self._loop, name="lxkit-watcher", daemon=True)

    def start(self) -> None:
        """Start handing changes to ``on_change``."""
        self.thread.start()

    def stop(self) -> None:
        """Stop watching (and wait for the threads)."""
        self.stopped.set()
        self.wake.set()
        self.observer.stop()
        self.observer.join(timeout=5)
        if self.thread.is_alive():
            self.thread.join(timeout=5)

    def take(self, timeout: float | None = None) -> set[str]:
        """Wait up to ``timeout`` seconds for changes; the paths of one burst (empty if none came)."""
        if not self.wake.wait(timeout):
            return set()
        while True:  # let the burst end: no new event for SETTLE seconds
            self.wake.clear()
            if self.stopped.is_set() or not self.wake.wait(SETTLE):
                break
        with self.lock:
            changed = set(self.pending)
            self.pending.clear()
        return changed

    def _loop(self) -> None:
        while not self.stopped.is_set():
            changed = self.take()
            if changed and not self.stopped.is_set():
                self.on_change(changed)


def _observe(roots: list[Path], pending: set[str], lock: threading.Lock, wake: threading.Event) -> Any:
    """A started observer of the roots: the system's, or watchdog's polling one if that cannot watch."""
    observer = Observer()
    try:
        return _started(observer, roots, pending, lock, wake)
    except OSError:  # e.g. the inotify limit on watched folders is reached
        observer.stop()
        return _started(PollingObserver(timeout=0.5), roots, pending, lock, wake)


def _started(observer: Any, roots: list[Path], pending: set[str], lock: threading.Lock, wake: threading.Event) -> Any:
    files: dict[str, set[str]] = {}
    for root in roots:
        if root.is_dir():
            observer.schedule(_Collector(str(root), pending, lock, wake), str(root), recursive=True)
        elif root.parent.is_dir():
            files.setdefault(str(root.parent), set()).add(str(root))
    for folder, names in files.items():
        observer.schedule(_Collector(folder, pending, lock, wake, frozenset(names)), folder, recursive=False)
    observer.start()
    return observer
