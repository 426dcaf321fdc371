"""Writing a package zip: all or nothing (IO).

The zip is written to a temporary file next to the output and renamed over it at the end, so an
interrupted or failed export never leaves a half-written package, and an existing package is only
replaced when asked (``--force``) and the new one is complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lxkit.exceptions import UsageError

# A fixed timestamp: the same course gives the same bytes (reproducible packages).
ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def check_output(output: Path, force: bool) -> None:
    """Refuse an output that exists (without ``force``) or whose folder cannot take it."""
    if output.is_dir():
        raise UsageError(
            f"{output} is a folder: give the path of a .zip file to write, e.g. -o {output / 'course.zip'}"
        )
    if output.exists() and not force:
        raise UsageError(f"{output} already exists: add --force to replace it, or choose another path with -o")
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"cannot write {output}: the folder {folder} does not exist (create it first)")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"cannot write {output}: the folder {folder} is not writable (choose another path with -o)")


def write_zip(output: Path, entries: Iterable[tuple[str, bytes]]) -> int:
    """Write ``(path in zip, bytes)`` entries to ``output`` atomically; returns the zip's size in bytes."""
    folder = output.parent if str(output.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                info = zipfile.ZipInfo(name, ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
        os.replace(temporary, output)
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return output.stat().st_size
