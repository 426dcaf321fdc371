"""Reading one course file: front-matter split, YAML parsed with the line of every key.

This is the only place lxkit parses front-matter; the loader, linter, builder and reviewer all
work from what it returns.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import yaml
from yaml_env_tag import construct_env_tag

from lxkit.limits import LIMIT_CODE, LIST_ITEMS, NUMBER_DIGITS, YAML_DEPTH, YAML_NODES
from lxkit.yamlwords import diagnose, indentation, missing_dash_line

ENV_TAG = "!ENV"  # MkDocs: the value of an environment variable
FRONT_MATTER = "the front-matter"
"""How messages name the YAML they are about, unless the caller names another document (``mkdocs.yml``)."""

KeyPath = tuple[str | int, ...]
Position = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """A problem reading the file itself (encoding, YAML syntax, duplicate key)."""

    line: int
    column: int
    message: str
    code: str = ""
    """The finding's code when it is not the reader's default (LX211 for a limit)."""


@dataclass(frozen=True)
class SourceFile:
    """A Markdown file split into front-matter (with positions) and body."""

    path: str
    text: str
    data: Any
    positions: MappingProxyType[KeyPath, Position]
    body: str
    body_line: int
    has_front_matter: bool
    problems: tuple[SourceProblem, ...] = field(default=())

    def position(self, *path: str | int) -> Position:
        """Line and column of a front-matter key; falls back to its nearest known parent."""
        key: KeyPath = tuple(path)
        while key:
            if key in self.positions:
                return self.positions[key]
            key = key[:-1]
        return self.positions.get((), (1, 1))

    def line(self, *path: str | int) -> int:
        """Line of a front-matter key (see :meth:`position`)."""
        return self.position(*path)[0]


class _Loader(yaml.SafeLoader):
    """Safe YAML loader that reads values the way an author means them (YAML 1.2 style).

    Dates stay text, and only ``true``/``false`` are booleans: in YAML 1.1 an answer option
    ``No`` or a country code ``NO`` would silently become ``false``.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


YamlLoader = _Loader
"""The loader course files are read with (for tools that need its nodes, such as ``lxkit fix``)."""


class _LenientLoader(_Loader):
    """The loader of ``mkdocs.yml``: ``!ENV`` resolved as MkDocs resolves it, other tags read as null.

    ``!ENV NAME`` and ``!ENV [NAME, OTHER, default]`` go through pyyaml-env-tag, the function MkDocs
    itself uses, so ``site_url: !ENV SITE_URL`` is the same URL for lxkit and MkDocs. Other tags
    (``!!python/name``, ``!relative``) are for MkDocs and its plugins; lxkit reads them as null.
    """


_LenientLoader.add_constructor(ENV_TAG, construct_env_tag)
_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_LenientLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


try:
    _FastBase: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _FastBase = None

_FastLoader: Any = None
if _FastBase is not None:

    class _CLoader(_FastBase):  # type: ignore[misc,valid-type]
        """libyaml's safe loader with the same value rules as :class:`_Loader`."""

    _CLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
    _FastLoader = _CLoader


