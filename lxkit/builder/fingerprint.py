"""Content fingerprints: what the build cache is keyed by.

A fingerprint is the SHA-256 of a canonical byte form of the inputs (file names and contents,
never modification times), so a fingerprint taken on another machine or after a ``git checkout``
of the same sources is the same.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SEPARATOR = b"\x00"


def digest(*parts: str | bytes) -> str:
    """SHA-256 (hex) of the parts, separated so that ``("ab", "c")`` differs from ``("a", "bc")``."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(str(len(data)).encode("ascii"))
        hasher.update(_SEPARATOR)
        hasher.update(data)
    return hasher.hexdigest()


def digest_json(value: Any) -> str:
    """Fingerprint of plain data (dicts, lists, strings, numbers), independent of key order."""
    return digest(json.dumps(value, sort_keys=True, separators=(",", ":"), default=repr))


def file_digest(path: Path | str) -> str:
    """Fingerprint of one file's bytes."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()  # read in chunks: videos can be large


def tree_digest(root: Path, skip_suffixes: tuple[str, ...] = (".pyc",)) -> str:
    """Fingerprint of every file under ``root`` (relative paths and contents)."""
    parts: list[str] = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.name.endswith(skip_suffixes) and "__pycache__" not in path.parts:
            parts.extend((path.relative_to(root).as_posix(), file_digest(path)))
    return digest(*parts)


@dataclass(frozen=True, slots=True)
class Stamp:
    """Size and modification time of an output file: cheap proof that it is still what lxkit wrote."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path | str) -> Stamp | None:
        """The stamp of a file, or None when it does not exist."""
        try:
            stat = os.stat(path)
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns)


def combined(digests: Iterable[str]) -> str:
    """One fingerprint for an ordered sequence of fingerprints."""
    return digest(*digests)
