"""Completion and hover in course and module front-matter, from the schema at the cursor's path.

Pure functions of the document's lines and the cursor (0-based line, column in characters);
the server converts positions from the client's units.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from lxkit.lsp.cursor import Slot, cursor_at, key_path_at
from lxkit.lsp.schemas import Field, description, fields, node_at, summary, values


def complete(kind: str, lines: Sequence[str], line: int, column: int) -> list[types.CompletionItem]:
    """Completion items at the cursor: the keys of the mapping, or the allowed values of a field."""
    cursor = cursor_at(lines, line, column)
    if cursor.slot is Slot.KEY:
        edit_range = _range(line, cursor.start, column)
        return [
            _key_item(field, edit_range, index)
            for index, field in enumerate(fields(kind, cursor.path))
            if field.name not in cursor.siblings and field.name.startswith(cursor.prefix)
        ]
    if cursor.slot is Slot.VALUE:
        edit_range = _range(line, cursor.start, column)
        doc = description(node_at(kind, cursor.path))
        return [
            types.CompletionItem(
                label=value,
                kind=types.CompletionItemKind.EnumMember,
                detail=f"{cursor.path[-1]}: {value}",
                documentation=_markdown(doc) if doc else None,
                text_edit=types.TextEdit(edit_range, value),
                sort_text=f"{index:03d}",
            )
            for index, value in enumerate(values(kind, cursor.path))
            if value.startswith(cursor.prefix)
        ]
    return []


def _key_item(field: Field, edit_range: types.Range, index: int) -> types.CompletionItem:
    detail = ("required: " if field.required else "") + field.summary
    return types.CompletionItem(
        label=field.name,
        kind=types.CompletionItemKind.Property,
        detail=detail,
        documentation=_markdown(field.description) if field.description else None,
        text_edit=types.TextEdit(edit_range, field.name + (":" if field.container else ": ")),
        sort_text=f"{index:03d}",
    )


def hover(kind: str, lines: Sequence[str], line: int, column: int) -> types.Hover | None:
    """The description and allowed values of the front-matter key under the cursor."""
    found = key_path_at(lines, line, column)
    if found is None:
        return None
    path, start = found
    key = path[-1]
    nodes = node_at(kind, path)
    if not nodes:
        return None
    text = f"**{key}**: {summary(nodes)}"
    doc = description(nodes)
    if doc:
        text += f"\n\n{doc}"
    return types.Hover(_markdown(text), _range(line, start, start + len(key)))


def _markdown(text: str) -> types.MarkupContent:
    return types.MarkupContent(types.MarkupKind.Markdown, text)


def _range(line: int, start: int, end: int) -> types.Range:
    return types.Range(types.Position(line, start), types.Position(line, max(start, end)))