def split_front_matter(text: str) -> tuple[str | None, str, int, bool]:
    """Split ``---`` front-matter from the body.

    Returns (yaml text or None, body, body's first line, whether the front-matter was closed).
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return None, text, 1, True
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2, True
    return "".join(lines[1:]), "", len(lines) + 1, False


def read_source(path: str, raw: bytes) -> SourceFile:
    """Decode and parse one Markdown file; problems are recorded, never raised."""
    try:
        text = raw.decode("utf-8-sig").lstrip("\ufeff")  # a second byte-order mark, from a double save
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = SourceProblem(line, 1, "this file is not UTF-8 text; save it as UTF-8 in your editor")
        return SourceFile(path, "", None, MappingProxyType({}), "", 1, False, (problem,))
    return parse_source(path, text)


def parse_source(path: str, text: str) -> SourceFile:
    """Parse already-decoded Markdown text (see :func:`read_source`)."""
    yaml_text, body, body_line, closed = split_front_matter(text)
    if yaml_text is None:
        return SourceFile(path, text, None, MappingProxyType({}), body, body_line, False)
    if not closed:
        problem = _unclosed_front_matter(text)
        return SourceFile(path, text, None, MappingProxyType({(): (2, 1)}), "", body_line, True, (problem,))
    data, positions, problems = parse_yaml(yaml_text, first_line=2)
    return SourceFile(path, text, data, MappingProxyType(positions), body, body_line, True, tuple(problems))


def parse_yaml(
    text: str, first_line: int = 1, lenient_tags: bool = False, document: str = FRONT_MATTER
) -> tuple[Any, dict[KeyPath, Position], list[SourceProblem]]:
    """Parse YAML into plain data plus the position of every key; syntax errors become problems.

    Messages about the whole YAML name it ``document`` ("the front-matter is not valid YAML: ...",
    or "mkdocs.yml is not valid YAML: ..."). libyaml parses first (fast); when it finds a problem,
    the pure-Python parser runs again so that the message and its position are always the same,
    whichever parser is installed.
    """
    if not lenient_tags and _FastLoader is not None:
        fast = _parse_with(_FastLoader, text, first_line, document)
        if all(problem.code == LIMIT_CODE for problem in fast[2]):
            return fast  # no problem, or a limit: found at the same place by both parsers
    return _parse_with(_LenientLoader if lenient_tags else _Loader, text, first_line, document)


def _parse_with(
    loader_class: Any, text: str, first_line: int, document: str
) -> tuple[Any, dict[KeyPath, Position], list[SourceProblem]]:
    positions: dict[KeyPath, Position] = {(): (first_line, 1)}
    problems: list[SourceProblem] = []
    try:
        loader = loader_class(text)
    except yaml.reader.ReaderError as error:
        problems.append(_reader_problem(error, text, first_line, document))
        return None, positions, problems
    try:
        node = loader.get_single_node()
        if node is None:
            return None, positions, problems
        data = _Walker(loader, first_line, positions, problems, text, document).walk(node, ())
    except _LimitReached as limit:
        problems.append(limit.problem)
        return None, positions, problems
    except RecursionError:
        message = f"{document} nests lists or groups too deeply; use at most {YAML_DEPTH} levels"
        problems.append(SourceProblem(first_line, 1, message, LIMIT_CODE))
        return None, positions, problems
    except yaml.reader.ReaderError as error:
        problems.append(_reader_problem(error, text, first_line, document))
        return None, positions, problems
    except yaml.MarkedYAMLError as error:
        problems.append(_syntax_problem(error, text, first_line, document))
        return None, positions, problems
    except yaml.YAMLError as error:
        problems.append(SourceProblem(first_line, 1, f"{document} is not valid YAML: {error}"))
        return None, positions, problems
    finally:
        if "loader" in locals():
            loader.dispose()
    return data, positions, problems


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, first_line: int, document: str) -> SourceProblem:
    """A YAML syntax error in an author's words (:mod:`lxkit.yamlwords`), else in PyYAML's."""
    mark = error.problem_mark or error.context_mark
    line = mark.line if mark else 0
    column = mark.column if mark else 0
    context_line = error.context_mark.line if error.context_mark else -1
    repair = diagnose(text, error.problem or "", line, column, error.context or "", context_line, first_line)
    if repair is not None:
        return SourceProblem(first_line + repair.line, repair.column + 1, repair.message())
    reason = (error.problem or error.context or "it is not valid YAML") + _yaml_context(error, first_line)
    hint = "; if this line is text, put the whole text in double quotes"
    return SourceProblem(first_line + line, column + 1, f"{document} is not valid YAML: {reason}{hint}")


def _unclosed_front_matter(text: str) -> SourceProblem:
    """No closing ``---``: say where it belongs (before the first blank line, where the body starts)."""
    lines = text.splitlines()
    end = next((index for index in range(1, len(lines)) if not lines[index].strip()), len(lines))
    message = (
        f"the front-matter starts with '---' on line 1 but is never closed; add a line with only '---' "
        f"after its last field (line {end})"
    )
    return SourceProblem(1, 1, message)


def _reader_problem(error: yaml.reader.ReaderError, text: str, first_line: int, document: str) -> SourceProblem:
    """An invisible control character (often pasted from a PDF or a chat tool)."""
    position = error.position if isinstance(error.position, int) else 0
    before = text[:position]
    line = first_line + before.count("\n")
    column = position - (before.rfind("\n") + 1) + 1
    character = f"U+{error.character:04X}" if isinstance(error.character, int) else "a control character"
    message = f"{document} contains an invisible character ({character}); delete it and retype the text"
    return SourceProblem(line, column, message)


_CONTEXT_WORDS = {
    "while parsing a flow sequence": "the [ ] list",
    "while parsing a flow mapping": "the { } group",
    "while scanning a quoted scalar": "the quoted text",
    "while parsing a block mapping": "the group of 'key: value' lines",
    "while parsing a block collection": "the list of '- ' items",
    "while scanning a simple key": "the key",
}


def _yaml_context(error: yaml.MarkedYAMLError, first_line: int) -> str:
    """`` (in the [ ] list that starts on line 6)``: where the broken construct began."""
    if not error.context or error.context_mark is None or error.context_mark == error.problem_mark:
        return ""
    what = _CONTEXT_WORDS.get(error.context, "the part")
    return f" (in {what} that starts on line {first_line + error.context_mark.line})"


class _LimitReached(Exception):
    """A front-matter limit (:mod:`lxkit.limits`) was exceeded; the file's data is not used."""

    def __init__(self, problem: SourceProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


_STR_TAG = "tag:yaml.org,2002:str"
_NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})


