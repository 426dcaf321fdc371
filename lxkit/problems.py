"""Codes of the problems lxkit finds while reading: course files (loader codes) and ``mkdocs.yml``.

They are findings like any rule's: the linter reports them under these codes (see
``lxkit/lint/rules``), and a build stops on the error-severity ones. A problem of the portal's
settings (:func:`config_problem`, LX000) stops every command with exit code 2.
"""

from __future__ import annotations

from lxkit.findings import Finding, Severity

CONFIG_CODE, CONFIG_NAME = "LX000", "config-invalid"

LOADER_CODES: dict[str, tuple[str, Severity]] = {
    "LX001": ("course-field-missing", Severity.ERROR),
    "LX002": ("course-field-invalid", Severity.ERROR),
    "LX003": ("course-id-mismatch", Severity.ERROR),
    "LX013": ("module-number-duplicate", Severity.ERROR),
    "LX014": ("unexpected-file", Severity.WARNING),
    "LX015": ("course-index-missing", Severity.ERROR),
    "LX017": ("link-outside-portal", Severity.ERROR),
    "LX018": ("special-file", Severity.ERROR),
    "LX019": ("handout-name-taken", Severity.ERROR),
    "LX100": ("module-field-invalid", Severity.ERROR),
    "LX207": ("front-matter-invalid", Severity.ERROR),
    "LX208": ("file-unreadable", Severity.ERROR),
    "LX211": ("limit-exceeded", Severity.ERROR),
}


def config_problem(path: str, line: int, column: int, message: str) -> Finding:
    """A problem of the portal's settings (``mkdocs.yml``): rule LX000, always an error."""
    return Finding(path, max(line, 1), max(column, 1), CONFIG_CODE, CONFIG_NAME, Severity.ERROR, message)


def problem(code: str, path: str, line: int, column: int, message: str) -> Finding:
    """A loader finding with the rule name and default severity of its code."""
    name, severity = LOADER_CODES[code]
    return Finding(path, max(line, 1), max(column, 1), code, name, severity, message)
