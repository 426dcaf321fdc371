"""The published versions of a portal, read and written in mike's ``versions.json`` format exactly.

``versions.json`` is a list of ``{"version", "title", "aliases"[, "properties"]}``, newest first
in mike's order: versions that do not start with a digit (``dev``, ``main``) before releases,
each group by descending loose version. Material's version selector reads this file, and mike
can list and manage a deploy tree lxkit wrote. Everything here is pure except :func:`write_atomic`.
"""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lxkit.exceptions import UsageError

VERSIONS_FILE = "versions.json"
RELEASES_FILE = "releases.json"
RELEASES_DIR = "courses"
RESERVED_NAMES = frozenset(
    {VERSIONS_FILE, RELEASES_FILE, RELEASES_DIR, "index.html", "404.html", ".nojekyll", "sitemap.xml"}
)
MAX_NAME_LENGTH = 100
MAX_TITLE_LENGTH = 200
_NAME = re.compile(r"[^\W_][\w.+~@&-]*")
_NAME_RULE = (
    "use letters, digits and . _ - + ~ @ & only, starting with a letter or digit, "
    f"at most {MAX_NAME_LENGTH} characters (such as 1.0, 2.1-rc1, dev or latest)"
)
_LOOSE_PART = re.compile(r"(\d+|[a-z]+|\.|-)")
_LOOSE_REPLACE = {"pre": "c", "preview": "c", "-": "final-", "rc": "c", "dev": "@"}


@dataclass(frozen=True)
class VersionInfo:
    """One published version: its folder name, the title the selector shows and its aliases."""

    version: str
    title: str
    aliases: tuple[str, ...] = ()
    properties: Any = None

    def names(self) -> tuple[str, ...]:
        """The version's own folder and its alias folders."""
        return (self.version, *self.aliases)


@dataclass(frozen=True)
class Versions:
    """All published versions, newest first (see :func:`newest_first`)."""

    entries: tuple[VersionInfo, ...] = ()

    def find(self, identifier: str) -> VersionInfo | None:
        """The version named by a version or one of its aliases."""
        return next((info for info in self.entries if identifier in info.names()), None)

    def names(self) -> frozenset[str]:
        """Every version and alias folder."""
        return frozenset(name for info in self.entries for name in info.names())


def loose_version_key(version: str) -> tuple[str, ...]:
    """The comparison key of a loose version (as mike and old setuptools compare versions)."""
    parts: list[str] = []
    for part in [*_loose_parts(version.lower()), "*final"]:
        if part.startswith("*"):
            if part < "*final":
                while parts and parts[-1] == "*final-":
                    parts.pop()
            while parts and parts[-1] == "00000000":
                parts.pop()
        parts.append(part)
    return tuple(parts)


def _loose_parts(version: str) -> list[str]:
    parts = [_LOOSE_REPLACE.get(raw, raw) for raw in _LOOSE_PART.split(version)]
    return [part.zfill(8) if part[:1].isdigit() else "*" + part for part in parts if part and part != "."]


def newest_first(entries: Iterable[VersionInfo]) -> tuple[VersionInfo, ...]:
    """Entries in mike's order: development names (no leading digit) first, then by descending version."""

    def key(info: VersionInfo) -> tuple[int, tuple[str, ...]]:
        """Development names (no leading digit) rank above releases, as in mike."""
        return (0 if re.match(r"v?\d", info.version) else 1, loose_version_key(info.version))

    return tuple(sorted(entries, key=key, reverse=True))


def check_name(name: str, kind: str) -> str:
    """A version or alias name that is a literal folder name of the deploy tree, or a UsageError.

    Names are taken literally everywhere (Git pathspecs included), and Material's version selector
    shows them as HTML, so only letters, digits and ``. _ - + ~ @ &`` are allowed.
    """
    shown = ascii(name) if len(name) <= 40 else ascii(name[:40])[:-1] + "...'"
    if name in RESERVED_NAMES:
        raise UsageError(f"{shown} is a name the deploy tree uses for its own files; choose another {kind} name")
    if len(name) > MAX_NAME_LENGTH:
        raise UsageError(f"the {kind} name {shown} has {len(name)} characters: {_NAME_RULE}")
    if not _NAME.fullmatch(name):
        raise UsageError(f"{shown} is not a valid {kind} name: {_NAME_RULE}")
    return name


