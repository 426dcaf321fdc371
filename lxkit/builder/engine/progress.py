"""Progress of long builds: a line now and then, only once a build has taken more than a moment."""

from __future__ import annotations

import time
from collections.abc import Callable

DELAY = 1.5
INTERVAL = 3.0


class Progress:
    """Counts finished items of a step and reports ``step: done/total`` through ``report``.

    Nothing is printed for steps that finish within :data:`DELAY` seconds of the build's start;
    after that, at most one line every :data:`INTERVAL` seconds, and a last line when done.
    """

    def __init__(self, report: Callable[[str], None], started: float | None = None) -> None:
        """``started`` is the build's start (``time.perf_counter()``), default now."""
        self.report = report
        self.started = time.perf_counter() if started is None else started
        self.last = 0.0
        self.shown: set[str] = set()

    def update(self, step: str, done: int, total: int) -> None:
        """Note that ``done`` of ``total`` items of ``step`` are finished."""
        now = time.perf_counter()
        if now - self.started < DELAY:
            return
        finished = done >= total
        if now - self.last < INTERVAL and not (finished and step in self.shown):
            return
        self.last = now
        self.shown.add(step)
        percent = 100 * done // max(total, 1)
        self.report(f"{step}: {done}/{total} ({percent}%)")
