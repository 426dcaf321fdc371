"""Content digests of course files, remembered by file status so that unchanged files are not read again.

A rebuild fingerprints every course folder by the contents of its files. Reading and hashing
every file of a large portal costs more than the rest of a no-change rebuild, so each file's
digest is kept with its size, modification time and inode: while those stay the same, the digest
is reused (as Git's index does). A file modified within :data:`RACY_NS` of being hashed is always
read again, so an edit within the file system's timestamp resolution is never missed.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from lxkit.boundary import entry_refusal, refusal
from lxkit.builder.fingerprint import digest, file_digest

RACY_NS = 2_000_000_000
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")

Entry = tuple[int, int, int, str]  # size, mtime_ns, inode, digest


class FileDigests:
    """Digests of files by path, trusted while a file's status is unchanged."""

    def __init__(self, entries: dict[str, Entry] | None = None, changed: bool = False) -> None:
        """Start from remembered entries (see :meth:`to_bytes`); ``changed``: they need saving."""
        self.entries: dict[str, Entry] = entries or {}
        self.changed = changed

    def file_digest(self, path: str) -> str:
        """SHA-256 (hex) of a file's bytes, reused while its status is unchanged."""
        status = os.stat(path)
        known = self.entries.get(path)
        if known is not None and known[:3] == (status.st_size, status.st_mtime_ns, status.st_ino):
            return known[3]
        found = file_digest(path)
        if status.st_mtime_ns < time.time_ns() - RACY_NS:
            self.entries[path] = (status.st_size, status.st_mtime_ns, status.st_ino, found)
            self.changed = True
        return found

    def folder_digest(self, folder: Path) -> str:
        """Fingerprint of the files directly in a folder (names and contents), as the loader reads them.

        Of subfolders, only the pictures are part of it (a course's ``image:`` may be one, and the
        course pages name its renditions by its digest); the loader ignores the other files there,
        and assets are copied by their own size and modification time.
        """
        parts: list[str] = []
        boundary = folder.parent
        if refusal(boundary, folder) is not None:
            return digest("refused", os.readlink(folder) if folder.is_symlink() else "")
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry_refusal(boundary, entry) is not None:
                parts.extend((entry.name, "refused"))
            elif entry.is_file():
                parts.extend((entry.name, self.file_digest(entry.path)))
            elif entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                parts.extend(self._pictures(boundary, entry.path, entry.name + "/"))
        return digest(*parts)

    def _pictures(self, boundary: Path, folder: str, prefix: str) -> list[str]:
        """Names and digests of the pictures below a subfolder of a course (hidden and refused entries left out)."""
        parts: list[str] = []
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return parts
        for entry in entries:
            if entry.name.startswith(".") or entry_refusal(boundary, entry) is not None:
                continue
            if entry.is_dir(follow_symlinks=False):
                parts.extend(self._pictures(boundary, entry.path, f"{prefix}{entry.name}/"))
            elif entry.name.lower().endswith(PICTURE_SUFFIXES) and entry.is_file():
                parts.extend((prefix + entry.name, self.file_digest(entry.path)))
        return parts

    def to_bytes(self) -> bytes:
        """The entries as a cache payload."""
        return json.dumps(self.entries, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, payload: bytes | None) -> FileDigests:
        """Entries saved by :meth:`to_bytes` (none when the payload is missing or unreadable)."""
        try:
            data = json.loads(payload) if payload is not None else {}
            entries = {str(path): (int(a), int(b), int(c), str(d)) for path, (a, b, c, d) in data.items()}
        except (ValueError, TypeError, AttributeError):
            entries = {}
        return cls(entries)
