"""Loosely typed front-matter values read without raising: text, whole numbers, lists, mappings.

A value of the wrong type (already reported by validation) is read as absent, so one broken field
never hides the rest of a course. Used by :mod:`lxkit.front_matter` and by lint rules that read
raw front-matter.
"""

from __future__ import annotations

from typing import Any

from lxkit.limits import MINUTES


def text(value: Any) -> str:
    """A scalar as stripped text; lists, mappings and null become ''."""
    if value is None or isinstance(value, dict | list):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


def whole(value: Any, most: int = MINUTES) -> int | None:
    """A whole number, or None when absent, not a number, or above ``most`` (the schema's maximum).

    The schema reports a value out of range; the model leaves it out, so that nothing (a week
    table, a time budget) is sized by a number such as ``weeks: 100000000``.
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or not -most <= value <= most:
        return None
    return int(value)


def items(value: Any) -> list[Any]:
    """A list, or [] when absent or not a list."""
    return value if isinstance(value, list) else []


def fields(value: Any) -> dict[str, Any]:
    """A mapping, or {} when absent or not a mapping."""
    return value if isinstance(value, dict) else {}


def texts(value: Any) -> tuple[str, ...]:
    """A list of non-empty strings."""
    return tuple(t for t in (text(v) for v in items(value)) if t)
