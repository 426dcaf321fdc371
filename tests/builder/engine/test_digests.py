"""File digests remembered by file status: the same fingerprints, without reading unchanged files."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from lxkit.builder.engine.digests import RACY_NS, FileDigests


def _old_file(path: Path, text: str) -> Path:
    """A file last modified a minute ago (older than the racy window)."""
    path.write_text(text, encoding="utf-8")
    minute_ago = path.stat().st_mtime_ns - 60_000_000_000
    os.utime(path, ns=(minute_ago, minute_ago))
    return path


def test_digest_is_the_sha256_of_the_bytes(tmp_path: Path) -> None:
    path = _old_file(tmp_path / "01-a.md", "week one")
    assert FileDigests().file_digest(str(path)) == hashlib.sha256(b"week one").hexdigest()


def test_an_unchanged_status_reuses_the_digest_and_an_edit_does_not(tmp_path: Path) -> None:
    path = _old_file(tmp_path / "01-a.md", "week one")
    digests = FileDigests()
    first = digests.file_digest(str(path))
    assert digests.changed
    status = path.stat()
    path.write_text("week two", encoding="utf-8")  # same size; put the old time back: proof of reuse
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert digests.file_digest(str(path)) == first
    path.write_text("week three", encoding="utf-8")
    assert digests.file_digest(str(path)) == hashlib.sha256(b"week three").hexdigest()


def test_a_recently_modified_file_is_read_every_time(tmp_path: Path) -> None:
    path = tmp_path / "01-a.md"
    path.write_text("just saved", encoding="utf-8")
    assert path.stat().st_mtime_ns > time.time_ns() - RACY_NS
    digests = FileDigests()
    digests.file_digest(str(path))
    assert str(path) not in digests.entries


def test_folder_digest_names_and_contents(tmp_path: Path) -> None:
    _old_file(tmp_path / "index.md", "course")
    _old_file(tmp_path / "01-a.md", "week")
    (tmp_path / "images").mkdir()
    remembered = FileDigests()
    before = remembered.folder_digest(tmp_path)
    assert FileDigests.from_bytes(remembered.to_bytes()).folder_digest(tmp_path) == before
    (tmp_path / "01-a.md").rename(tmp_path / "01-b.md")
    assert remembered.folder_digest(tmp_path) != before


def test_unreadable_saved_entries_are_forgotten() -> None:
    assert FileDigests.from_bytes(b"not json").entries == {}
    assert FileDigests.from_bytes(b'{"a": [1, 2]}').entries == {}
    assert FileDigests.from_bytes(None).entries == {}
