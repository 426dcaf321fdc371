"""Running MkDocs on a generated docs_dir, with its log kept out of the user's way."""

from __future__ import annotations

import logging
import os
from typing import Any

from lxkit.exceptions import BuildError


class _Collector(logging.Handler):
    """Keeps MkDocs' warnings so lxkit can show them with --verbose."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def run_mkdocs(mkdocs_config: Any) -> list[str]:
    """Build the site described by a validated MkDocs config; returns MkDocs' warnings."""
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logger = logging.getLogger("mkdocs")
    collector = _Collector()
    previous_level, previous_propagate = logger.level, logger.propagate
    logger.addHandler(collector)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        build(mkdocs_config)
    except MkDocsException as error:
        raise BuildError(f"the site generator failed: {error}") from error
    except (OSError, ValueError) as error:
        raise BuildError(f"the site generator failed: {error}") from error
    finally:
        logger.removeHandler(collector)
        logger.setLevel(previous_level)
        logger.propagate = previous_propagate
    return collector.messages
