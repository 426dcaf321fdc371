"""Value fixes of a readable front-matter: each a new text for one line.

- text that YAML cut at `` #`` (``Contract #4711`` read as ``Contract``) is put in quotes;
- a number or ``true``/``false`` where the format wants text is put in quotes;
- ``version: 1.0`` -> ``"1.0.0"``, ``minutes: 50 min`` -> ``50``, ``hours_per_week: 3 h`` -> ``3``;
- a list item written without its ``- `` (its first key given twice) gets its dash.

Only values the format rejects, or text YAML silently cut, are touched: a valid file keeps its values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import yaml

from lxkit.authorvalues import as_days, as_hours, as_minutes, as_version, as_week
from lxkit.sourcefile import KeyPath, YamlLoader, parse_source
from lxkit.validation import IssueKind, validate
from lxkit.yamlwords import missing_dash_line, quote

CUT = re.compile(r"[ \t]+#\S")
COMMENT = re.compile(r"[ \t]+#(?:[ \t]|$)")
_STR = "tag:yaml.org,2002:str"


@dataclass(frozen=True, slots=True)
class LineFix:
    """Line ``index`` of the file becomes ``line`` (without its line ending)."""

    index: int
    line: str
    title: str


@dataclass(frozen=True, slots=True)
class Located:
    """A front-matter value's node, its key path, and its key node (None for a list item)."""

    path: KeyPath
    node: yaml.Node
    key: yaml.Node | None


def nodes(yaml_text: str) -> list[Located]:
    """Every value node of a readable front-matter with its key path (empty when unreadable)."""
    loader = YamlLoader(yaml_text)
    try:
        root = loader.get_single_node()
    except (yaml.YAMLError, RecursionError):
        return []
    finally:
        loader.dispose()
    return list(_walk(root)) if root is not None else []


def _walk(root: yaml.Node) -> Iterator[Located]:
    """Every node once, in reading order: a node an alias uses again is not walked again (an "alias
    bomb" of a few lines would otherwise be billions of nodes, and an alias inside its own anchor endless)."""
    seen: set[int] = set()
    stack: list[Located] = [Located((), root, None)]
    while stack:
        item = stack.pop()
        if id(item.node) in seen:
            continue
        seen.add(id(item.node))
        yield item
        node, path = item.node, item.path
        children: list[Located] = []
        if isinstance(node, yaml.MappingNode):
            children = [Located((*path, str(k.value)), v, k) for k, v in node.value if isinstance(k, yaml.ScalarNode)]
        elif isinstance(node, yaml.SequenceNode):
            children = [Located((*path, index), child, None) for index, child in enumerate(node.value)]
        stack.extend(reversed(children))


def cut_text(located: Located, line: str) -> tuple[str, int] | None:
    """(the whole text, the column where it ends) of a plain one-line text value YAML cut at `` #``.

    The text ends at a real comment (`` # `` with a space after the ``#``) or at the end of the line.
    """
    node = located.node
    if not isinstance(node, yaml.ScalarNode) or node.style is not None or node.tag != _STR:
        return None
    if node.start_mark.line != node.end_mark.line or not CUT.match(line[node.end_mark.column :]):
        return None
    comment = COMMENT.search(line, node.end_mark.column)
    end = comment.start() if comment else len(line.rstrip())
    return line[node.start_mark.column : end], end


def value_fixes(path: str, kind: str, lines: Sequence[str], closing: int) -> list[LineFix]:
    """The fixes of one round for a file whose front-matter (``lines[1:closing]``) reads as YAML."""
    yaml_text = "".join(line.rstrip("\r\n") + "\n" for line in lines[1:closing])
    located = nodes(yaml_text)
    text_of = [line.rstrip("\r\n") for line in lines]
    dash = _missing_dash(located, text_of)
    if dash is not None:
        return [dash]
    fixes: dict[int, LineFix] = {}
    for item in located:
        index = 1 + item.node.start_mark.line
        cut = cut_text(item, text_of[index]) if index < closing else None
        if cut is not None:
            line = text_of[index]
            new = line[: item.node.start_mark.column] + quote(cut[0]) + line[cut[1] :]
            fixes[index] = LineFix(index, new, f"Keep the text after ' #' in {_name(item.path)} (put it in quotes)")
    by_path = {item.path: item for item in located}
    source = parse_source(path, "".join(lines))
    for issue in validate(source, kind) if not fixes else ():
        if issue.kind is IssueKind.INVALID and issue.path in by_path:
            fix = _schema_fix(by_path[issue.path], issue.message, text_of)
            if fix is not None and fix.index not in fixes:
                fixes[fix.index] = fix
    return list(fixes.values())


def _name(path: KeyPath) -> str:
    key = next((part for part in reversed(path) if isinstance(part, str)), "")
    return f"'{key}'" if key else "the list item"


def _missing_dash(located: list[Located], text_of: list[str]) -> LineFix | None:
    for item in located:
        node = item.node
        if not (isinstance(node, yaml.MappingNode) and item.path and isinstance(item.path[-1], int)):
            continue
        keys = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
        for key_node, _ in node.value[1:]:
            if isinstance(key_node, yaml.ScalarNode) and keys and key_node.value == keys[0]:
                index = 1 + key_node.start_mark.line
                fixed = missing_dash_line(text_of[index])
                if fixed is not None:
                    return LineFix(index, fixed, f"Add '- ' before '{keys[0]}' to start a new list item")
    return None


def _schema_fix(item: Located, message: str, text_of: list[str]) -> LineFix | None:
    node = item.node
    if isinstance(node, yaml.MappingNode) and "'key: value' pair because of ': '" in message:
        return _pair_as_text(item, text_of)
    if not isinstance(node, yaml.ScalarNode) or node.start_mark.line != node.end_mark.line:
        return None
    field = next((part for part in reversed(item.path) if isinstance(part, str)), "")
    new = _better_value(field, str(node.value), node.style, message)
    if new is None:
        return None
    index = 1 + node.start_mark.line
    line = text_of[index]
    fixed = line[: node.start_mark.column] + new + line[node.end_mark.column :]
    return LineFix(index, fixed, f"Write {_name(item.path)} as {new}")


def _pair_as_text(item: Located, text_of: list[str]) -> LineFix | None:
    """``- Engineers: plant`` read as a pair -> ``- "Engineers: plant"``."""
    node = item.node
    if node.start_mark.line != node.end_mark.line - (node.end_mark.column == 0):
        return None
    index = 1 + node.start_mark.line
    line = text_of[index]
    written = line[node.start_mark.column :].rstrip()
    if COMMENT.search(written):
        return None
    return LineFix(index, line[: node.start_mark.column] + quote(written), f"Put {_name(item.path)} in quotes")


def _better_value(field: str, raw: str, style: str | None, message: str) -> str | None:
    """The value to write instead of ``raw`` (as YAML text), or None when there is no safe fix."""
    if field == "version":
        version = as_version(raw)
        return quote(version) if version is not None else None
    if field == "minutes":
        minutes = as_minutes(raw)
        return str(minutes) if minutes is not None else None
    if field == "days_after_course":
        days = as_days(raw)
        return str(days) if days is not None else None
    if field == "hours_per_week":
        hours = as_hours(raw)
        return str(hours) if hours is not None else None
    if field in ("week", "weeks") and "must be a whole number alone" in message:
        week = as_week(raw)
        return str(week) if week is not None else None
    if style is None and "should be text" in message:
        return quote(raw)
    return None
