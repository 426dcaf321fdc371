"""Inline suppressions: comments in a course file that switch rules off for the file or one line.

In the Markdown body (HTML comments)::

    <!-- lxkit: disable LX102 -->               whole file; must stand before any content
    <!-- lxkit: disable-next-line LX202 -->     the next non-blank line
    text <!-- lxkit: disable-line LX203 -->     this line

In the front-matter (YAML comments): ``# lxkit: disable LX102`` anywhere (whole file),
``# lxkit: disable-next-line LX102`` on a line of its own, ``key: value  # lxkit: disable-line LX102``.
Rules are named by code or by name, separated by spaces or commas; a reason follows `` -- ``
(``<!-- lxkit: disable-line LX010 -- follow-up after the course -->``) and is shown by ``--summary``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lxkit.lint.markdown import Comment, ParsedBody, split_lines
from lxkit.lint.settings import resolve_code
from lxkit.model import Document

FILE = "disable"
NEXT_LINE = "disable-next-line"
SAME_LINE = "disable-line"
_DIRECTIVE = re.compile(r"^lxkit:\s*(?P<kind>disable-next-line|disable-line|disable)(?![\w-])(?P<names>.*)$", re.S)
_YAML_COMMENT = re.compile(r"(?:^|\s)#\s*(?P<body>lxkit:[^#]*)")
_HTML_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.S)
_SEPARATORS = re.compile(r"[\s,]+")
_CODE_SHAPED = re.compile(r"^[A-Za-z]{2}\d{3}$")


@dataclass(frozen=True, slots=True)
class Directive:
    """One suppression comment: the rules it names and the line it covers (None: the whole file).

    ``unknown`` lists names that are no rule; ``misplaced`` is set for a file-wide ``disable`` in
    the body after content. Both are reported as unused suppressions (LX099).
    """

    path: str
    line: int
    column: int
    kind: str
    codes: tuple[str, ...]
    target: int | None
    unknown: tuple[str, ...] = ()
    misplaced: bool = False
    reason: str = ""
    loose_reason: bool = False

    @property
    def text(self) -> str:
        """The directive as written in a report: ``disable-next-line LX202``."""
        return " ".join([self.kind, *self.codes, *self.unknown])


def directives(document: Document, body: ParsedBody, lookup: Mapping[str, str]) -> tuple[Directive, ...]:
    """Every suppression in a document's front-matter and body."""
    if "lxkit:" not in document.source.text:
        return ()
    lines = split_lines(document.source.text)
    found = _front_matter(document, lines, lookup)
    for comment in body.comments:
        for match in _HTML_COMMENT.finditer(comment.text):
            parsed = _parse(match["body"].strip(), lookup)
            if parsed is not None:
                found.append(_body_directive(document.path, comment, match.start(), parsed, body, lines, lookup))
    return tuple(found)


def _body_directive(
    path: str,
    comment: Comment,
    offset: int,
    parsed: _Parsed,
    body: ParsedBody,
    lines: Sequence[str],
    lookup: Mapping[str, str],
) -> Directive:
    line = comment.line + comment.text.count("\n", 0, offset)
    column = comment.column + offset if line == comment.line else 1
    if parsed.kind == FILE:
        first = body.first_content_line
        misplaced = not comment.standalone or (first is not None and first < line)
        return _directive(path, line, column, parsed, None, lookup, misplaced)
    end = comment.line + comment.text.count("\n")
    target = _next_line(lines, end, body_only=True) if parsed.kind == NEXT_LINE else line
    return _directive(path, line, column, parsed, target, lookup)


def _front_matter(document: Document, lines: Sequence[str], lookup: Mapping[str, str]) -> list[Directive]:
    if not document.source.has_front_matter:
        return []
    found = []
    for number in range(2, min(document.body_line - 1, len(lines) + 1)):
        text = lines[number - 1]
        match = _YAML_COMMENT.search(text)
        parsed = _parse(match["body"].strip(), lookup) if match else None
        if match is None or parsed is None:
            continue
        column = text.find("#", match.start()) + 1
        target = {FILE: None, SAME_LINE: number}.get(parsed.kind, _next_line(lines, number, body_only=False))
        found.append(_directive(document.path, number, column, parsed, target, lookup))
    return found


@dataclass(frozen=True, slots=True)
class _Parsed:
    kind: str
    names: list[str]
    reason: str = ""
    loose_reason: bool = False


def _parse(text: str, lookup: Mapping[str, str]) -> _Parsed | None:
    """Kind, rule names and reason; a reason written without `` -- `` starts at its first word that is no rule."""
    match = _DIRECTIVE.match(text)
    if match is None:
        return None
    names_text, dashes, reason = match["names"].partition("--")
    names = [name for name in _SEPARATORS.split(names_text.strip()) if name]
    if dashes:
        return _Parsed(match["kind"], names, reason.strip())
    first_word = next(
        (i for i, name in enumerate(names) if resolve_code(name, lookup) is None and not _CODE_SHAPED.match(name)), None
    )
    if not first_word:  # None (no reason) or 0 (an unknown rule name, reported as such)
        return _Parsed(match["kind"], names)
    return _Parsed(match["kind"], names[:first_word], " ".join(names[first_word:]), True)


def _directive(
    path: str,
    line: int,
    column: int,
    parsed: _Parsed,
    target: int | None,
    lookup: Mapping[str, str],
    misplaced: bool = False,
) -> Directive:
    names = parsed.names
    codes = tuple(dict.fromkeys(code for name in names if (code := resolve_code(name, lookup))))
    unknown = tuple(name for name in names if resolve_code(name, lookup) is None)
    return Directive(
        path, line, column, parsed.kind, codes, target, unknown, misplaced, parsed.reason, parsed.loose_reason
    )


def _next_line(lines: Sequence[str], after: int, body_only: bool) -> int:
    """The next line after ``after`` with content (YAML comments skipped in the front-matter)."""
    for number in range(after + 1, len(lines) + 1):
        stripped = lines[number - 1].strip()
        if stripped and (body_only or not stripped.startswith("#")):
            return number
    return after + 1
