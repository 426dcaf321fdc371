"""Running MkDocs in-process, with its log kept out of the user's way.

MkDocs' warnings are collected as log records (never parsed from its printed output) so that
lxkit can show them with ``--verbose``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from lxkit.exceptions import BuildError, ConfigError


class _Collector(logging.Handler):
    """Keeps MkDocs' warnings so lxkit can show them with --verbose."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.messages = messages

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the message of a warning (or worse) record."""
        self.messages.append(record.getMessage())


@contextmanager
def mkdocs_logging() -> Iterator[list[str]]:
    """Silence MkDocs' logger for the block; yields the list its warnings are collected into."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logger = logging.getLogger("mkdocs")
    messages: list[str] = []
    collector = _Collector(messages)
    previous_level, previous_propagate = logger.level, logger.propagate
    logger.addHandler(collector)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield messages
    finally:
        logger.removeHandler(collector)
        logger.setLevel(previous_level)
        logger.propagate = previous_propagate


@contextmanager
def theme_errors(what: str) -> Iterator[None]:
    """Material failing on a theme setting of ``mkdocs.yml`` (an icon that does not exist, a palette
    that is no list) as a :class:`ConfigError` naming it, instead of a traceback."""
    from jinja2 import TemplateError, TemplateNotFound

    try:
        yield
    except TemplateNotFound as error:
        raise ConfigError(
            f"the theme cannot find '{error.name}' to render {what}: an icon, logo or template named under "
            "'theme:' in mkdocs.yml does not exist; check its name (icons look like material/school or "
            "fontawesome/brands/github)"
        ) from error
    except (TemplateError, TypeError, AttributeError) as error:
        raise ConfigError(
            f"the theme cannot render {what} ({type(error).__name__}: {error}); check the 'theme:' and 'extra:' "
            "settings in mkdocs.yml"
        ) from error


def run_mkdocs(mkdocs_config: Any) -> list[str]:
    """Build the site described by a validated MkDocs config (a full build); returns MkDocs' warnings."""
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    with mkdocs_logging() as messages, theme_errors("the site"):
        try:
            build(mkdocs_config)
        except (MkDocsException, OSError, ValueError) as error:
            raise BuildError(f"the site generator failed: {error}") from error
    return messages
