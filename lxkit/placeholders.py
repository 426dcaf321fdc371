"""Placeholders: the guidance text course templates leave for the author, found wherever it is left.

Scaffolded text carries a marker: it starts with ``Replace with``/``Replace this``, or says
``replace-me`` (``email: replace-me@acme.example``, ``github: replace-me``). E-mail addresses at
reserved example domains (``example.com``, ``*.invalid``, ``*.test``, or the portal's own
``placeholder_email_domains``) are invented too. Pure: a document in, placeholders out, in the
order an author meets them (front-matter fields, then the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from lxkit.sourcefile import KeyPath, SourceFile

MARKER = re.compile(r"\breplace(?:[ -]me\b| with\b| this (?:paragraph|text|list|section|table)\b)", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
RESERVED_ENDINGS = (".invalid", ".test", ".localhost")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(frozen=True, slots=True)
class Placeholder:
    """Guidance left in a file: where, in which field ('' for the text), and the guidance itself."""

    line: int
    column: int
    field: str
    text: str


def invented_email(value: str, domains: Sequence[str]) -> bool:
    """Whether an address is a placeholder: ``replace-me@`` or at a reserved or listed domain."""
    match = EMAIL.search(value)
    if match is None:
        return False
    domain = match["domain"].lower()
    listed = tuple(d.lower().lstrip("@") for d in domains)
    return (
        "replace-me" in value.lower()
        or domain in RESERVED_DOMAINS
        or domain.endswith(RESERVED_ENDINGS)
        or domain in listed
        or domain.endswith(tuple("." + d for d in listed))
    )


def placeholders(source: SourceFile, email_domains: Sequence[str] = ()) -> tuple[Placeholder, ...]:
    """Every placeholder of one course file, front-matter first, then the text."""
    found = list(_in_front_matter(source, email_domains))
    found.extend(_in_body(source))
    return tuple(found)


def _in_front_matter(source: SourceFile, domains: Sequence[str]) -> Iterator[Placeholder]:
    if not _may_hold_placeholder(source.text):
        return
    for path, value in _strings(source.data, ()):
        field = next((str(part) for part in reversed(path) if isinstance(part, str)), "")
        invented = field == "email" and invented_email(value, domains)
        if invented or MARKER.search(value):
            line, column = source.position(*path)
            yield Placeholder(line, column, _describe(path), value)


def _may_hold_placeholder(text: str) -> bool:
    """Whether a file's text may give a front-matter value with a marker or an e-mail address.

    YAML makes a value's letters from the same letters in the file, unless an escape (``\\u0065``,
    a ``\\`` at a line's end) is used: without ``replace``, ``@`` and ``\\``, no value can hold one.
    """
    return "@" in text or "\\" in text or "replace" in text.lower()


def _describe(path: KeyPath) -> str:
    return ".".join(str(part + 1) if isinstance(part, int) else part for part in path)


def _strings(data: Any, path: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*path, index))
    elif isinstance(data, str):
        yield path, data


def _in_body(source: SourceFile) -> Iterator[Placeholder]:
    body = source.body
    if "eplace" not in body:
        return
    body = _HTML_COMMENT.sub(lambda match: re.sub(r"[^\n]", " ", match.group()), body)
    for offset, line in enumerate(body.split("\n")):
        match = MARKER.search(line)
        if match:
            yield Placeholder(source.body_line + offset, match.start() + 1, "", line.strip())
