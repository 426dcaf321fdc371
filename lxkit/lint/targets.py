"""Relative links of course files resolved against the portal's files and headings (rule LX201).

``02-next.md``, ``../other-course/index.md#capstone``, ``images/chart.png`` and ``#a-heading``
resolve like the portal does: paths against the linking file's folder, ``#fragments`` against
the heading anchors the renderer gives headings of levels 2-4 and the sections lxkit's page
templates add (``themes/lxkit/fragments``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Set
from dataclasses import dataclass
from urllib.parse import unquote

from lxkit.weburls import scheme, split

MODULE_SECTIONS = frozenset({"objectives", "pre-work", "session", "exercise", "knowledge-check", "reflection"})
COURSE_SECTIONS = frozenset(
    {
        "whats-in-it-for-you",
        "business-goal",
        "learning-journey",
        "modules",
        "capstone",
        "people",
        "who-is-it-for",
        "changelog",
    }
)


@dataclass(frozen=True, slots=True)
class Target:
    """Where a relative link points: a portal-relative file ('' for the same page) and a fragment."""

    path: str
    fragment: str


def local_target(source_path: str, url: str) -> Target | None:
    """The target of a relative link, or None for external, absolute-path and scheme links."""
    if not url or url.startswith(("//", "/")) or scheme(url):
        return None
    parts = split(url)
    if parts is None:
        return None
    path = unquote(parts.path)
    if not path:
        return Target("", unquote(parts.fragment))
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(source_path), path))
    if path.endswith("/"):
        joined += "/index.md"
    return Target(joined, unquote(parts.fragment))


def missing_file(target: Target, files: Set[str]) -> bool:
    """Whether a link's file does not exist among the courses' files."""
    if not target.path or target.path in files:
        return False
    return f"{target.path}/index.md" not in files


def sections(path: str) -> frozenset[str]:
    """Anchors lxkit's page templates add to a course page or a module page."""
    return COURSE_SECTIONS if posixpath.basename(path) == "index.md" else MODULE_SECTIONS
