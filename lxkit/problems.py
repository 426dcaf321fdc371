"""Codes of the problems the loader itself detects while reading course files.

They are findings like any rule's: the linter reports them under these codes (see
``lxkit/lint/rules``), and a build stops on the error-severity ones.
"""

from __future__ import annotations

from lxkit.findings import Finding, Severity

LOADER_CODES: dict[str, tuple[str, Severity]] = {
    "LX001": ("course-field-missing", Severity.ERROR),
    "LX002": ("course-field-invalid", Severity.ERROR),
    "LX003": ("course-id-mismatch", Severity.ERROR),
    "LX013": ("module-number-duplicate", Severity.ERROR),
    "LX014": ("unexpected-file", Severity.WARNING),
    "LX015": ("course-index-missing", Severity.ERROR),
    "LX017": ("link-outside-portal", Severity.ERROR),
    "LX018": ("special-file", Severity.ERROR),
    "LX100": ("module-field-invalid", Severity.ERROR),
    "LX207": ("front-matter-invalid", Severity.ERROR),
    "LX208": ("file-unreadable", Severity.ERROR),
    "LX211": ("limit-exceeded", Severity.ERROR),
}


def problem(code: str, path: str, line: int, column: int, message: str) -> Finding:
    """A loader finding with the rule name and default severity of its code."""
    name, severity = LOADER_CODES[code]
    return Finding(path, max(line, 1), max(column, 1), code, name, severity, message)
