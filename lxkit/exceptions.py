"""Exceptions rooted in one base, each carrying a message meant for the user (never a traceback)."""

from __future__ import annotations

from collections.abc import Sequence

from lxkit.findings import Finding

EXIT_OK = 0
EXIT_CONTENT = 1
EXIT_USAGE = 2


class LxkitError(Exception):
    """Base of every error lxkit reports to the user; ``exit_code`` says how the CLI exits."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(LxkitError):
    """Bad command-line use or a broken environment (missing file, wrong folder): exit 2."""

    exit_code = EXIT_USAGE


class ConfigError(LxkitError):
    """The portal's ``mkdocs.yml`` or its ``lxkit`` section is wrong: exit 2."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, findings: Sequence[Finding] = ()) -> None:
        super().__init__(message)
        self.findings = tuple(findings)


class ContentError(LxkitError):
    """Course files have problems that stop the command; every finding is reported: exit 1."""

    exit_code = EXIT_CONTENT

    def __init__(self, findings: Sequence[Finding], message: str = "") -> None:
        count = len(findings)
        super().__init__(message or f"{count} problem{'s' if count != 1 else ''} in course files")
        self.findings = tuple(findings)


class DataError(LxkitError):
    """A data file lxkit reads (an LRS export of statements) holds nothing it can use: exit 1."""

    exit_code = EXIT_CONTENT


class BuildError(LxkitError):
    """The site generator failed on staged content: exit 1."""

    exit_code = EXIT_CONTENT
