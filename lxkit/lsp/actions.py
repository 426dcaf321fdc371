"""Quick fixes: the edits ``lxkit fix`` would make (:func:`lxkit.fix.fix_edits`), as code actions.

Each edit touching the requested lines is one quick fix titled as ``lxkit fix`` says it; one more
action applies all of them, which leaves exactly the text ``lxkit fix`` writes.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from lsprotocol import types

from lxkit.fix import Edit

ToClient = Callable[[int, int], types.Position]
"""Converts a 0-based line and a column in characters to a position in the client's units."""

FIX_ALL = "Fix all safe problems in this file (lxkit fix)"


class Offsets:
    """Character offsets of a text as 0-based lines and columns."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        for line in text.splitlines(keepends=True):
            self.starts.append(self.starts[-1] + len(line))
        self.open_end = bool(text) and text[-1] not in "\r\n"

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column (characters) of an offset; the end of a text without a final newline
        is the end of its last line."""
        offset = min(max(offset, 0), self.starts[-1])
        line = bisect.bisect_right(self.starts, offset) - 1
        if line == len(self.starts) - 1 and self.open_end:
            line -= 1
        return line, offset - self.starts[line]


def text_edit(edit: Edit, offsets: Offsets, shift: int, to_client: ToClient) -> types.TextEdit:
    """One fix as an LSP text edit (``shift``: characters before the fixed text, a byte-order mark)."""
    start = offsets.position(edit.start + shift)
    end = offsets.position(edit.end + shift)
    return types.TextEdit(types.Range(to_client(*start), to_client(*end)), edit.replacement)


def code_actions(
    uri: str,
    edits: Sequence[Edit],
    text_edits: Sequence[types.TextEdit],
    wanted: types.Range,
    diagnostics: Sequence[types.Diagnostic],
) -> list[types.CodeAction]:
    """Quick fixes for the edits on the lines of ``wanted``, then the action that applies every fix."""
    if not edits:
        return []
    actions = []
    for edit, change in zip(edits, text_edits, strict=True):
        if not _touches(change.range, wanted):
            continue
        covered = [d for d in diagnostics if _touches(d.range, change.range)]
        actions.append(_action(uri, edit.title, [change], covered, preferred=True))
    kind = types.CodeActionKind.QuickFix
    actions.append(_action(uri, FIX_ALL, list(text_edits), list(diagnostics), preferred=False, kind=kind))
    return actions


def fix_all_action(uri: str, text_edits: Sequence[types.TextEdit]) -> types.CodeAction:
    """The ``source.fixAll`` action editors run on save when asked to."""
    return _action(uri, FIX_ALL, list(text_edits), [], preferred=False, kind=types.CodeActionKind.SourceFixAll)


def _action(
    uri: str,
    title: str,
    changes: list[types.TextEdit],
    diagnostics: list[types.Diagnostic],
    preferred: bool,
    kind: types.CodeActionKind = types.CodeActionKind.QuickFix,
) -> types.CodeAction:
    return types.CodeAction(
        title=title,
        kind=kind,
        diagnostics=diagnostics or None,
        is_preferred=preferred or None,
        edit=types.WorkspaceEdit(changes={uri: changes}),
    )


def _touches(first: types.Range, second: types.Range) -> bool:
    """Whether two ranges share a line (quick fixes are offered for the lines the cursor is on)."""
    last = first.end.line - (1 if first.end.character == 0 and first.end.line > first.start.line else 0)
    other_last = second.end.line - (1 if second.end.character == 0 and second.end.line > second.start.line else 0)
    return first.start.line <= other_last and second.start.line <= last