class _Walker:
    """Turns a composed YAML node tree into data, recording positions and duplicate keys.

    The walk is bounded (:mod:`lxkit.limits`): values counted with every alias use expanded again
    (an "alias bomb" of a few lines would otherwise expand to billions), nesting depth, list
    length and number length. ``.inf`` and ``.nan`` stay text, so a numeric field reports them.
    """

    def __init__(
        self,
        loader: _Loader,
        first_line: int,
        positions: dict[KeyPath, Position],
        problems: list[SourceProblem],
        text: str = "",
        document: str = FRONT_MATTER,
    ) -> None:
        self.loader = loader
        self.text = text
        self.document = document
        self.first_line = first_line
        self.positions = positions
        self.problems = problems
        self.nodes = 0
        self.lines: list[str] | None = None

    def _limit(self, node: yaml.Node, message: str, code: str = LIMIT_CODE) -> _LimitReached:
        line, column = self._pos(node)
        return _LimitReached(SourceProblem(line, column, message, code))

    def _count(self, node: yaml.Node, path: KeyPath) -> None:
        self.nodes += 1
        if self.nodes > YAML_NODES:
            raise self._limit(
                node,
                f"{self.document} has more than {YAML_NODES:,} values (each use of an alias counts); shorten it",
            )
        if len(path) > YAML_DEPTH:
            raise self._limit(
                node, f"{self.document} nests lists or groups more than {YAML_DEPTH} levels deep; flatten it"
            )

    def _pos(self, node: yaml.Node) -> Position:
        return self.first_line + node.start_mark.line, node.start_mark.column + 1

    def walk(self, node: yaml.Node, path: KeyPath) -> Any:
        self._count(node, path)
        if node.tag == ENV_TAG and isinstance(self.loader, _LenientLoader):
            return self._scalar(node)  # ``!ENV [NAME, default]`` is one value, not a list
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            if len(node.value) > LIST_ITEMS:
                raise self._limit(
                    node, f"this list has {len(node.value):,} items, more than the limit of {LIST_ITEMS:,}; shorten it"
                )
            items = []
            for index, child in enumerate(node.value):
                self.positions[(*path, index)] = self._pos(child)
                items.append(self.walk(child, (*path, index)))
            return items
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag == _STR_TAG:
            return node.value  # what the loader's str constructor returns, without its dispatch
        if node.tag in _NUMBER_TAGS and len(node.value) > NUMBER_DIGITS:
            raise self._limit(node, f"this number has more than {NUMBER_DIGITS} characters; write a shorter number")
        try:
            value = self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError) as error:
            message = f"this value cannot be read ({error}); write it as plain text in quotes"
            raise self._limit(node, message, "") from error
        if isinstance(value, float) and not math.isfinite(value):
            return node.value  # '.inf', '.nan' or a number too large for a float: kept as text
        if isinstance(value, dt.date | dt.datetime):
            return value.isoformat()
        return value

    def _mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict[Any, Any]:
        if len(node.value) > LIST_ITEMS:
            raise self._limit(
                node, f"this group has {len(node.value):,} fields, more than the limit of {LIST_ITEMS:,}; shorten it"
            )
        result: dict[Any, Any] = {}
        first_key: Any = None
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._limit(
                    key_node, "a key must be plain text, not a list or a group; write the key as text", ""
                )
            key = self._scalar(key_node)
            if not isinstance(key, str):
                key = str(key)
            line, column = self._pos(key_node)
            first_key = key if first_key is None else first_key
            if key in result:
                if self._missing_dash(key, first_key, path, key_node):
                    break
                first = self.positions[(*path, key)][0]
                self.problems.append(SourceProblem(line, column, _twice(key, first, value_node)))
                continue
            self.positions[(*path, key)] = (line, column)
            result[key] = self.walk(value_node, (*path, key))
        return result

    def _missing_dash(self, key: str, first_key: Any, path: KeyPath, key_node: yaml.Node) -> bool:
        """A list item's first key again: a new item written without its ``- `` (one finding, not one per key)."""
        if key != first_key or not path or not isinstance(path[-1], int):
            return False
        if self.lines is None:
            self.lines = self.text.split("\n")  # once per file: a long list of such items stays linear
        text_lines = self.lines
        index = key_node.start_mark.line
        fixed = missing_dash_line(text_lines[index]) if index < len(text_lines) else None
        if fixed is None:
            return False
        line, column = self._pos(key_node)
        message = (
            f"'{key}' starts a new list item but has no '- ' in front of it (else the items merge); "
            f"write it as{indentation(fixed)}:  {fixed.strip()}"
        )
        self.problems.append(SourceProblem(line, max(column - 2, 1), message))
        return True


def _twice(key: str, first: int, value: yaml.Node) -> str:
    """A key given twice: a group's lines go under the first one, a value is kept once."""
    if isinstance(value, yaml.MappingNode):
        return (
            f"'{key}' is given twice (first on line {first}): move the lines under this '{key}:' into the first "
            "one, indented the same, and delete this line"
        )
    return f"'{key}' is given twice (first on line {first}); keep one"
