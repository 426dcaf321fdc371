"""Front-matter checked against the JSON Schemas of the course format, in an author's words."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any

import fastjsonschema

if TYPE_CHECKING:  # jsonschema is imported when a file is invalid (start-up time of `lxkit lint`)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from lxkit.authorvalues import as_days, as_hours, as_minutes, as_version, as_week
from lxkit.schema.compiled import compiled_validator, schema_text
from lxkit.sourcefile import KeyPath, SourceFile
from lxkit.yamlwords import quote, split_value


class IssueKind(str, Enum):
    """What is wrong with a field: absent, of the wrong type or value, or not part of the format."""

    MISSING = "missing"
    INVALID = "invalid"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class SchemaIssue:
    """One front-matter problem with its position in the file."""

    kind: IssueKind
    path: KeyPath
    line: int
    column: int
    message: str


_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "array": "a list (lines starting with '- ')",
    "object": "a group of 'key: value' fields",
    "boolean": "true or false",
    "null": "empty",
}

_PATTERN_HINTS = {
    "version": "a semantic version such as 1.2.0",
    "id": "a slug: lowercase letters, digits and single dashes, e.g. data-science-basics",
    "date": "a date written as YYYY-MM-DD, e.g. 2025-03-31",
    "github": "a GitHub handle such as @jdoe or an org/team such as @acme/trainers",
    "language": "a language code such as en or de-CH",
}


@cache
def load_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a ``course`` or ``module`` front-matter."""
    schema: dict[str, Any] = json.loads(schema_text(kind))
    return schema


@cache
def _validator(kind: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(kind))


