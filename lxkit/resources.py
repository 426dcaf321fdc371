"""Where lxkit's shipped files are: the theme and the course templates.

In a wheel they live in ``lxkit/_data``; in a source checkout (editable install) at the repo root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"lxkit is missing its '{name}' folder; reinstall lxkit")


def theme_dir() -> Path:
    """The MkDocs ``custom_dir`` with lxkit's templates, CSS and JavaScript."""
    return _shipped("themes") / "lxkit"


def templates_dir() -> Path:
    """The folder of course templates used by ``lxkit new course``."""
    return _shipped("course-templates")
