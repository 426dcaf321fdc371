"""Site-wide outputs of a view: the search index, 404 page and sitemap, copied files, stale files.

Each is written only when its key (the inputs it is made from) changed or its file is not what
the last build wrote; copied files (theme assets, course images) only when their size or
modification time differ; files no build output claims are removed, as a cold build would not
have them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from lxkit.builder.engine.cache import CacheLayout, read_record, write_record
from lxkit.builder.engine.records import OutputGroup, UnitState
from lxkit.builder.engine.search_splice import IndexLayout, splice_index
from lxkit.builder.fingerprint import Stamp, combined, digest
from lxkit.builder.render.search import shard_text
from lxkit.builder.writer import copy_if_changed, write_if_changed

SEARCH_INDEX = "search/search_index.json"


class CorruptShard(Exception):
    """A unit's cached search entries are missing or corrupted: the unit must be rendered again."""

    def __init__(self, unit: str) -> None:
        super().__init__(unit)
        self.unit = unit


def is_current(group: OutputGroup | None, key: str, site_dir: Path) -> bool:
    """Whether outputs were written from ``key`` and their files are untouched since."""
    if group is None or group.key != key:
        return False
    return all(Stamp.of(site_dir / dest) == stamp for dest, stamp in group.files.items())


def search_key(units: Sequence[UnitState], flavour: str) -> str:
    """Key of a view's search index: the checksums of its units' search entries, in order."""
    return combined(unit.search.get(flavour, "") for unit in units)


def write_search_index(
    layout: CacheLayout, target: Path, header: str, flavour: str, units: Sequence[UnitState]
) -> None:
    """Write a view's search index from the units' cached entries, copying what the last index has.

    Raises :class:`CorruptShard` when a unit's cached entries are missing or corrupted.
    """
    checksums = {unit.name: unit.search.get(flavour, "") for unit in units}

    def text_of(name: str) -> str:
        payload = read_record(layout.search_shard(flavour, name), checksums[name])
        if payload is None:
            raise CorruptShard(name)
        return shard_text(payload)

    old = IndexLayout.from_bytes(read_record(layout.search_layout(flavour)))
    written = splice_index(target, header, [(unit.name, checksums[unit.name]) for unit in units], text_of, old)
    write_record(layout.search_layout(flavour), written.to_bytes())


def templates_key(nav_signature: str, srcs: Sequence[str], date: str) -> str:
    """Key of a view's 404 page and sitemap: navigation, list of pages and build date."""
    return digest(nav_signature, date, *srcs)


def write_outputs(site_dir: Path, outputs: Mapping[str, bytes], key: str) -> OutputGroup:
    """Write outputs (``dest -> bytes``) that changed; returns their group record."""
    for dest, data in outputs.items():
        write_if_changed(site_dir / dest, data)
    return stamped(site_dir, key, outputs)


def stamped(site_dir: Path, key: str, dests: Iterable[str]) -> OutputGroup:
    """The group record of files just written."""
    stamps = {dest: Stamp.of(site_dir / dest) for dest in dests}
    return OutputGroup(key, {dest: stamp for dest, stamp in stamps.items() if stamp is not None})


def copy_files(site_dir: Path, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Copy ``(absolute source, dest)`` pairs into the site when changed; returns the pairs."""
    copied = []
    for source, dest in pairs:
        copy_if_changed(Path(source), site_dir / dest)
        copied.append((source, dest))
    return copied


def sweep(site_dir: Path, keep: set[str]) -> list[str]:
    """Remove files under ``site_dir`` that no output claims, then empty folders; returns what went.

    A loop, not recursion, so a site folder nested thousands of levels deep cannot stop the build.
    """
    removed: list[str] = []
    if not site_dir.is_dir():
        return removed
    folders: list[str] = []  # each folder before the folders inside it
    pending = [(str(site_dir), "")]
    while pending:
        folder, prefix = pending.pop()
        folders.append(folder)
        with os.scandir(folder) as entries:
            for entry in entries:
                relative = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    pending.append((entry.path, relative + "/"))
                elif relative not in keep:
                    os.unlink(entry.path)
                    removed.append(relative)
    for folder in reversed(folders[1:]):
        with contextlib.suppress(OSError):  # not empty: it holds outputs
            os.rmdir(folder)
    return removed
