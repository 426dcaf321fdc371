"""A page whose body alone changed: its new body in the shell of the page the last build wrote.

A rendered page is the theme's template around the page's body: ``head + body + tail``. The
template reads the page's path and front-matter, and of the body only whether it holds an
``<h1>`` (Material prints the page title as a heading when it does not); lxkit's page context
has no table of contents and no list of other pages. So when a page's path, front-matter and
that one fact are what they were when the last output was rendered, the new output is the old
head and tail around the new body: no MkDocs set-up, no template rendering. This is what makes
the rebuild after an edit of one module's text cheap.

The shell's key covers exactly those inputs; everything else the template reads (settings,
theme, navigation, lxkit's and Material's versions) is in the build manifest, whose change
discards all records. ``tests/builder/render/test_shells.py`` checks spliced pages equal rendered ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from lxkit.builder.fingerprint import digest

# MkDocs' own front-matter pattern (``mkdocs.utils.meta.YAML_RE``).
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
_ENCODING_ERRORS = "xmlcharrefreplace"  # as the renderer encodes pages


@dataclass(frozen=True)
class Shell:
    """Where the body sits in a written page: its key, the bytes before and after the body, its URL."""

    key: str
    head: int
    tail: int
    url: str


@dataclass(frozen=True)
class StagedParts:
    """A staged page taken apart as MkDocs reads it: front-matter text and data, and the page body."""

    front: str
    meta: dict[str, Any]
    body: str


def staged_parts(text: str) -> StagedParts | None:
    """Front-matter and body of a staged page, as the renderer reads them.

    None when the page has no front-matter mapping with a title (lxkit's pages always have one).
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    try:
        meta = yaml.load(match.group(1), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    if not isinstance(meta, dict) or "title" not in meta:
        return None
    return StagedParts(match.group(1), meta, text[match.end() :].lstrip("\n").strip())


def front_matter(text: str) -> str | None:
    """The front-matter text of a staged page (None without one)."""
    match = _FRONT_MATTER.match(text)
    return match.group(1) if match else None


def shell_key(path: str, front: str, content: str) -> str:
    """What, besides the body, the page template reads from a page: path, front-matter, an ``<h1>``."""
    return digest(path, front, "h1" if "<h1" in content else "")[:32]  # compared per page: 128 bits are plenty


def locate(output: str, key: str, content: str, url: str) -> Shell | None:
    """The shell of a rendered page, if its content appears in it exactly once (else None)."""
    if not content or output.count(content) != 1:
        return None
    start = output.index(content)
    head = len(output[:start].encode("utf-8", _ENCODING_ERRORS))
    tail = len(output[start + len(content) :].encode("utf-8", _ENCODING_ERRORS))
    return Shell(key, head, tail, url)


def splice(previous: bytes, shell: Shell, content: str) -> bytes | None:
    """The page with ``content`` in the shell of ``previous`` (None if ``previous`` is too short)."""
    if shell.head + shell.tail > len(previous):
        return None
    body = content.encode("utf-8", _ENCODING_ERRORS)
    return previous[: shell.head] + body + previous[len(previous) - shell.tail :]
