"""YAML mistakes in an author's words: what went wrong on which line, and the corrected line.

PyYAML's messages describe its parser ("mapping values are not allowed here"). :func:`diagnose`
looks at the line the error points to (and the line before it) and recognises the mistakes authors
make: ``: `` or a leading quote, ``@``, ``*``, ``&``, ``!``, ``%``, ``{``, ``[``, ``|``, ``>`` or a
backtick in plain text, wrong indentation, a tab, a missing ``- `` or ``:``, an unclosed quote or
list. The result is a :class:`Repair`: the author's words plus the replacement lines, which
:mod:`lxkit.sourcefile` shows as "write it as" and ``lxkit fix`` applies. Pure: text in, text out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxkit.yamlrepair import ITEM_LINE as _ITEM_LINE
from lxkit.yamlrepair import KEY_LINE as _KEY_LINE
from lxkit.yamlrepair import NO_COLON as _NO_COLON
from lxkit.yamlrepair import NO_SPACE as _NO_SPACE
from lxkit.yamlrepair import ParseError as _Error
from lxkit.yamlrepair import Repair as Repair
from lxkit.yamlrepair import depth as _depth
from lxkit.yamlrepair import indentation as indentation
from lxkit.yamlrepair import is_comment as _comment
from lxkit.yamlrepair import move as _move
from lxkit.yamlrepair import previous_line as _previous
from lxkit.yamlrepair import shift_lines as _shift

_STARTS = {
    '"': "starts with a double quote, so YAML reads only up to the next double quote",
    "'": "starts with a single quote, so YAML reads only up to the next single quote",
    "@": "starts with '@', which YAML does not allow at the start of text",
    "`": "starts with '`', which YAML does not allow at the start of text",
    "%": "starts with '%', which YAML does not allow at the start of text",
    "*": "starts with '*', which YAML reads as a reference to another value",
    "&": "starts with '&', which YAML reads as a name for the value",
    "!": "starts with '!', which YAML reads as a type tag",
    "{": "starts with '{', which YAML reads as the start of a group",
    "[": "starts with '[', which YAML reads as the start of a list",
    "|": "starts with '|', which YAML reads as the start of a block of lines",
    ">": "starts with '>', which YAML reads as the start of a folded block",
    "?": "starts with '? ', which YAML reads as a complex key",
    "-": "starts with '- ', which YAML reads as a list item",
}


def quote(text: str) -> str:
    """``text`` as a quoted YAML scalar that reads back exactly as ``text`` (one line)."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def split_value(line: str) -> tuple[str, str, str] | None:
    """(prefix up to the value, the value, the key or '') of a ``key: value`` or ``- value`` line."""
    match = _KEY_LINE.match(line)
    if match and not (match["dash"] and " " in match["key"]):
        prefix = line[: match.start("value")]
        return prefix, match["value"].rstrip(), match["key"]
    item = _ITEM_LINE.match(line)
    if item:
        return line[: item.start("value")], item["value"].rstrip(), ""
    return None


def _field(key: str) -> str:
    return f"the text of '{key}'" if key else "this list item"


def quote_repair(lines: list[str], index: int, column: int, why: str = "") -> Repair | None:
    """Put the value on ``lines[index]`` in quotes (the fix for most plain-text mistakes)."""
    parts = _text_parts(lines[index])
    if parts is None:
        return None
    prefix, value, key = parts
    if _quoted(value):  # quoting it again would add quote marks to the text
        return None
    if not why:
        why = _STARTS.get(value[:1], "")
    what = f"{_field(key)} {why}; put the whole text in quotes" if why else ""
    what = what or f"{_field(key)} has a character YAML reads as structure; put the whole text in quotes"
    return Repair(index, column, what, (prefix + quote(value),), action=f"Put {_field(key)} in quotes")


def _quoted(value: str) -> bool:
    """Whether ``value`` is one whole quoted text (``"a: b"``, ``'it''s'``), which needs no more quotes."""
    if len(value) < 2 or value[0] not in "\"'" or value[-1] != value[0]:
        return False
    inner = value[1:-1]
    if value[0] == "'":
        return "'" not in inner.replace("''", "")
    return re.fullmatch(r'(?:[^"\\]|\\.)*', inner) is not None


def _text_parts(line: str) -> tuple[str, str, str] | None:
    """Like :func:`split_value`, but a list item such as ``- Explain: why`` is all text."""
    parts = split_value(line)
    if parts is None or not parts[1]:
        return None
    prefix, value, key = parts
    item = _ITEM_LINE.match(line)
    if key and item and not re.match(r"^[a-z_]+$", key):
        return line[: item.start("value")], item["value"].rstrip(), ""
    return prefix, value, key


