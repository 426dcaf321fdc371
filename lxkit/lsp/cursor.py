"""Where the cursor is in a course file's front-matter, read from the text as the author types it.

Text being typed is rarely valid YAML, so this does not parse YAML: it follows the indentation of
the lines above the cursor (``key:`` lines and ``- `` list items, block scalars skipped) and gives
the YAML path of the cursor, whether a key or a value is being typed, and the keys already given
in the mapping being completed. Every input gives an answer; none raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

ITEM = "[]"
"""Path component of a list item (the schema's ``items``)."""

_KEY = re.compile(r"""(?P<key>[^\s#:'"\[\]{},&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?|"[^"]*"|'[^']*')\s*:(?=\s|$)""")
_BLOCK_SCALAR = re.compile(r"^[|>][-+0-9]*\s*(#.*)?$")


class Slot(Enum):
    """What the cursor is on: a key being typed, a value being typed, or nothing completable."""

    KEY = "key"
    VALUE = "value"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Cursor:
    """The cursor's place: the path of the mapping (KEY) or of the key (VALUE), the typed prefix."""

    slot: Slot
    path: tuple[str, ...] = ()
    prefix: str = ""
    siblings: frozenset[str] = frozenset()
    start: int = 0
    """Column where the typed prefix starts (what a completion replaces)."""


@dataclass(slots=True)
class _Frame:
    column: int
    name: str
    keys: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Line:
    dashes: tuple[int, ...]
    key: str | None
    key_column: int
    rest: str
    """Text after ``key:`` (or after the dashes when there is no key)."""


def front_matter_lines(lines: Sequence[str]) -> int | None:
    """Index of the closing ``---`` line, len(lines) when never closed, None without front-matter."""
    if not lines or lines[0].rstrip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return index
    return len(lines)


def cursor_at(lines: Sequence[str], line: int, column: int) -> Cursor:
    """The cursor at 0-based ``line`` and ``column`` (characters) of a file's lines."""
    end = front_matter_lines(lines)
    if end is None or not 0 < line < end or line >= len(lines):
        return Cursor(Slot.NONE)
    stack = _stack_before(lines[1:line])
    text = lines[line].rstrip("\r\n")[:column]
    if "#" in text and _in_comment(text):
        return Cursor(Slot.NONE)
    return _at_line(stack, text)


def key_path_at(lines: Sequence[str], line: int, column: int) -> tuple[tuple[str, ...], int] | None:
    """Path of the key under the cursor and the key's column (for hover), or None when not on a key."""
    end = front_matter_lines(lines)
    if end is None or not 0 < line < end or line >= len(lines):
        return None
    text = lines[line].rstrip("\r\n")
    parsed = _parse(text)
    if parsed.key is None or not parsed.key_column <= column <= parsed.key_column + len(parsed.key):
        return None
    stack = _stack_before(lines[1:line])
    _enter(stack, parsed)
    return tuple(frame.name for frame in stack[1:]), parsed.key_column


def _in_comment(text: str) -> bool:
    quote = ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (index == 0 or text[index - 1] in " \t"):
            return True
    return False


def _parse(text: str) -> _Line:
    """Split a line into its list dashes, its key (if any) and the rest."""
    position = len(text) - len(text.lstrip(" "))
    dashes: list[int] = []
    while text.startswith("-", position) and (position + 1 == len(text) or text[position + 1] in " \t"):
        dashes.append(position)
        position += 1
        position += len(text[position:]) - len(text[position:].lstrip(" \t"))
    match = _KEY.match(text, position)
    if match is None:
        return _Line(tuple(dashes), None, position, text[position:])
    key = match["key"].strip()
    if key[:1] in "'\"":
        key = key[1:-1]
    return _Line(tuple(dashes), key, position, text[match.end() :])


def _stack_before(lines: Sequence[str]) -> list[_Frame]:
    """The open mappings and list items after reading ``lines`` (the root first).

    Reading starts at the last top-level key (which closes everything above it), so the cost
    does not grow with the lines above; the root's keys before it are collected on the way.
    """
    start = _last_top_level(lines)
    stack = [_Frame(-1, "", {key for text in lines[:start] if (key := _top_level_key(text))})]
    scalar_indent: int | None = None
    for raw in lines[start:]:
        text = raw.rstrip("\r\n")
        stripped = text.strip()
        indent = len(text) - len(text.lstrip(" "))
        if scalar_indent is not None:
            if not stripped or indent > scalar_indent:
                continue
            scalar_indent = None
        if not stripped or stripped.startswith("#"):
            continue
        parsed = _parse(text)
        if parsed.key is None and not parsed.dashes:
            continue  # a continued plain scalar or a line being typed
        _enter(stack, parsed)
        if parsed.key is not None and _BLOCK_SCALAR.match(parsed.rest.strip()):
            scalar_indent = parsed.dashes[0] if parsed.dashes else parsed.key_column
    return stack


def _top_level_key(text: str) -> str | None:
    """The key of a line that starts a top-level field (``key: ...`` at the first column)."""
    if not text or text[0] in " \t\r\n-#" or ":" not in text:
        return None
    return _parse(text.rstrip("\r\n")).key


def _last_top_level(lines: Sequence[str]) -> int:
    """Index of the last line that starts a top-level field (0 when there is none)."""
    for index in range(len(lines) - 1, -1, -1):
        if _top_level_key(lines[index]) is not None:
            return index
    return 0


def _enter(stack: list[_Frame], parsed: _Line) -> None:
    """Update the stack for one line: close what it ends, open its list items and its key."""
    for dash in parsed.dashes:
        _close(stack, dash, item=True)
        stack.append(_Frame(dash, ITEM))
    if parsed.key is not None:
        _close(stack, parsed.key_column, item=False)
        stack[-1].keys.add(parsed.key)
        stack.append(_Frame(parsed.key_column, parsed.key))


def _close(stack: list[_Frame], column: int, item: bool) -> None:
    """Pop what a new item (or key) at ``column`` ends; a ``key:`` at the same column keeps its items."""
    while len(stack) > 1:
        top = stack[-1]
        if top.column > column or (top.column == column and (top.name == ITEM or not item)):
            stack.pop()
        else:
            return


def _at_line(stack: list[_Frame], text: str) -> Cursor:
    """The cursor at the end of ``text`` (the cursor line up to the cursor)."""
    parsed = _parse(text)
    for dash in parsed.dashes:
        _close(stack, dash, item=True)
        stack.append(_Frame(dash, ITEM))
    if parsed.key is None:
        prefix = parsed.rest
        if any(char in prefix for char in ":[]{}\"'") or (prefix and prefix != prefix.lstrip()):
            return Cursor(Slot.NONE)
        _close(stack, parsed.key_column, item=False)
        path = tuple(frame.name for frame in stack[1:])
        return Cursor(Slot.KEY, path, prefix, frozenset(stack[-1].keys), parsed.key_column)
    value = parsed.rest
    prefix = value.lstrip()
    if prefix[:1] in ("[", "{", "|", ">", "&", "*", "!") or "#" in prefix:
        return Cursor(Slot.NONE)
    _close(stack, parsed.key_column, item=False)
    path = (*(frame.name for frame in stack[1:]), parsed.key)
    quote = prefix[:1] if prefix[:1] in "'\"" else ""
    start = len(text) - len(prefix) + len(quote)
    return Cursor(Slot.VALUE, path, prefix[len(quote) :], frozenset(), start)
