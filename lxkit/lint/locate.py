"""Front-matter key paths of model items, so findings point at the exact key of an item.

Model items (objectives, pre-work, activities, options...) remember the line of their list
item; these helpers turn that line back into the item's key path.
"""

from __future__ import annotations

from typing import Any

from lxkit.sourcefile import KeyPath, SourceFile


def item_index(source: SourceFile, prefix: KeyPath, line: int) -> int | None:
    """Index of the list item under ``prefix`` that starts on ``line``."""
    index = 0
    while (key := (*prefix, index)) in source.positions:
        if source.positions[key][0] == line:
            return index
        index += 1
    return None


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
