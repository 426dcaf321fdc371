"""The portal as it was at a Git ref: its ``mkdocs.yml`` and courses folder exported, then the normal loader.

No second parser: the files are written to a temporary folder exactly as Git has them and read
by :func:`lxkit.config.load_config` and :func:`lxkit.loader.load_portal`, so findings carry the
same portal-relative paths at every ref.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lxkit import git
from lxkit.config import DEFAULT_COURSES_DIR, load_config
from lxkit.exceptions import ConfigError, UsageError
from lxkit.loader import load_portal
from lxkit.model import Portal, PortalConfig
from lxkit.scratch import scratch_dir


@contextmanager
def portal_at(repo: Path, ref: str, config_path: str) -> Iterator[Portal]:
    """The portal model at ``ref``; ``config_path`` is ``mkdocs.yml``'s path relative to the repository root.

    The model (and its files on disk) is valid inside the ``with`` block. A ref without the portal
    (it is added by the change) gives an empty portal.
    """
    commit = git.require_commit(repo, ref)
    with scratch_dir("lxkit-review-") as scratch:  # removed by a later run if this one is killed
        root = scratch / "tree"
        git.export_paths(repo, commit, [config_path], root)
        config_file = root / config_path
        if not config_file.is_file():
            yield Portal(_empty_config(config_file), ())
            return
        config = _load_config_at(config_file, ref)
        courses = posixpath.normpath(posixpath.join(posixpath.dirname(config_path), config.courses_dir))
        git.export_paths(repo, commit, [courses], root)
        (root / courses).mkdir(parents=True, exist_ok=True)
        yield load_portal(config)


def _load_config_at(config_file: Path, ref: str) -> PortalConfig:
    try:
        return load_config(config_file)
    except ConfigError as error:
        details = "; ".join(f"line {f.line}: {f.message}" for f in error.findings[:3])
        raise UsageError(f"{config_file.name} at {ref} cannot be read: {error.message} ({details})") from error


def _empty_config(config_file: Path) -> PortalConfig:
    return PortalConfig(str(config_file.parent), str(config_file), "", DEFAULT_COURSES_DIR)
