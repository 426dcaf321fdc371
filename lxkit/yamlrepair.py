"""The pieces :mod:`lxkit.yamlwords` builds its repairs from: the shapes of YAML lines, the error
PyYAML reported, the :class:`Repair`, and moving lines by columns. Pure: text in, text out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*):(?P<space>[ \t]+|$)(?P<value>.*)$")
ITEM_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)(?P<value>.*)$")
NO_SPACE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*):(?P<value>[^\s:/].*)$")
NO_COLON = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*) +(?P<value>[^:#]+)$")


@dataclass(frozen=True, slots=True)
class ParseError:
    """A PyYAML error on 0-based ``line``/``column``; ``base`` is the file line of the text's first line."""

    lines: list[str]
    problem: str
    line: int
    column: int
    context: str
    context_line: int
    base: int

    def number(self, index: int) -> int:
        """The file line number of ``lines[index]``."""
        return self.base + index


@dataclass(frozen=True, slots=True)
class Repair:
    """A recognised mistake: where (0-based line and column in the YAML text), what, and the fix.

    ``lines`` replace ``count`` lines starting at ``line``; empty when no safe fix is known.
    """

    line: int
    column: int
    what: str
    lines: tuple[str, ...] = ()
    count: int = 1
    action: str = ""

    def message(self) -> str:
        """The author's words and, when known, the corrected line to copy."""
        if not self.lines:
            return self.what
        return f"{self.what}; write it as{indentation(self.lines[0])}:  {self.lines[0].strip()}"


def indentation(line: str) -> str:
    """`` (with 4 spaces in front)`` for an indented line, else nothing."""
    spaces = len(line) - len(line.lstrip(" "))
    return f" (with {spaces} space{'s' if spaces > 1 else ''} in front)" if spaces else ""


def previous_line(lines: list[str], line: int) -> int:
    index = line - 1
    while index >= 0 and (not lines[index].strip() or lines[index].lstrip().startswith("#")):
        index -= 1
    return index


def shift_lines(lines: list[str], line: int, shift: int, what: str, action: str) -> Repair:
    """Move ``lines[line]`` and the lines nested under it by ``shift`` columns."""
    indent = len(lines[line]) - len(lines[line].lstrip(" "))
    end = line + 1
    while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip(" ")) > indent:
        end += 1
    moved = tuple(move(text, shift) for text in lines[line:end])
    return Repair(line, indent, what, moved, end - line, action)


def move(text: str, shift: int) -> str:
    if shift >= 0:
        return " " * shift + text
    return text[min(-shift, len(text) - len(text.lstrip(" "))) :]


def is_comment(line: str) -> bool:
    return line.lstrip(" ").startswith("#")


def depth(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
