"""Creating a course folder or a module file without ever losing what an author wrote."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from lxkit.exceptions import UsageError
from lxkit.loader import MODULE_FILE


def trash_dir(portal_root: Path) -> Path:
    """Where ``--force`` moves replaced courses (inside lxkit's cache folder)."""
    return portal_root / ".lxkit-cache" / "replaced"


def write_course(
    courses_root: Path, course_id: str, files: dict[str, str], force: bool, portal_root: Path
) -> Path | None:
    """Write a new course folder atomically; returns where a replaced course was kept (``--force``)."""
    target = courses_root / course_id
    if target.resolve().parent != courses_root.resolve():
        raise UsageError(f"refusing to write outside the courses folder: {target}")
    if target.exists() and not force:
        raise UsageError(f"the course '{course_id}' already exists at {target}; use --force to replace it")
    courses_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{course_id}-", dir=courses_root))
    try:
        for name, text in files.items():
            (staging / name).write_text(text, encoding="utf-8")
        kept = _set_aside(target, portal_root) if target.exists() else None
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return kept


def _set_aside(target: Path, portal_root: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    keep = trash_dir(portal_root) / f"{target.name}-{stamp}"
    keep.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(target), str(keep))
    return keep


def next_module_number(course_folder: Path) -> int:
    """One more than the highest ``NN-`` module number in a course folder."""
    numbers = [int(m["number"]) for p in course_folder.iterdir() if (m := MODULE_FILE.match(p.name))]
    return max(numbers, default=0) + 1


def write_new_file(path: Path, text: str) -> None:
    """Create a file that must not exist yet (exclusive create: nothing is overwritten)."""
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError as error:
        raise UsageError(f"{path} already exists; choose another slug") from error
