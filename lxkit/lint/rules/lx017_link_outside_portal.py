"""LX017 link-outside-portal: a link (symlink) in a course folder that leads outside the courses folder."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class LinkOutsidePortal(LoaderRule):
    """A symlink in a course folder leads outside the courses folder, into a hidden folder, or nowhere."""

    code = "LX017"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = (
        "A link (symlink) in a course folder, or a linked course folder, leads to a file outside the portal's "
        "courses folder, into a hidden folder such as .git, or to nothing. lxkit never reads, copies or serves "
        "what it leads to."
    )
    rationale = (
        "Course folders come from pull requests, and their previews are uploaded: a link to /etc/passwd, to "
        "/proc/self/environ (the build's secrets) or to .git/config would publish that file. Only the files "
        "that are really in the courses folder reach the portal."
    )
    example = Example(
        "markdown",
        bad="""\
courses/data-for-engineers/chart.png -> /home/ada/Pictures/chart.png""",
        good="""\
courses/data-for-engineers/chart.png   (a copy of the file, committed with the course)""",
    )
