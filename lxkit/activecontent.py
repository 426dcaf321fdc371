"""Files of a course folder that a browser would run as part of the portal: web pages, scripts and
SVG pictures holding script.

The portal publishes the files of course folders as they are, on the portal's own address, and
course folders come from pull requests. A web page or script copied there (``files/quiz.html``),
or an SVG with a ``<script>`` opened on its own, would run with the portal's rights (its pages,
the learner's progress in the browser). So such files are refused like links out of the portal
(:mod:`lxkit.boundary`): never copied, reported as LX014 with the way to keep the content.
"""

from __future__ import annotations

import html
import os
import re
from functools import lru_cache

ACTIVE_SUFFIXES = frozenset(
    {".html", ".htm", ".xhtml", ".xht", ".shtml", ".js", ".mjs", ".cjs", ".xml", ".xsl", ".xslt", ".swf"}
)
"""Suffixes browsers open as pages or run as scripts (checked in subfolders; at the top of a course
folder only modules and known assets are used anyway)."""

SVG_SCAN_BYTES = 20 << 20
_SVG_SCRIPT = re.compile(
    r"<\s*(?:script|foreignobject|iframe|embed|object|handler|listener)\b|\son[a-z]+\s*=|javascript\s*:",
    re.IGNORECASE,
)


def active_problem(name: str, path: str, in_subfolder: bool) -> str:
    """Why the file ``name`` at ``path`` would run as part of the portal ('' when it would not)."""
    suffix = os.path.splitext(name)[1].lower()
    if in_subfolder and suffix in ACTIVE_SUFFIXES:
        return (
            f"'{name}' is a web page or script: published on the portal it would run in the portal's name, "
            "so lxkit leaves it out; put it in a .zip for learners to download, or link to where it is hosted"
        )
    if suffix == ".svg" and _svg_has_script(path):
        return (
            f"'{name}' holds script (a <script> element, an on...= attribute or a javascript: link) that would "
            "run in the portal's name when the picture is opened, so lxkit leaves it out; export the drawing "
            "again as a plain SVG or as a PNG"
        )
    return ""


def _svg_has_script(path: str) -> bool:
    try:
        status = os.stat(path)
    except OSError:
        return False
    return _scan(path, status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=4096)
def _scan(path: str, size: int, mtime_ns: int) -> bool:
    """Whether an SVG holds script (remembered per size and modification time: builds ask again)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(SVG_SCAN_BYTES)
    except OSError:
        return False
    text = html.unescape(data.decode("utf-8", errors="ignore"))  # &#106;avascript: is javascript:
    return _SVG_SCRIPT.search(text) is not None