def diagnose(
    text: str, problem: str, line: int, column: int, context: str = "", context_line: int = -1, base: int = 1
) -> Repair | None:
    """The author's mistake behind a PyYAML error at 0-based ``line``/``column`` of ``text``.

    ``base`` is the file's line number of the text's first line (for the words "on line N").
    """
    lines = text.split("\n")
    line = max(0, min(line, len(lines) - 1))
    error = _Error(lines, problem, line, column, context, context_line, base)
    for check in _checks():
        repair = check(error)
        if repair is not None:
            return repair
    return _starts_badly(lines, problem, line, column)


def _checks() -> tuple[Callable[[_Error], Repair | None], ...]:
    """The mistakes :func:`diagnose` recognises, in the order it tries them."""
    first = (_tab, _unclosed_quote, _unclosed_flow, _missing_dash_in_text_list, _missing_colon, _item_missing_colon)
    return (*first, _colon_in_text, _indentation, _missing_dash, _list_misaligned, _item_too_far)


def _tab(e: _Error) -> Repair | None:
    lines, problem, line = e.lines, e.problem, e.line
    if "'\\t'" not in problem or "\t" not in lines[line]:
        return None
    current = lines[line]
    stripped = current.lstrip(" \t")
    indent = _tab_indent(lines, line, current[: len(current) - len(stripped)])
    what = f"line {e.number(line)} is indented with a tab; YAML indents with spaces only: replace the tab with spaces"
    return Repair(line, current.index("\t"), what, (indent + stripped,), action="Indent with spaces, not a tab")


def _tab_indent(lines: list[str], line: int, indent: str) -> str:
    """``indent`` with its tabs as spaces: the tab width (2, 4 or 8) that lines the line up with the line above."""
    before = _previous(lines, line)
    above = _KEY_LINE.match(lines[before]) if before >= 0 else None
    wanted = set()
    if above is not None:
        wanted = {above.start("key")} | ({above.start("key") + 2} if not above["value"].strip() else set())
    for width in (2, 4, 8):
        if len(indent.expandtabs(width)) in wanted:
            return " " * len(indent.expandtabs(width))
    return indent.replace("\t", "  ")


def _missing_dash_in_text_list(e: _Error) -> Repair | None:
    """``  Plant managers`` under ``  - Engineers``: a text list item written without its ``- ``."""
    lines, ctx = e.lines, e.context_line
    if "could not find expected ':'" not in e.problem or not 0 <= ctx < len(lines):
        return None
    current, before = lines[ctx], _previous(lines, ctx)
    item = _ITEM_LINE.match(lines[before]) if before >= 0 else None
    text = current.strip()
    if item is None or _depth(current) != len(item["indent"]) or _KEY_LINE.match(lines[before]):
        return None
    if not text or text.startswith(("-", "#")) or ": " in text or " #" in text or text[:1] in _STARTS:
        return None
    indent = item["indent"]
    what = f"'{text}' is a list item without its '- '; add '- ' in front of it"
    return Repair(ctx, len(indent), what, (f"{indent}- {text}",), action=f"Add '- ' before '{text}'")


def _unclosed_quote(e: _Error) -> Repair | None:
    lines, context, ctx = e.lines, e.context, e.context_line
    if "quoted scalar" not in context or not 0 <= ctx < len(lines):
        return _quote_closed_later(e)
    return _close_quote(lines, ctx)


def _quote_closed_later(e: _Error) -> Repair | None:
    """``minutes: "20`` a few lines up: YAML took the quote of a later ``title: "One..."`` as its end."""
    lines, line, column = e.lines, e.line, e.column
    if "but found '<scalar>'" not in e.problem or not 0 < column <= len(lines[line]):
        return None
    mark = lines[line][column - 1]
    if mark not in "\"'":
        return None
    for index in range(line - 1, -1, -1):
        parts = split_value(lines[index])
        if parts is not None and parts[1][:1] == mark and parts[1].count(mark) == 1:
            return _close_quote(lines, index)
    return None


def _close_quote(lines: list[str], ctx: int) -> Repair | None:
    """The repair of a text on ``lines[ctx]`` that opens a quote and never closes it."""
    parts = split_value(lines[ctx])
    if parts is None or parts[1][:1] not in "\"'":
        return None
    prefix, value, key = parts
    mark = value[0]
    what = f"{_field(key)} starts with {mark} but the closing {mark} is missing; end the text with {mark}"
    if value.count(mark) != 1:
        return Repair(ctx, len(prefix), what)
    return Repair(ctx, len(prefix), what, (prefix + quote(value[1:]),), action=f"Close the quote of {_field(key)}")


