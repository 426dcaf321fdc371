"""lxkit's build cache: the ``.lxkit-cache/`` folder of a portal (safe to delete at any time).

Layout::

    .lxkit-cache/
      README.txt                 what this folder is
      models/<course>.full       the loaded course model (pickle), keyed by the course folder's fingerprint
      models/<course>.light      the same without module texts (what portal-wide pages read)
      builds/<site>/state.json   what the last build of one site folder wrote, and from which inputs
      builds/<site>/search/<view>/<course>.json   search-index entries of a course's pages
      builds/<site>/rendered/<course>.json        HTML rendered from a course's Markdown, by page and text
      stage/<view>/              the generated MkDocs docs_dir (only when a full MkDocs build runs)
      templates/                 compiled templates, only where the per-user folder below cannot be made

Every file is written atomically (temporary file + rename) and starts with a header holding the
SHA-256 of its payload; a file whose checksum does not match (corrupted, truncated, written by
another version) reads as missing, so its part of the build is redone, never served.
The whole cache is keyed by a :class:`Manifest` (lxkit's version and code, MkDocs' and
Material's versions, the theme, the portal's settings and the build options): when any of them
changes, the build state is discarded and the next build is a cold one.

Jinja's compiled templates (the theme's and the stage compiler's) are not the portal's: they depend
only on the template files and the versions of Python, Jinja and lxkit, as Python's ``__pycache__``
depends on the installed modules. They are kept per user, like Jinja's own default bytecode cache
(:func:`template_cache`: ``$XDG_CACHE_HOME/lxkit/templates/``), so deleting ``.lxkit-cache/``
makes a cold build of the portal that does not compile Material's templates again; the first build
on a machine does (about 0.4 s of CPU). Jinja checks each compiled template against its source.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import secrets
import shutil
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from lxkit.builder.fingerprint import digest, digest_json

HEADER_PREFIX = b"lxkit-cache 1 "
README = """\
This folder is lxkit's build cache. It is safe to delete at any time: the next build is then a
cold build, which recreates it. Do not commit it (it is in .gitignore).

models/   loaded course models, keyed by the fingerprint of each course folder
builds/   per output folder: what the last build wrote (state.json) and search-index entries
stage/    the generated MkDocs docs_dir, written only when a full MkDocs build runs
templates/ compiled theme templates (only where the per-user folder cannot be made)
"""


@dataclass(frozen=True)
class Manifest:
    """Everything outside the course files that decides what a build writes."""

    lxkit: str
    mkdocs: str
    material: str
    theme: str
    config: str
    options: str
    weasyprint: str = ""
    """The version of WeasyPrint, which makes the handouts' PDFs (``lxkit.handouts``)."""

    @property
    def key(self) -> str:
        """One fingerprint of the whole manifest."""
        return digest_json(asdict(self))


@dataclass(frozen=True)
class CacheLayout:
    """Paths inside the cache folder for one output (site) folder."""

    root: Path
    site_dir: Path

    @property
    def models(self) -> Path:
        """Folder of cached course models."""
        return self.root / "models"

    @property
    def build(self) -> Path:
        """Folder of the state of builds into :attr:`site_dir`.

        Named after the site folder's path relative to the cache, so that a portal moved or
        restored elsewhere together with its cache and site (a CI cache) keeps its state.
        """
        return self.root / "builds" / digest(os.path.relpath(self.site_dir, self.root))[:16]

    @property
    def state_file(self) -> Path:
        """The build state (JSON, checksummed)."""
        return self.build / "state.json"

    @property
    def file_digests(self) -> Path:
        """Digests of the course files with their size, time and inode (see :mod:`lxkit.builder.engine.digests`)."""
        return self.root / "file-digests.json"

    def rendered(self, folder: str) -> Path:
        """HTML rendered from a course's Markdown by the last build (reset with the build state)."""
        return self.build / "rendered" / f"{folder}.json"

    def search_layout(self, flavour: str) -> Path:
        """Where each unit's entries lie in a view's written search index."""
        return self.build / "search" / f"{flavour}.layout.json"

    def search_shard(self, flavour: str, name: str) -> Path:
        """Search-index entries of one course (or ``_portal``) in one view."""
        return self.build / "search" / flavour / f"{name}.json"

    def model(self, folder: str, kind: str) -> Path:
        """Cached model of a course folder; ``kind`` is ``full`` or ``light``."""
        return self.models / f"{folder}.{kind}"

    @property
    def templates(self) -> Path:
        """Jinja's compiled templates when the per-user folder cannot be made (see :func:`template_cache`)."""
        return self.root / "templates"

    @property
    def images(self) -> Path:
        """Renditions of course pictures, named by their source's digest and size (shared by every site)."""
        return self.root / "images"

    def stage_dir(self, flavour: str) -> Path:
        """The generated docs_dir of one view."""
        return self.root / "stage" / flavour


