"""The portal's lint settings (``lxkit.lint`` in ``mkdocs.yml``), checked against the registered rules.

```yaml
lxkit:
  lint:
    disable: [LX140]                 # codes or names
    severity: {LX012: warning}
    options: {max_objectives: 6}
```

Unknown codes, unknown options and options of the wrong type stop the run with exit code 2:
a typo in the settings must never silently switch a rule off.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from lxkit.exceptions import ConfigError
from lxkit.findings import Severity
from lxkit.lint.hints import closest
from lxkit.lint.options import Options, OptionSpec, OptionValue, coerce, describe_type
from lxkit.lint.rule import Rule


@dataclass(frozen=True)
class LintSettings:
    """Disabled codes, severity changes and resolved option values."""

    disabled: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    options: Options = field(default_factory=Options)


def rule_lookup(rules: Iterable[Rule[Any]]) -> dict[str, str]:
    """Code for every code (any case) and rule name: ``{"LX102": "LX102", "objective-not-measurable": "LX102"}``."""
    lookup: dict[str, str] = {}
    for rule in rules:
        lookup[rule.code] = rule.code
        lookup[rule.name] = rule.code
    return lookup


def resolve_code(key: str, lookup: Mapping[str, str]) -> str | None:
    """The code a setting or suppression names (by code in any case, or by rule name)."""
    key = key.strip()
    return lookup.get(key.upper()) or lookup.get(key.lower())


def option_specs(rules: Iterable[Rule[Any]]) -> dict[str, OptionSpec]:
    """Every option any rule declares."""
    specs: dict[str, OptionSpec] = {}
    for rule in rules:
        specs.update(rule.options)
    return specs


def read_settings(lint: Mapping[str, Any], rules: Sequence[Rule[Any]]) -> LintSettings:
    """Settings from the ``lint`` mapping; raises :class:`ConfigError` listing every problem."""
    lookup = rule_lookup(rules)
    problems: list[str] = []
    disabled = _disabled(lint.get("disable"), lookup, problems)
    severities = _severities(lint.get("severity"), lookup, problems)
    options = _options(lint.get("options"), option_specs(rules), problems)
    if problems:
        raise ConfigError("the lxkit lint settings in mkdocs.yml have problems: " + "; ".join(problems))
    return LintSettings(frozenset(disabled), MappingProxyType(severities), Options(MappingProxyType(options)))


def _known(key: object, lookup: Mapping[str, str], where: str, problems: list[str]) -> str | None:
    code = resolve_code(str(key), lookup)
    if code is None:
        problems.append(f"{where} names '{key}', which is no lint rule{closest(str(key), sorted(lookup))}")
    return code


def _disabled(value: Any, lookup: Mapping[str, str], problems: list[str]) -> set[str]:
    if value is None:
        return set()
    if not isinstance(value, list):
        problems.append("lint.disable must be a list of rule codes, e.g. [LX140]")
        return set()
    return {code for key in value if (code := _known(key, lookup, "lint.disable", problems))}


def _severities(value: Any, lookup: Mapping[str, str], problems: list[str]) -> dict[str, Severity]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append("lint.severity must map rule codes to error, warning or info")
        return {}
    result: dict[str, Severity] = {}
    for key, level in value.items():
        code = _known(key, lookup, "lint.severity", problems)
        if code is None:
            continue
        try:
            result[code] = Severity(str(level).lower())
        except ValueError:
            problems.append(f"lint.severity of {code} is '{level}' but must be error, warning or info")
    return result


def _options(value: Any, specs: Mapping[str, OptionSpec], problems: list[str]) -> dict[str, OptionValue]:
    resolved = {name: coerce(spec, spec.default) or spec.default for name, spec in specs.items()}
    if value is None:
        return resolved
    if not isinstance(value, dict):
        problems.append("lint.options must be a group of 'option: value' settings")
        return resolved
    for name, raw in value.items():
        spec = specs.get(str(name))
        if spec is None:
            hint = closest(str(name), specs) or f"; the options are: {', '.join(sorted(specs))}"
            problems.append(f"lint.options has unknown option '{name}'{hint}")
            continue
        coerced = coerce(spec, raw)
        if coerced is None:
            problems.append(f"lint.options.{name} is '{raw}' but must be {describe_type(spec)}")
            continue
        resolved[str(name)] = coerced
    return resolved