def check_title(title: str) -> str:
    """A version title from the command line, HTML-escaped for ``versions.json``, or a UsageError.

    Material's version selector inserts titles as HTML, so ``<``, ``>`` and ``&`` are stored as
    entities and the selector shows exactly the text that was typed.
    """
    if not title.strip():
        raise UsageError("the version title is empty: leave out --title to show the version, or give a text")
    if len(title) > MAX_TITLE_LENGTH:
        raise UsageError(f"the version title has {len(title)} characters: shorten it to {MAX_TITLE_LENGTH} at most")
    bad = next((c for c in title if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn")), None)
    if bad is not None:
        raise UsageError(
            f"the version title contains the invisible character U+{ord(bad):04X}: retype it with visible text only"
        )
    return html.escape(title, quote=False)


def neutral_title(title: str) -> str:
    """A stored title with any ``<`` or ``>`` escaped, so the selector cannot run it as markup (idempotent)."""
    return title.replace("<", "&lt;").replace(">", "&gt;")


def shown_title(title: str) -> str:
    """The text the version selector shows for a stored title."""
    return html.unescape(title)


def parse_versions(text: str, source: str = VERSIONS_FILE) -> Versions:
    """Read ``versions.json`` text; a file that is not mike's format is a UsageError."""
    try:
        data = json.loads(text)
        if not isinstance(data, list):
            raise TypeError("the top level is not a list")
        entries = [_entry(item) for item in data]
    except (ValueError, TypeError, KeyError) as error:
        raise UsageError(f"{source} is not a versions file in mike's format ({error}); fix or remove it") from error
    return Versions(newest_first(entries))


def _entry(item: Any) -> VersionInfo:
    if not isinstance(item, dict) or not isinstance(item["version"], str):
        raise TypeError("each entry needs a 'version' text")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise TypeError(f"the aliases of {item['version']} are not a list of names")
    title = item.get("title")
    return VersionInfo(
        item["version"],
        neutral_title(str(item["version"] if title is None else title)),
        tuple(sorted(aliases)),
        item.get("properties"),
    )


def dump_versions(versions: Versions) -> str:
    """``versions.json`` text exactly as mike writes it (two-space JSON plus a newline)."""
    return json.dumps([_to_json(info) for info in newest_first(versions.entries)], indent=2) + "\n"


def _to_json(info: VersionInfo) -> dict[str, Any]:
    data: dict[str, Any] = {"version": info.version, "title": info.title, "aliases": list(info.aliases)}
    if info.properties:
        data["properties"] = info.properties
    return data


def add_version(
    versions: Versions, version: str, title: str | None, aliases: Sequence[str], update_aliases: bool = False
) -> tuple[Versions, tuple[str, ...]]:
    """Versions with ``version`` added or updated (title, more aliases); returns it and the aliases moved.

    Like ``mike deploy``: an alias that belongs to another version moves only with ``update_aliases``.
    """
    check_name(version, "version")
    for alias in aliases:
        check_name(alias, "alias")
        if alias == version:
            raise UsageError(f"'{alias}' cannot be both the version and one of its aliases")
    existing = versions.find(version)
    if existing is not None and existing.version != version:
        raise UsageError(f"'{version}' is already an alias of version {existing.version}; delete the alias first")
    moved = _moved_aliases(versions, version, aliases, update_aliases)
    entries = [_without_aliases(info, moved) for info in versions.entries if info.version != version]
    previous = versions.find(version)
    merged = tuple(sorted({*(previous.aliases if previous else ()), *aliases}))
    new_title = check_title(title) if title is not None else (previous.title if previous else version)
    info = VersionInfo(version, new_title, merged, previous.properties if previous else None)
    return Versions(newest_first([*entries, info])), moved


def _moved_aliases(versions: Versions, version: str, aliases: Sequence[str], update: bool) -> tuple[str, ...]:
    moved = []
    for alias in aliases:
        owner = versions.find(alias)
        if owner is None or owner.version == version:
            continue
        if owner.version == alias:
            raise UsageError(f"'{alias}' is a published version, so it cannot be an alias")
        if not update:
            raise UsageError(f"'{alias}' is an alias of version {owner.version}; pass --update-aliases to move it")
        moved.append(alias)
    return tuple(moved)


def _without_aliases(info: VersionInfo, aliases: Iterable[str]) -> VersionInfo:
    gone = set(aliases)
    return replace(info, aliases=tuple(a for a in info.aliases if a not in gone)) if gone else info


def remove(versions: Versions, identifier: str) -> tuple[Versions, tuple[str, ...]]:
    """Versions without a version (and its aliases) or without one alias; returns the folders to delete."""
    info = versions.find(identifier)
    if info is None:
        known = ", ".join(sorted(versions.names())) or "none"
        raise UsageError(f"there is no published version or alias '{identifier}' (published: {known})")
    if identifier != info.version:
        return Versions(tuple(_without_aliases(i, [identifier]) for i in versions.entries)), (identifier,)
    remaining = tuple(i for i in versions.entries if i.version != identifier)
    return Versions(remaining), info.names()


def write_atomic(path: Path, text: str) -> None:
    """Write a file so readers see the old or the new text, never half of it (temp file + ``os.replace``)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