def is_valid(data: Any, kind: str) -> bool:
    """Whether front-matter data satisfies the schema (fast: compiled, no messages)."""
    try:
        compiled_validator(kind)(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def validate(source: SourceFile, kind: str) -> list[SchemaIssue]:
    """All schema problems of a file's front-matter, each located and explained.

    Valid data (nearly every file) is confirmed by the compiled check; jsonschema then words
    the problems of the rest.
    """
    if not isinstance(source.data, dict) or is_valid(source.data, kind):
        return []
    issues: list[SchemaIssue] = []
    for error in _validator(kind).iter_errors(source.data):
        issues.extend(_explain(error, source))
    return sorted(set(issues), key=lambda issue: (issue.line, issue.column, issue.message))


def describe_path(path: KeyPath) -> str:
    """A field path in words: ``('pre_work', 1, 'url')`` -> ``'url' of pre_work item 2``."""
    if not path:
        return "the front-matter"
    *parents, last = path
    if isinstance(last, int):
        head = f"item {last + 1} of '{_join(parents)}'" if parents else f"item {last + 1}"
        return head
    if not parents:
        return f"'{last}'"
    return f"'{last}' in {describe_path(tuple(parents))}"


def _join(parts: list[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _explain(error: ValidationError, source: SourceFile) -> list[SchemaIssue]:
    path: KeyPath = tuple(error.absolute_path)
    line, column = source.position(*path)
    validator = error.validator
    if validator == "required":
        return _missing(error, path, line, column)
    if validator == "additionalProperties":
        return _unknown(error, path, source)
    where = describe_path(path)
    message = _author_value(error, where, path, source) or _invalid_message(error, where, path)
    return [SchemaIssue(IssueKind.INVALID, path, line, column, message)]


WEEK_FIELDS = ("week", "weeks")
_MODULE_NUMBER = re.compile(r"^(\d+)-")


def raw_value(source: SourceFile, path: KeyPath) -> tuple[str, str] | None:
    """(the line up to the value, the value as written) of a one-line field, or None."""
    if path not in source.positions or not path:
        return None
    line, column = source.positions[path]
    lines = source.text.split("\n", line)
    if line > len(lines):
        return None
    text = lines[line - 1].rstrip("\r")
    if isinstance(path[-1], int):
        return text[: column - 1], text[column - 1 :].rstrip()
    parts = split_value(text)
    if parts is None or parts[2] != path[-1] or not parts[1]:
        return None
    return parts[0], parts[1]


def _author_value(error: ValidationError, where: str, path: KeyPath, source: SourceFile) -> str:
    """Advice for a value as authors write it (``1.0``, ``50 min``, ``2024`` as a title), with the line to copy."""
    raw = raw_value(source, path)
    field = next((str(p) for p in reversed(path) if isinstance(p, str)), "")
    week = field in WEEK_FIELDS and error.validator in ("type", "minimum", "maximum")
    if raw is None or not (week or error.validator in ("type", "pattern", "oneOf")):
        return ""
    prefix, written = raw
    bare = written[1:-1] if len(written) > 1 and written[0] == written[-1] and written[0] in "'\"" else written
    if week:
        return _week_advice(error, where, field, (prefix.lstrip(), written, bare), source.path)
    instance = error.instance
    if isinstance(instance, dict) and len(instance) == 1 and isinstance(path[-1], int) and ": " in written:
        fixed = prefix.lstrip() + quote(written)
        return f"{where} reads as a 'key: value' pair because of ': '; put the whole text in quotes:  {fixed}"
    if field == "version" and as_version(bare) is not None:
        fixed = quote(str(as_version(bare)))
        return f"{where} is {written} but must be a version of three numbers; write it as:  {prefix.lstrip()}{fixed}"
    if field == "minutes" and as_minutes(bare) is not None:
        return f"{where} must be a number of minutes alone; write it as:  {prefix.lstrip()}{as_minutes(bare)}"
    if field == "days_after_course" and as_days(bare) is not None:
        return f"{where} must be a number of days alone; write it as:  {prefix.lstrip()}{as_days(bare)}"
    if field == "hours_per_week" and as_hours(bare) is not None:
        return f"{where} must be a number of hours alone; write it as:  {prefix.lstrip()}{as_hours(bare)}"
    if error.validator != "type":
        return ""
    if error.validator_value == "string" and not isinstance(error.instance, str):
        unquoted = not written.startswith(("'", '"'))
        if unquoted and error.instance is not None:
            what = "a number" if not isinstance(error.instance, bool) else "true or false"
            fixed = prefix.lstrip() + quote(written)
            return f"{where} should be text, but YAML reads {written} as {what}; write it as:  {fixed}"
    return ""


def _week_advice(error: ValidationError, where: str, field: str, line: tuple[str, str, str], path: str) -> str:
    """A week (``week``, ``schedule.weeks``) written as text, as ``1e999`` or out of range, with the line to
    copy: the number written when it is one, else the week of the module's number (``03-x.md``: 3), else
    the nearest allowed number."""
    prefix, written, bare = line
    schema: Any = error.schema
    low, high = int(schema.get("minimum", 1)), int(schema.get("maximum", 104))
    week = as_week(bare)
    if week is not None and low <= week <= high:
        return f"{where} must be a whole number alone; write it as:  {prefix}{week}"
    wanted = f"{where} is {written} but must be a whole number from {low} to {high}"
    number = _MODULE_NUMBER.match(path.rsplit("/", 1)[-1]) if field == "week" else None
    if number is not None and low <= int(number[1]) <= high:
        own = int(number[1])
        return f"{wanted}; to count it in the week of its number, as without 'week', write it as:  {prefix}{own}"
    return f"{wanted}; write it as:  {prefix}{high if _above(bare, high) else low}"


def _above(text: str, bound: int) -> bool:
    try:
        return float(text) > bound
    except ValueError:
        return False


def _missing(error: ValidationError, path: KeyPath, line: int, column: int) -> list[SchemaIssue]:
    present = error.instance if isinstance(error.instance, dict) else {}
    required: list[str] = list(error.validator_value) if isinstance(error.validator_value, list) else []
    issues = []
    for name in required:
        if name not in present:
            owner = f" in {describe_path(path)}" if path else ""
            message = f"required field '{name}' is missing{owner}"
            issues.append(SchemaIssue(IssueKind.MISSING, (*path, name), line, column, message))
    return issues


def _unknown(error: ValidationError, path: KeyPath, source: SourceFile) -> list[SchemaIssue]:
    schema: Any = error.schema
    known = list(schema.get("properties", {})) if isinstance(schema, dict) else []
    instance: Any = error.instance
    issues = []
    for name in instance if isinstance(instance, dict) else {}:
        if name in known:
            continue
        line, column = source.position(*path, name)
        where = f" in {describe_path(path)}" if path else ""
        message = f"unknown field '{name}'{where}{did_you_mean(str(name), known)}"
        issues.append(SchemaIssue(IssueKind.UNKNOWN, (*path, name), line, column, message))
    return issues


def did_you_mean(word: str, choices: list[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or a list of the valid ones."""
    close = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    if close:
        return f" (did you mean '{close[0]}'?)"
    return f"; known fields: {', '.join(sorted(choices))}" if len(choices) <= 16 else ""


def _invalid_message(error: ValidationError, where: str, path: KeyPath) -> str:
    validator, value = error.validator, error.instance
    expected: Any = error.validator_value
    if validator == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        words = " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in wanted)
        if wanted == ["string"] and isinstance(value, int | float) and not isinstance(value, bool):
            return f'{where} should be text; put the value in quotes: "{value}"'
        return f"{where} should be {words}, not {_TYPE_WORDS.get(_json_type(value), 'this')}"
    if validator == "enum":
        options = [str(option) for option in expected]
        hint = did_you_mean(str(value), options) if isinstance(value, str) else ""
        hint = hint if hint.startswith(" (") else ""
        return f"{where} is '{_shown(value)}' but must be one of: {', '.join(options)}{hint}"
    if validator == "pattern":
        field = next((str(p) for p in reversed(path) if isinstance(p, str)), "")
        return f"{where} is '{_shown(value)}' but must be {_PATTERN_HINTS.get(field, 'in the documented form')}"
    if validator == "minLength":
        return f"{where} is empty; write something or remove the field"
    if validator in ("minimum", "exclusiveMinimum"):
        bound = "at least" if validator == "minimum" else "more than"
        return f"{where} is {_shown(value)} but must be {bound} {expected}"
    if validator == "maximum":
        return f"{where} is {_shown(value)} but must be at most {expected}; write a number up to {expected}"
    if validator == "maxLength":
        return f"{where} has {len(str(value))} characters; shorten it to at most {expected}"
    if validator == "oneOf" and path and path[0] == "objectives":
        return f"{where} must be either a sentence or a pair of 'id:' and 'text:'"
    return f"{where}: {error.message}"


def _shown(value: Any, limit: int = 80) -> str:
    """A value as a message quotes it: long ones cut with an ellipsis."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"
