"""Fixing course files on disk, and the unified diff ``lxkit fix --diff`` prints."""

from __future__ import annotations

import codecs
import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lxkit.boundary import refusal
from lxkit.fix.edits import Edit, apply_edits
from lxkit.fix.engine import fix_edits
from lxkit.limits import FILE_SIZE_KB
from lxkit.loader import MODULE_FILE, course_folders

_BOM = codecs.BOM_UTF8.decode("utf-8")


@dataclass(frozen=True, slots=True)
class FileFix:
    """One file's text before and after its fixes (``edits`` empty: nothing to fix)."""

    path: Path
    relative: str
    before: str
    after: str
    edits: tuple[Edit, ...]


def course_documents(courses: Path, folders: Iterable[str] | None = None) -> Iterator[Path]:
    """``index.md`` and the ``NN-slug.md`` modules of every course folder (or of ``folders``)."""
    wanted = set(folders) if folders is not None else None
    for folder in course_folders(courses):
        if (wanted is not None and folder.name not in wanted) or refusal(courses, folder) is not None:
            continue  # a linked folder outside the courses folder is never read nor written (lxkit.boundary)
        for path in sorted(folder.iterdir()):
            match = MODULE_FILE.match(path.name)
            usable = path.is_file() and refusal(courses, path) is None
            if usable and (path.name == "index.md" or (match is not None and match["ext"] == "md")):
                yield path


def fix_file(path: Path, relative: str, limit: int = FILE_SIZE_KB * 1024) -> FileFix | None:
    """The fixes of one file (None when it is not UTF-8 text, cannot be read or is over ``limit`` bytes,
    which lint reports as LX211: a huge file is never read into memory)."""
    try:
        if path.stat().st_size > limit:
            return None
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    bom = _BOM if text.startswith(_BOM) else ""
    edits = fix_edits(relative, text[len(bom) :])
    return FileFix(path, relative, text, bom + apply_edits(text[len(bom) :], edits), edits)


def write_fix(fix: FileFix) -> None:
    """Write the fixed text (exactly these characters: line endings are kept as they were)."""
    fix.path.write_bytes(fix.after.encode("utf-8"))


def unified_diff(fix: FileFix) -> str:
    """The change as a unified diff (``a/`` and ``b/`` paths, as Git shows it)."""
    lines = difflib.unified_diff(
        fix.before.splitlines(keepends=True),
        fix.after.splitlines(keepends=True),
        f"a/{fix.relative}",
        f"b/{fix.relative}",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
