"""An edit of a file's text (a range and its replacement, with a title), and applying edits."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``.

    ``line``/``column`` and ``end_line``/``end_column`` are the same range, 1-based (an editor's
    range is 0-based: subtract one). ``title`` says what the edit does, in an author's words.
    """

    start: int
    end: int
    replacement: str
    title: str
    line: int
    column: int
    end_line: int
    end_column: int


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied."""
    result = text
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        result = result[: edit.start] + edit.replacement + result[edit.end :]
    return result


def line_edits(original: str, lines: Sequence[str], titles: Mapping[int, Sequence[str]]) -> tuple[Edit, ...]:
    """The edits that turn ``original`` into ``"".join(lines)``, one per changed run of lines.

    ``titles`` maps an index of ``lines`` to what was done there; unchanged text is never covered.
    """
    before = original.splitlines(keepends=True)
    starts = [0]
    for text in before:
        starts.append(starts[-1] + len(text))
    matcher = difflib.SequenceMatcher(None, before, list(lines), autojunk=False)
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        said = [title for index in range(j1, max(j2, j1 + 1)) for title in titles.get(index, ())]
        title = "; ".join(dict.fromkeys(said)) or "Fix the front-matter"
        edits.append(Edit(starts[i1], starts[i2], "".join(lines[j1:j2]), title, i1 + 1, 1, i2 + 1, 1))
    return tuple(edits)