def _unclosed_flow(e: _Error) -> Repair | None:
    lines, context, ctx = e.lines, e.context, e.context_line
    if ("flow sequence" not in context and "flow mapping" not in context) or not 0 <= ctx < len(lines):
        return None
    opening, closing = ("[", "]") if "sequence" in context else ("{", "}")
    parts = split_value(lines[ctx])
    if parts is None or not parts[1].startswith(opening):
        return None
    prefix, value, key = parts
    if value.count(opening) == value.count(closing) + 1 and ":" not in value and not value.endswith(closing):
        what = f"the list of '{key}' starts with {opening} but has no closing {closing}; end the line with {closing}"
        return Repair(ctx, len(prefix), what, (prefix + value + closing,), action=f"Close the list with {closing}")
    return quote_repair(lines, ctx, len(prefix))


def _missing_colon(e: _Error) -> Repair | None:
    lines, problem, ctx = e.lines, e.problem, e.context_line
    if "could not find expected ':'" not in problem or not 0 <= ctx < len(lines):
        return None
    spaced = _NO_SPACE.match(lines[ctx])
    if spaced is not None:
        fixed = f"{spaced['indent']}{spaced['dash'] or ''}{spaced['key']}: {spaced['value']}"
        what = f"'{spaced['key']}:' needs a space after the colon"
        return Repair(ctx, len(spaced["indent"]), what, (fixed,), action=f"Add a space after '{spaced['key']}:'")
    match = _NO_COLON.match(lines[ctx])
    if match is None:
        return None
    fixed = f"{match['indent']}{match['dash'] or ''}{match['key']}: {match['value'].strip()}"
    what = f"'{match['key']}' has no ':' after it; YAML needs 'key: value'"
    return Repair(ctx, len(match["indent"]), what, (fixed,), action=f"Add ':' after '{match['key']}'")


def _item_missing_colon(e: _Error) -> Repair | None:
    """``- id spot-scale`` above ``  text: ...``: the list item's first key has no ':'."""
    lines, line = e.lines, e.line
    before = _previous(lines, line)
    match = _NO_COLON.match(lines[before]) if before >= 0 else None
    if "mapping values are not allowed" not in e.problem or match is None or not match["dash"]:
        return None
    content = len(match["indent"]) + len(match["dash"])
    if _depth(lines[line]) != content or not _KEY_LINE.match(lines[line]):
        return None
    fixed = f"{match['indent']}{match['dash']}{match['key']}: {match['value'].strip()}"
    what = f"'{match['key']}' on line {e.number(before)} has no ':' after it; YAML needs 'key: value'"
    return Repair(before, content, what, (fixed,), action=f"Add ':' after '{match['key']}'")


def _colon_in_text(e: _Error) -> Repair | None:
    lines, problem, line, column = e.lines, e.problem, e.line, e.column
    if "mapping values are not allowed" not in problem:
        return None
    current = lines[line]
    match = _KEY_LINE.match(current)
    separator = match.end("key") if match else -1
    if match is None or column > separator:
        if _text_parts(current) is None:
            return None
        return quote_repair(lines, line, column, "contains ': ', which YAML reads as a new field")
    return None


def _indentation(e: _Error) -> Repair | None:
    lines, problem, line = e.lines, e.problem, e.line
    wanted = "mapping values are not allowed" in problem or "found '<block mapping start>'" in problem
    current = lines[line]
    match = _KEY_LINE.match(current)
    before = _previous(lines, line)
    if not wanted or match is None or before < 0:
        return None
    above = lines[before]
    spaced = _NO_SPACE.match(above)
    if spaced and not _KEY_LINE.match(above):
        fixed = f"{spaced['indent']}{spaced['dash'] or ''}{spaced['key']}: {spaced['value']}"
        what = f"'{spaced['key']}:' on line {e.number(before)} needs a space after the colon"
        return Repair(before, len(spaced["indent"]), what, (fixed,), action=f"Add a space after '{spaced['key']}:'")
    sibling = _KEY_LINE.match(above)
    if sibling is None:
        return None
    target = sibling.start("key")
    if sibling["dash"] is None and not sibling["value"] and target < len(match["indent"]):
        return None
    shift = target - len(match["indent"]) - len(match["dash"] or "")
    if shift == 0:
        return None
    what = (
        f"'{match['key']}' is indented {abs(shift)} space{'s' if abs(shift) > 1 else ''} "
        f"{'too far' if shift < 0 else 'too little'}; line it up with '{sibling['key']}' on line {e.number(before)}"
    )
    return _shift(lines, line, shift, what, f"Line up '{match['key']}' with '{sibling['key']}'")


