"""Front-matter key paths of model items, so findings point at the exact key of an item.

Model items (objectives, pre-work, activities, options...) remember the line of their list
item; these helpers turn that line back into the item's key path.
"""

from __future__ import annotations

import weakref
from typing import Any

from lxkit.sourcefile import KeyPath, SourceFile

_CACHE_SIZE = 256
_starts: dict[tuple[int, KeyPath], tuple[weakref.ref[SourceFile], dict[int, int]]] = {}


def item_index(source: SourceFile, prefix: KeyPath, line: int) -> int | None:
    """Index of the list item under ``prefix`` that starts on ``line``.

    The items' lines are indexed once per list, so locating every item of a long list stays linear.
    """
    return _item_lines(source, prefix).get(line)


def _item_lines(source: SourceFile, prefix: KeyPath) -> dict[int, int]:
    key = (id(source), prefix)
    known = _starts.get(key)
    if known is not None and known[0]() is source:
        return known[1]
    lines: dict[int, int] = {}
    index = 0
    while (item := (*prefix, index)) in source.positions:
        lines.setdefault(source.positions[item][0], index)
        index += 1
    if len(_starts) >= _CACHE_SIZE:
        _starts.clear()
    _starts[key] = (weakref.ref(source), lines)
    return lines


def item_key(source: SourceFile, prefix: KeyPath, line: int, *rest: str | int) -> KeyPath:
    """Key path of ``rest`` inside the list item on ``line`` (the list itself when not found)."""
    index = item_index(source, prefix, line)
    return (*prefix, index, *rest) if index is not None else prefix


def value_at(data: Any, key: KeyPath) -> Any:
    """The raw front-matter value at a key path, or None."""
    for part in key:
        if isinstance(part, int) and isinstance(data, list) and 0 <= part < len(data):
            data = data[part]
        elif isinstance(part, str) and isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data
