"""LX018 special-file: a named pipe, device or socket in a course folder."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class SpecialFile(LoaderRule):
    """A course folder holds something that is not a regular file (a named pipe, a device, a socket)."""

    code = "LX018"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = "A course folder holds a named pipe, a device or a socket (or a link to one) instead of a file."
    rationale = (
        "Reading a named pipe or a device never ends (or never starts): lxkit refuses them, so a lint, a build "
        "or a preview cannot hang on one."
    )
    example = Example(
        "markdown",
        bad="""\
courses/data-for-engineers/notes.txt -> /dev/zero""",
        good="""\
courses/data-for-engineers/notes.txt   (a plain text file)""",
    )
