"""Finding and reading a portal's ``mkdocs.yml``: site settings plus the ``lxkit`` section.

Every problem of the section is collected and reported together (exit code 2).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from types import MappingProxyType
from typing import Any

from lxkit.exceptions import ConfigError, UsageError
from lxkit.findings import Finding
from lxkit.model import Capability, PortalConfig
from lxkit.problems import config_problem
from lxkit.sourcefile import SourceFile, parse_yaml
from lxkit.validation import validate

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")
DEFAULT_COURSES_DIR = "courses"
PORTAL_PATHS = {  # settings naming a path in the portal, with an example
    ("courses_dir",): DEFAULT_COURSES_DIR,
    ("insights", "store"): ".lxkit-cache/insights/store.duckdb",
    ("insights", "output"): ".lxkit-cache/insights/insights.json",
}


def find_config_file(start: Path | None = None, explicit: Path | None = None) -> Path:
    """The portal's ``mkdocs.yml``: the one given, or the nearest one from ``start`` upwards."""
    if explicit is not None:
        if not explicit.is_file():
            raise UsageError(f"config file not found: {explicit}")
        return explicit.resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
    raise UsageError(
        f"no mkdocs.yml found in {here} or its parents: run lxkit inside a portal "
        "(start one with 'lxkit new portal DIR') or pass --config-file"
    )


def load_config(config_file: Path) -> PortalConfig:
    """Read ``mkdocs.yml`` and its ``lxkit`` section into a :class:`PortalConfig`."""
    try:
        text = config_file.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        fix = "; save it as UTF-8 text" if isinstance(error, UnicodeDecodeError) else ""
        raise UsageError(f"cannot read {config_file}: {error}{fix}") from error
    root = config_file.parent
    name = config_file.name
    data, positions, problems = parse_yaml(text, first_line=1, lenient_tags=True, document=name)
    findings = [config_problem(name, p.line, p.column, p.message) for p in problems]
    if findings:
        raise ConfigError(f"{name} cannot be read: fix the line(s) above and run again", findings)
    if not isinstance(data, dict):
        raise ConfigError(f"{name} must be a mapping of settings", [config_problem(name, 1, 1, "not a mapping")])
    findings.extend(_stray_settings(name, data, positions))
    section = data.get("lxkit") or {}
    source = SourceFile(name, text, section, MappingProxyType(_sub_positions(positions)), "", 1, True)
    issues = validate(source, "portal") if isinstance(section, dict) else []
    if not isinstance(section, dict):
        findings.append(config_problem(name, source.line(), 1, "the 'lxkit' section must be a mapping"))
    findings.extend(config_problem(name, i.line, i.column, f"lxkit: {i.message}") for i in issues)
    findings.extend(_outside_paths(name, source) if isinstance(section, dict) and not issues else [])
    findings.extend(_inherit_problems(config_file, data, positions))
    if findings:
        raise ConfigError(f"the lxkit section of {name} has problems", findings)
    return _portal_config(root, config_file, data, section)


_LXKIT_KEYS = ("courses_dir", "capabilities", "providers", "lint", "edit", "trainer_view", "insights", "tracking")


def _stray_settings(name: str, data: dict[str, Any], positions: dict[Any, Any]) -> list[Finding]:
    """lxkit settings written at the top level of ``mkdocs.yml``, where lxkit never reads them."""
    found = []
    for key in data:
        if key in _LXKIT_KEYS or (isinstance(key, str) and key.lower() in ("lx-kit", "lx_kit", "lxkit_", "lxkits")):
            line, column = positions.get((key,), (1, 1))
            message = (
                f"'{key}' is an lxkit setting but stands at the top level, where lxkit does not read it; "
                f"move it under 'lxkit:' and indent it (and its lines) by two more spaces"
            )
            found.append(config_problem(name, line, column, message))
    return found


def _outside_paths(name: str, source: SourceFile) -> list[Finding]:
    """Path settings that lead out of the portal folder (``/etc``, ``../..``): lxkit stays inside it."""
    found = []
    for path, example in PORTAL_PATHS.items():
        value: Any = source.data
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and _leaves_portal(value):
            line, column = source.position(*path)
            message = (
                f"lxkit: '{'.'.join(path)}' is '{value}', which leads outside the portal folder, and lxkit reads and "
                f"writes only inside it: write a path relative to {name} that stays inside, e.g. {example}"
            )
            found.append(config_problem(name, line, column, message))
    return found


def _inherit_problems(config_file: Path, data: dict[str, Any], positions: dict[Any, Any]) -> list[Finding]:
    """``INHERIT:`` (MkDocs reads the settings of another file) that leads, at any step of its chain,
    to a file outside the portal folder: MkDocs would read it and publish what it holds."""
    root, current, value = os.path.realpath(config_file.parent), str(config_file), data.get("INHERIT")
    for _ in range(8):
        if not isinstance(value, str):
            return []
        target = os.path.realpath(os.path.join(os.path.dirname(current), value))
        if os.path.commonpath([root, target]) != root:
            line, column = positions.get(("INHERIT",), (1, 1))
            message = (
                f"INHERIT leads to {target}, outside the portal folder, and MkDocs would read its settings into "
                "the site: copy the settings into the portal and name the file relative to mkdocs.yml"
            )
            return [config_problem(config_file.name, line, column, message)]
        try:
            parent, _, problems = parse_yaml(Path(target).read_text("utf-8-sig"), lenient_tags=True, document=target)
        except (OSError, UnicodeDecodeError):
            return []  # MkDocs says it cannot read it
        if problems:  # an alias bomb or endless nesting there would reach MkDocs and the build unchecked
            line, column = positions.get(("INHERIT",), (1, 1))
            first = problems[0]
            message = f"the file INHERIT names has a problem on its line {first.line}: {first.message}"
            return [config_problem(config_file.name, line, column, message)]
        current, value = target, parent.get("INHERIT") if isinstance(parent, dict) else None
    return []


def _leaves_portal(value: str) -> bool:
    """Whether a path setting is absolute (``/x``, ``C:\\x``, ``~/x``) or climbs out with ``..``."""
    if value.startswith(("/", "\\", "~")) or re.match(r"^[A-Za-z]:", value):
        return True
    return os.path.normpath(value.replace("\\", "/")).split("/")[0] == ".."


def _sub_positions(positions: dict[Any, Any]) -> dict[Any, Any]:
    """Positions inside ``lxkit:`` re-rooted so that validation paths match."""
    rooted = {key[1:]: value for key, value in positions.items() if key[:1] == ("lxkit",)}
    rooted.setdefault((), positions.get(("lxkit",), (1, 1)))
    return rooted


def _portal_config(root: Path, config_file: Path, data: dict[str, Any], section: dict[str, Any]) -> PortalConfig:
    capabilities = tuple(
        Capability(str(c["id"]), str(c.get("name", c["id"])), str(c.get("description", "")))
        for c in section.get("capabilities", [])
    )
    return PortalConfig(
        root=str(root),
        config_file=str(config_file),
        site_name=str(data.get("site_name") or "Learning portal"),
        courses_dir=os.path.normpath(str(section.get("courses_dir", DEFAULT_COURSES_DIR)).replace("\\", "/")),
        capabilities=capabilities,
        providers=tuple(str(p).lower() for p in section.get("providers", [])),
        lint=MappingProxyType(dict(section.get("lint", {}))),
        repo_url=str(data.get("repo_url") or ""),
        edit_uri=str(data.get("edit_uri") or ""),
        site_url=str(data.get("site_url") or ""),
        raw=MappingProxyType(dict(section)),
    )
