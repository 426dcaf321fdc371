"""Rule options: their declared defaults, the portal's values, and typed access for checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

OptionValue = int | float | bool | str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """An option a rule reads from ``lxkit.lint.options``, with its default and meaning."""

    default: OptionValue
    description: str


def coerce(spec: OptionSpec, value: object) -> OptionValue | None:
    """``value`` as the type of the option's default, or None when it cannot be that type."""
    default = spec.default
    if isinstance(default, bool):
        return value if isinstance(value, bool) else None
    if isinstance(value, bool):
        return None
    if isinstance(default, int):
        return value if isinstance(value, int) else None
    if isinstance(default, float):
        return float(value) if isinstance(value, int | float) else None
    if isinstance(default, str):
        return value if isinstance(value, str) else None
    if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        return tuple(str(item).strip().lower() for item in value)
    return None


def describe_type(spec: OptionSpec) -> str:
    """The expected type in words, for configuration errors."""
    default = spec.default
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, int):
        return "a whole number"
    if isinstance(default, float):
        return "a number"
    if isinstance(default, str):
        return "text"
    return "a list of text"


def format_value(value: OptionValue) -> str:
    """An option value as it would be written in ``mkdocs.yml``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    return str(value)


@dataclass(frozen=True)
class Options:
    """Resolved option values (defaults overridden by the portal's settings), read by type."""

    values: Mapping[str, OptionValue] = field(default_factory=lambda: MappingProxyType({}))

    def integer(self, name: str) -> int:
        """A whole-number option."""
        value = self.values[name]
        return int(value) if isinstance(value, int | float) else 0

    def number(self, name: str) -> float:
        """A numeric option."""
        value = self.values[name]
        return float(value) if isinstance(value, int | float) else 0.0

    def flag(self, name: str) -> bool:
        """A true/false option."""
        return self.values[name] is True

    def words(self, name: str) -> tuple[str, ...]:
        """A list-of-text option (lower-cased and stripped when the settings are read)."""
        value = self.values[name]
        return value if isinstance(value, tuple) else ()
