"""How many CPU cores lxkit's worker processes may use (``lxkit build`` and ``lxkit lint`` alike)."""

from __future__ import annotations

import os


def available_cores() -> int:
    """The CPU cores this process may run on (its affinity on Linux, else the machine's), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
