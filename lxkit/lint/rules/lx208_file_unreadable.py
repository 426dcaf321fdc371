"""LX208 file-unreadable: a course file that cannot be read as UTF-8 text."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class FileUnreadable(LoaderRule):
    """A course file cannot be read, or is not UTF-8 text."""

    code = "LX208"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = "A course file cannot be read, is binary, or is not saved as UTF-8 text."
    rationale = "A file lxkit cannot read is left out of the portal; the rest of the course is still checked."
    example = Example(
        "markdown",
        bad="""\
01-why-data.md saved as Windows-1252 (an 'é' is byte 0xE9)""",
        good="""\
01-why-data.md saved as UTF-8 (your editor's "Save with encoding" menu)""",
    )
