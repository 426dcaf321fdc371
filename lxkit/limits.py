"""Limits on course files, so hostile or accidental input cannot exhaust memory or time.

Each limit is reported as an LX211 ``limit-exceeded`` finding at the place it is exceeded
(documented in ``docs/format.md``). Only the file size has a setting
(``lxkit.limits.file_size_kb`` in ``mkdocs.yml``); the others are far above any real course.
"""

from __future__ import annotations

from typing import Any

LIMIT_CODE = "LX211"

FILE_SIZE_KB = 1024
"""Default largest course file (index.md or a module), in KiB."""

YAML_NODES = 50_000
"""Values in one file's front-matter, counting each use of an alias (``*name``) again."""

YAML_DEPTH = 64
"""Levels of lists and groups inside each other in the front-matter."""

LIST_ITEMS = 1_000
"""Items of one front-matter list."""

NUMBER_DIGITS = 30
"""Characters of one number in the front-matter."""

FOLDER_DEPTH = 16
"""Levels of folders inside a course folder (``images/2026/...``); deeper folders are left out of the portal."""

NAME_LENGTH = 64
"""Characters of a course folder name (the course id) and of a module's slug."""

WEEKS = 104
"""Largest ``week`` of a module and ``schedule.weeks`` of a course (the schemas' maximum)."""

DAYS_AFTER_COURSE = 730
"""Largest ``days_after_course`` of a follow-up module (the module schema's maximum): two years."""

MINUTES = 6000
"""Largest ``minutes`` of pre-work, a session, an activity or an exercise (the schemas' maximum)."""

HOURS_PER_WEEK = 80
"""Largest ``schedule.hours_per_week`` (the course schema's maximum)."""


def file_size_limit(raw: Any) -> int:
    """The largest course file in bytes, from the ``lxkit`` section's ``limits.file_size_kb``."""
    limits = raw.get("limits") if hasattr(raw, "get") else None
    value = limits.get("file_size_kb") if isinstance(limits, dict) else None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value * 1024
    return FILE_SIZE_KB * 1024