TEMPLATE_CACHE_ENV = "LXKIT_TEMPLATE_CACHE"
_SIGNATURE = 32  # bytes of an HMAC-SHA256 tag


def _user_cache(*parts: str) -> str:
    """``$XDG_CACHE_HOME/lxkit/...`` (``~/.cache/lxkit/...``): the user's, never the portal's."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lxkit", *parts)


@functools.lru_cache(maxsize=1)
def signing_key() -> bytes:
    """This user's key for pickled cache files, kept outside every portal (made on first use).

    A pickle runs code when it is read, and ``.lxkit-cache/`` could come with a pull request, so
    lxkit reads only the pickles it signed itself; without a writable key file, a key for this run.
    """
    path = _user_cache("cache-key")
    try:
        with open(path, "rb") as handle:
            key = handle.read()
        if len(key) == _SIGNATURE:
            return key
    except OSError:
        pass
    key = secrets.token_bytes(_SIGNATURE)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(key)
    except FileExistsError:
        with open(path, "rb") as handle:  # another process made it first
            key = handle.read()
    except OSError:
        pass
    return key


def signed(payload: bytes) -> bytes:
    """``payload`` behind its HMAC tag under :func:`signing_key`."""
    return hmac.new(signing_key(), payload, hashlib.sha256).digest() + payload


def verified(data: bytes | None) -> bytes | None:
    """The payload of :func:`signed` data, or None when the tag is not this user's (never unpickle it)."""
    if data is None or len(data) < _SIGNATURE:
        return None
    tag, payload = data[:_SIGNATURE], data[_SIGNATURE:]
    expected = hmac.new(signing_key(), payload, hashlib.sha256).digest()
    return payload if hmac.compare_digest(tag, expected) else None


def template_cache(layout: CacheLayout) -> Path:
    """The folder of Jinja's compiled templates, made if needed: one per user, shared by every portal.

    ``$LXKIT_TEMPLATE_CACHE``, else ``$XDG_CACHE_HOME/lxkit/templates`` (``~/.cache/lxkit/templates``),
    in a sub-folder per version of Python, Jinja and lxkit; a private temporary folder of this process
    when that folder cannot be made or written. Never a folder in the portal: compiled templates are
    code that Jinja runs, and ``.lxkit-cache/`` could come with a pull request.
    """
    import jinja2

    import lxkit

    base = os.environ.get(TEMPLATE_CACHE_ENV) or _user_cache("templates")
    folder = Path(base) / digest(sys.version, jinja2.__version__, lxkit.__version__)[:16]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return _private_templates()
    return folder if os.access(folder, os.W_OK) else _private_templates()


@functools.lru_cache(maxsize=1)
def _private_templates() -> Path:
    """A temporary folder only this process writes (mode 0700), for Jinja's compiled templates."""
    return Path(tempfile.mkdtemp(prefix="lxkit-templates-"))


def write_record(path: Path, payload: bytes) -> None:
    """Write a checksummed cache file atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = HEADER_PREFIX + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n"
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(header)
        handle.write(payload)
    os.replace(temporary, path)


def read_record(path: Path, checksum: str | None = None) -> bytes | None:
    """The payload of a cache file, or None when it is missing, truncated or corrupted.

    ``checksum``: also None unless the payload's SHA-256 is this one (the check costs nothing more).
    """
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, newline, payload = data.partition(b"\n")
    if not newline or not header.startswith(HEADER_PREFIX):
        return None
    expected = header[len(HEADER_PREFIX) :].decode("ascii", "replace")
    if (checksum is not None and checksum != expected) or hashlib.sha256(payload).hexdigest() != expected:
        return None
    return payload


def record_checksum(path: Path) -> str | None:
    """The checksum a cache file's header claims (cheap: reads the first line only)."""
    try:
        with open(path, "rb") as handle:
            header = handle.readline().rstrip(b"\n")
    except OSError:
        return None
    if not header.startswith(HEADER_PREFIX):
        return None
    return header[len(HEADER_PREFIX) :].decode("ascii", "replace")


def prepare(root: Path) -> None:
    """Create the cache folder with its README (idempotent)."""
    root.mkdir(parents=True, exist_ok=True)
    readme = root / "README.txt"
    if not readme.is_file():
        readme.write_text(README, encoding="utf-8")


def forget_build(layout: CacheLayout) -> None:
    """Drop the state of builds into one site folder (``--clean``, or a changed manifest)."""
    shutil.rmtree(layout.build, ignore_errors=True)