def _missing_dash(e: _Error) -> Repair | None:
    lines, problem, line, context = e.lines, e.problem, e.line, e.context
    if "block collection" not in context or "but found '?'" not in problem:
        return None
    current = lines[line]
    match = _KEY_LINE.match(current)
    if match is None or match["dash"]:
        return None
    indent = match["indent"]
    moved = [f"{indent}- {current[len(indent) :]}"]
    end = line + 1
    siblings = end < len(lines) and _depth(lines[end]) == len(indent)  # else the item's lines are indented already
    while siblings and end < len(lines) and lines[end].strip():
        following = lines[end]
        depth = _depth(following)
        if depth < len(indent) or (depth == len(indent) and following.lstrip(" ").startswith("-")):
            break
        moved.append("  " + following)
        end += 1
    what = f"'{match['key']}' starts a new list item but has no '- ' in front of it; add '- '"
    what += " and indent the item's other lines by two more spaces" if len(moved) > 1 else ""
    return Repair(line, len(indent), what, tuple(moved), end - line, f"Add '- ' before '{match['key']}'")


def _list_misaligned(e: _Error) -> Repair | None:
    """``   - id: a`` then ``  - id: b``: the first items of a list indented otherwise than the next one."""
    lines, line, column = e.lines, e.line, e.column
    found = "but found '<block sequence start>'" in e.problem or "but found '-'" in e.problem
    if not found or not lines[line][column:].startswith("-") or _depth(lines[line]) != column:
        return None
    first, index = -1, line - 1
    while index >= 0 and (_depth(lines[index]) > column or not lines[index].strip() or _comment(lines[index])):
        if lines[index].strip() and not _comment(lines[index]) and lines[index].lstrip(" ").startswith("- "):
            first = index
        index -= 1
    opener = _KEY_LINE.match(lines[index]) if index >= 0 else None
    if first < 0 or opener is None or opener["value"].strip() or _depth(lines[first]) <= column:
        return None
    shift = column - _depth(lines[first])
    moved = tuple(_move(text, shift) for text in lines[first:line])
    what = (
        f"the list item on line {e.number(first)} is indented {-shift} space{'s' if shift < -1 else ''} too far; "
        f"line it up with the '- ' on line {e.number(line)} (the items of one list start in the same column)"
    )
    return Repair(first, column, what, moved, line - first, "Line up the items of the list")


def _item_too_far(e: _Error) -> Repair | None:
    """``  - id: a`` then ``   - id: b``: a later item of a list indented further than the one before."""
    lines, line, column = e.lines, e.line, e.column
    found = "but found '<block sequence start>'" in e.problem or "but found '-'" in e.problem
    if not found or not lines[line][column:].startswith("- ") or _depth(lines[line]) != column:
        return None
    index = line - 1
    while index >= 0 and (not lines[index].strip() or _comment(lines[index]) or _depth(lines[index]) >= column):
        index -= 1
    if index < 0 or not lines[index].lstrip(" ").startswith("- ") or _depth(lines[index]) >= column:
        return None
    target = _depth(lines[index])
    after = next((text for text in lines[line + 1 :] if text.strip() and not _comment(text)), "")
    alone = _depth(after) <= target + 2
    moved = _shift(lines, line, target - column, "", "") if not alone else None
    spaces = f"{column - target} space{'s' if column - target > 1 else ''}"
    what = (
        f"the list item on line {e.number(line)} is indented {spaces} too far; line it up with the '- ' on line "
        f"{e.number(index)} (the items of one list start in the same column)"
    )
    lines_moved = moved.lines if moved is not None else (_move(lines[line], target - column),)
    return Repair(line, column, what, lines_moved, len(lines_moved), "Line up the items of the list")


def missing_dash_line(line: str) -> str | None:
    """``    id: q2`` -> ``  - id: q2`` (a second item written without its dash), or None."""
    match = _KEY_LINE.match(line)
    if match is None or match["dash"] or len(match["indent"]) < 2:
        return None
    return f"{match['indent'][:-2]}- {line[len(match['indent']) :]}"


def _starts_badly(lines: list[str], problem: str, line: int, column: int) -> Repair | None:
    parts = _text_parts(lines[line])
    if parts is None:
        return None
    value = parts[1]
    if value[:1] in _STARTS or "cannot start any token" in problem or "tag" in problem:
        return quote_repair(lines, line, len(parts[0]))
    if "expected <block end>, but found '<scalar>'" in problem:
        return quote_repair(lines, line, len(parts[0]), "has text after its closing quote or bracket")
    return None
