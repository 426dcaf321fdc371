"""Rewriting a search index around the units that changed, copying the rest from the last index.

The index is ``header`` + each unit's segment + ``]}``, where a unit's segment is its entries
(preceded by ``,`` when an earlier unit has entries). After an edit, most segments are the same
bytes as in the index the last build wrote: :func:`splice_index` copies the unchanged head and
tail from that file (a kernel copy, no decoding) and writes only the changed units' segments from
their cached entries. A layout record (units, checksums, segment lengths, and the stamp of the
index file) says where each segment is; when anything does not line up, the whole index is
streamed from the cache as before. The result is byte-identical either way.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxkit.builder.fingerprint import Stamp, digest

CLOSING = b"]}"
Unit = tuple[str, str]  # name, checksum of its search entries


@dataclass(frozen=True)
class IndexLayout:
    """Where each unit's segment lies in a written index file."""

    stamp: Stamp
    header: str  # digest of the header text
    header_bytes: int
    units: tuple[tuple[str, str, int], ...]  # name, checksum, segment length in bytes

    def to_bytes(self) -> bytes:
        """JSON form for the cache."""
        data = [[self.stamp.size, self.stamp.mtime_ns], self.header, self.header_bytes, self.units]
        return json.dumps(data, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, payload: bytes | None) -> IndexLayout | None:
        """Inverse of :meth:`to_bytes` (None when missing or unreadable)."""
        try:
            (size, mtime), header, header_bytes, units = json.loads(payload or b"")
            rows = tuple((str(name), str(checksum), int(length)) for name, checksum, length in units)
            return cls(Stamp(int(size), int(mtime)), str(header), int(header_bytes), rows)
        except (ValueError, TypeError):
            return None


def splice_index(
    target: Path, header: str, units: Sequence[Unit], text_of: Callable[[str], str], old: IndexLayout | None
) -> IndexLayout:
    """Write the index of ``units`` to ``target`` atomically; ``text_of(name)`` gives a unit's entries."""
    header_data, header_digest = header.encode("utf-8"), digest(header)
    reuse = old is not None and old.header == header_digest and Stamp.of(target) == old.stamp
    head, tail = _common_ends(old.units if old and reuse else (), units)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        lengths = _write(temporary, target, header_data, units, text_of, old, (head, tail))
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    os.replace(temporary, target)
    stamp = Stamp.of(target)
    assert stamp is not None
    rows = tuple((name, checksum, length) for (name, checksum), length in zip(units, lengths, strict=True))
    return IndexLayout(stamp, header_digest, len(header_data), rows)


def _write(
    temporary: Path,
    target: Path,
    header_data: bytes,
    units: Sequence[Unit],
    text_of: Callable[[str], str],
    old: IndexLayout | None,
    ends: tuple[int, int],
) -> list[int]:
    """Write the new index to ``temporary``; returns each unit's segment length."""
    head, tail = ends
    lengths: list[int] = []
    with open(temporary, "wb") as out:
        out.write(header_data)
        started = False
        if old is not None and head:
            _copy(target, out, old.header_bytes, sum(length for _, _, length in old.units[:head]))
            lengths += [length for _, _, length in old.units[:head]]
            started = any(lengths)
        for name, _ in units[head : len(units) - tail]:
            segment = _segment(text_of(name), started)
            out.write(segment)
            lengths.append(len(segment))
            started = started or bool(segment)
        if old is not None and tail:
            copied = old.units[len(old.units) - tail :]
            start = old.header_bytes + sum(length for _, _, length in old.units[: len(old.units) - tail])
            _copy(target, out, start, sum(length for _, _, length in copied))
            lengths += [length for _, _, length in copied]
        out.write(CLOSING)
    return lengths


def _segment(text: str, after_entries: bool) -> bytes:
    if not text:
        return b""
    return (b"," if after_entries else b"") + text.encode("utf-8")


def _common_ends(old: Sequence[tuple[str, str, int]], new: Sequence[Unit]) -> tuple[int, int]:
    """How many units at the start and at the end are unchanged, keeping the tail's separators right.

    A tail segment starts with ``,`` when an earlier unit has entries; it can only be copied when
    that is so before and after the change, which holds when the head already has entries.
    """
    most = min(len(old), len(new))
    head = 0
    while head < most and (old[head][0], old[head][1]) == new[head]:
        head += 1
    tail = 0
    while tail < most - head and (old[-1 - tail][0], old[-1 - tail][1]) == new[-1 - tail]:
        tail += 1
    if tail and not any(length for _, _, length in old[:head]):
        tail = 0
    return head, tail


class _Truncated(OSError):
    """The last index is shorter than its layout record says."""


def _copy(source: Path, out: BinaryIO, start: int, length: int) -> None:
    """Append ``length`` bytes of ``source`` from ``start`` to the open file ``out`` (in the kernel where it can)."""
    out.flush()
    with open(source, "rb") as handle:
        try:
            while length > 0 and hasattr(os, "copy_file_range"):
                sent = os.copy_file_range(handle.fileno(), out.fileno(), length, start)
                if sent == 0:
                    raise _Truncated(f"{source} is shorter than its layout says")
                start, length = start + sent, length - sent
        except _Truncated:
            raise
        except OSError:  # a file system without it: copy what is left through Python
            pass
        out.seek(0, os.SEEK_END)
        handle.seek(start)
        while length > 0:
            chunk = handle.read(min(length, 1 << 20))
            if not chunk:
                raise _Truncated(f"{source} is shorter than its layout says")
            out.write(chunk)
            length -= len(chunk)
