"""The portal boundary: which files of a courses folder lxkit may read, copy or serve.

The policy, in one place (the loader, the asset copier, the build's change detection, lint,
review and serve all ask here):

- a file is used only when its *real* path (every link resolved, :func:`os.path.realpath`) is
  inside the portal's courses folder and not inside a hidden folder there (such as ``.git``);
  a link (symlink) that leads anywhere else, or a link that leads nowhere, is refused;
- only regular files are read: named pipes, devices and sockets are refused, so nothing hangs;
- a file or folder whose name has a line break, a tab, an invisible character or a space at
  either end is refused at every depth (such a name breaks links, URLs and the sitemap), and so is
  a folder more than ``FOLDER_DEPTH`` folders deep in its course (LX211; no walk recurses without end);
- a web page or script in a subfolder, and an SVG picture holding script, is refused
  (:mod:`lxkit.activecontent`: it would run in the portal's name);
- a refused entry is never opened; it becomes a finding at its own path (LX014
  ``unexpected-file`` for names, LX017 ``link-outside-portal``, LX018 ``special-file``);
- course files are read with a size limit (:func:`read_limited`), so one huge file cannot
  exhaust memory.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxkit.activecontent import active_problem
from lxkit.findings import escape
from lxkit.limits import FOLDER_DEPTH, LIMIT_CODE

NAME_CODE = "LX014"
LINK_CODE = "LX017"
SPECIAL_CODE = "LX018"
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why lxkit does not use an entry of a course folder: the finding's code and an author's message."""

    code: str
    message: str


class RefusedFile(Exception):
    """Raised by :func:`read_limited` for a refused entry or a file over the size limit."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@lru_cache(maxsize=64)
def _real(folder: str) -> str:
    return os.path.realpath(folder)


def refusal(boundary: Path | str, path: Path | str) -> Refusal | None:
    """Why the entry at ``path`` may not be used (None: it may); ``boundary`` is the courses folder.

    A folder is allowed like a file; what is inside it is checked entry by entry.
    """
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    try:
        status = os.lstat(path)
    except OSError:
        return None  # gone or unreadable: the caller's own reading reports it
    if stat.S_ISLNK(status.st_mode):
        found = _link_refusal(os.fspath(boundary), os.fspath(path), name)
        if found is not None:
            return found
        try:
            status = os.stat(path)
        except OSError:
            return _dangling(name)
    if stat.S_ISREG(status.st_mode) or stat.S_ISDIR(status.st_mode):
        return None
    return Refusal(
        SPECIAL_CODE,
        f"'{name}' is not a regular file ({_kind(status.st_mode)}); course folders hold only Markdown files, "
        "images and handouts: delete it",
    )


def _link_refusal(boundary: str, path: str, name: str) -> Refusal | None:
    base = _real(boundary)
    real = os.path.realpath(path)
    what = "folder" if os.path.isdir(real) else "file"
    inside = os.path.relpath(real, base)
    parts = inside.split(os.sep)
    if os.path.isabs(inside) or parts[0] == os.pardir:
        return Refusal(
            LINK_CODE,
            f"'{name}' is a link to a {what} outside the courses folder; lxkit never reads, copies or serves "
            f"what such links lead to: replace the link with a copy of the {what}, or delete it",
        )
    if inside != os.curdir and any(part.startswith(".") for part in parts):
        return Refusal(
            LINK_CODE,
            f"'{name}' is a link into a hidden folder (such as .git); lxkit never reads, copies or serves "
            f"what such links lead to: replace the link with a copy of the {what}, or delete it",
        )
    if not os.path.exists(real):
        return _dangling(name)
    return None


def _dangling(name: str) -> Refusal:
    return Refusal(
        LINK_CODE,
        f"'{name}' is a link to a file that does not exist; replace the link with the file itself, or delete it",
    )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def plain_name(name: str) -> bool:
    """Whether a file or folder name has no line break, tab, invisible character or edge spaces."""
    return name == name.strip() and name.isprintable()


def _name_refusal(name: str, folder: bool) -> Refusal:
    what = "folder" if folder else "file"
    suggested = "-".join("".join(c if c.isprintable() else " " for c in name).split()) or what
    return Refusal(
        NAME_CODE,
        f"'{escape(name)}' has a line break, a tab, an invisible character or a space at an end of its name, "
        f"so lxkit leaves it out of the portal; rename the {what}, e.g. to '{escape(suggested)}', "
        "and the links to it",
    )


def too_deep(boundary: Path | str, folder: str) -> bool:
    """Whether a folder lies more than :data:`FOLDER_DEPTH` folders deep inside its course folder."""
    inside = os.path.relpath(folder, boundary)
    return inside.count(os.sep) > FOLDER_DEPTH  # the first part is the course folder


def entry_refusal(boundary: Path | str, entry: os.DirEntry[str]) -> Refusal | None:
    """:func:`refusal` for an entry below a course folder (its name and depth checked too), without a
    system call for a plain file or folder."""
    folder = entry.is_dir(follow_symlinks=False)
    if not plain_name(entry.name):
        return _name_refusal(entry.name, folder)
    if folder and too_deep(boundary, entry.path):
        message = (
            f"the folder '{escape(entry.name)}' is more than {FOLDER_DEPTH} folders deep inside its course folder, "
            f"so lxkit leaves it out of the portal; move its files into a folder at most {FOLDER_DEPTH} deep"
        )
        return Refusal(LIMIT_CODE, message)
    if folder:
        return None
    found = None if entry.is_file(follow_symlinks=False) else refusal(boundary, entry.path)
    if found is None:
        in_subfolder = os.path.relpath(entry.path, boundary).count(os.sep) >= 2  # course/sub/file
        active = active_problem(escape(entry.name), entry.path, in_subfolder)
        found = Refusal(NAME_CODE, active) if active else None
    return found


def refused_below(boundary: Path | str, folder: Path | str) -> Iterator[tuple[str, Refusal]]:
    """(path, refusal) of every refused entry in ``folder`` and its subfolders (links to folders not entered).

    Hidden entries are skipped: lxkit ignores them anyway.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        found = entry_refusal(boundary, entry)
        if found is not None:
            yield entry.path, found
        elif entry.is_dir(follow_symlinks=False):
            yield from refused_below(boundary, entry.path)


def read_limited(boundary: Path | str, path: Path | str, limit: int) -> bytes:
    """The bytes of a course file, refusing what the policy refuses and files over ``limit`` bytes.

    The file is opened without blocking (a named pipe cannot hang the read) and checked to be a
    regular file after opening; at most ``limit + 1`` bytes are read.
    """
    found = refusal(boundary, path)
    if found is not None:
        raise RefusedFile(found.message, found.code)
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise RefusedFile(f"'{os.path.basename(path)}' is not a regular file; delete it", SPECIAL_CODE)
        if status.st_size > limit:
            raise RefusedFile(too_large(status.st_size, limit), "LX211")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(handle, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise RefusedFile(too_large(size, limit), "LX211")
        return b"".join(chunks)
    finally:
        os.close(handle)


def too_large(size: int, limit: int) -> str:
    """The message for a course file over the size limit."""
    return (
        f"this file is {_size(size)}, more than the limit of {_size(limit)}; split it into smaller modules "
        "(or raise lxkit.limits.file_size_kb in mkdocs.yml)"
    )


def _size(count: int) -> str:
    if count >= 1 << 20:
        return f"{count / (1 << 20):.1f} MiB"
    return f"{max(1, round(count / 1024))} KiB"
