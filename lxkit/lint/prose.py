"""Plain prose the linter need not hand to markdown-it: paragraphs of ordinary sentences.

Most of a module body is paragraphs of plain sentences, and markdown-it spends most of its time
trying every block rule on each of their lines, to find nothing a rule looks at: a paragraph
without ``[`` or ``<`` holds no link, image, HTML or comment, and only its words are counted
(see :mod:`lxkit.lint.markdown`). :func:`collapse` finds such paragraphs with a line scan and
puts a one-word paragraph in place of each (its first line becomes ``x``, its other lines blank,
so every line keeps its number); the words are counted from the original lines.

A paragraph is collapsed only when markdown-it can read its lines as nothing else and they
cannot change how anything around them is read:

- every line starts with a letter in the first column (no indentation, no block marker) and has
  none of ``[ < > |`` (no link, reference or footnote, HTML or end of an HTML block, table row);
- the line before it is blank (or there is none): it continues no paragraph, list item or quote;
- the line after it is blank (or there is none): no setext underline, table or list follows;
- the line after that blank does not start with ``:`` or ``~`` (it would be a definition's term).

Whether the paragraph is at the top level, not inside a fenced code block, an HTML block, a list
item or an admonition, is known only from the parse: :func:`confirmed` checks that each stand-in
became a top-level paragraph of its own, and the caller parses the original text when one did not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markdown_it.token import Token

STAND_IN = "x"

# A letter first, then no character that can start a link, HTML or a table cell.
_PLAIN = re.compile(r"[^\W\d_][^\[<>|]*")
_BLANK = re.compile(r"[ \t]*")


@dataclass(frozen=True, slots=True)
class Collapsed:
    """A text with stand-ins for its plain paragraphs, and the words of each, by its first line (0-based)."""

    text: str
    words: Mapping[int, int]


def collapse(lines: Sequence[str]) -> Collapsed | None:
    """The text of ``lines`` with a stand-in for each plain paragraph (None when it has none)."""
    plain, blank = _PLAIN.fullmatch, _BLANK.fullmatch
    words: dict[int, int] = {}
    kept = list(lines)
    count, start = len(lines), 0
    while start < count:
        if plain(lines[start]) is None or (start > 0 and blank(lines[start - 1]) is None):
            start += 1
            continue
        end = start + 1
        while end < count and plain(lines[end]) is not None:
            end += 1
        if end == count or (blank(lines[end]) is not None and not _definition(lines, end + 1)):
            words[start] = sum(len(line.split()) for line in lines[start:end])
            kept[start:end] = [STAND_IN] + [""] * (end - start - 1)
        start = end
    return Collapsed("\n".join(kept), words) if words else None


def _definition(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` could be a definition (``: text``), making the paragraph before its term."""
    return index < len(lines) and lines[index].lstrip(" \t")[:1] in (":", "~")


def confirmed(tokens: Sequence[Token], words: Mapping[int, int]) -> bool:
    """Whether each stand-in became a top-level paragraph of its own (not code, HTML, a list item...)."""
    found = 0
    for index, token in enumerate(tokens):
        if token.map is None or token.map[0] not in words or token.type != "paragraph_open":
            continue
        inline = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.level != 0 or token.map[1] != token.map[0] + 1 or inline is None or inline.content != STAND_IN:
            return False
        found += 1
    return found == len(words)
